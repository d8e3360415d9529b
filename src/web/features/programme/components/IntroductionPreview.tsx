import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, Paragraph } from 'suomifi-ui-components';
import { tokens } from '../../../lib/theme.ts';

const Pane = styled.div`
  border: 1px dashed ${tokens.border};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin-top: ${tokens.space.s};
  max-width: 48rem;
`;

/** Shows the saved introduction as the server renders it from Markdown. */
export function IntroductionPreview({ html }: { html: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button variant="secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('programme.meeting.preview')}
      </Button>
      <div id={id}>
        {open && (
          <Pane>
            <Paragraph mb="s">{t('programme.meeting.previewHint')}</Paragraph>
            {html ? (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server
              <div dangerouslySetInnerHTML={{ __html: html }} />
            ) : (
              <Paragraph>{t('programme.meeting.noIntroduction')}</Paragraph>
            )}
          </Pane>
        )}
      </div>
    </div>
  );
}
