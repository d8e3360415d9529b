import { styled } from 'styled-components';
import { tokens } from '../../lib/theme.ts';

const Html = styled.div`
  ${tokens.type.body}
  max-width: 45rem;
  overflow-wrap: anywhere;
  a {
    color: ${tokens.highlightDark};
  }
`;

/** Markdown the server has rendered and sanitised. */
export function RichText({ html, testId }: { html: string; testId?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server
  return <Html data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
