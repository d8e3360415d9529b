import { styled } from 'styled-components';
import type { Language } from '#shared/languages.ts';
import { tokens } from '../../lib/theme.ts';

const Html = styled.div`
  ${tokens.type.body}
  max-width: 45rem;
  overflow-wrap: anywhere;
  a {
    color: ${tokens.highlightDark};
  }
`;

interface RichTextProps {
  html: string;
  testId?: string;
  /** The text's language when it is not the page's. */
  lang?: Language;
}

/** Markdown the server has rendered and sanitised. */
export function RichText({ html, testId, lang }: RichTextProps) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server
  return <Html data-testid={testId} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
