import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { useMarkdownPreview } from '../api/markdown-preview.ts';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';

const Pane = styled.div`
  border: 1px dashed ${tokens.border};
  background: ${tokens.surface};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin: -${tokens.space.s} 0 ${tokens.space.l};
  max-width: 48rem;
  box-sizing: border-box;
`;

const Label = styled.p`
  ${tokens.type.semiBold}
  margin: 0 0 ${tokens.space.xs};
`;

/** Server-rendered Markdown: sanitised on the server. */
const Html = styled.div`
  ${tokens.type.body}
  a {
    color: ${tokens.highlightDark};
  }
`;

/**
 * A live preview of a Markdown field, rendered by the server as the page will show it. Not a live
 * region: it would read out every pause in typing.
 */
export function MarkdownPreview({
  markdown,
  field,
  lang,
}: {
  markdown: string;
  field: string;
  lang?: string;
}) {
  const { t } = useTranslation();
  const preview = useMarkdownPreview(markdown);
  if (!markdown.trim()) return null;
  return (
    <Pane role="region" aria-label={t('programme.preview.label', { field })}>
      <Label aria-hidden="true">{t('programme.preview.heading')}</Label>
      {preview.error ? (
        <Paragraph>{t('programme.preview.failed')}</Paragraph>
      ) : preview.data ? (
        <Html
          data-testid="markdown-preview"
          lang={lang}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server
          dangerouslySetInnerHTML={{ __html: preview.data.html }}
        />
      ) : (
        <Paragraph>{t('programme.preview.loading')}</Paragraph>
      )}
    </Pane>
  );
}
