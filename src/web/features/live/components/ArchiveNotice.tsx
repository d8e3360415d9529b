import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { Panel } from './styles.ts';

/** In place of entering: the meeting is over and its room is kept as a read-only archive. */
export function ArchiveNotice() {
  const { t } = useTranslation();
  return (
    <Panel aria-labelledby="archive-heading" data-testid="room-archived">
      <Heading variant="h2" id="archive-heading" mb="s">
        {t('live.archive.title')}
      </Heading>
      <Paragraph>{t('live.archive.text')}</Paragraph>
    </Panel>
  );
}
