import { Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { useRoom } from '../../../api/get-room.ts';
import { ButtonLink } from '../../../components/links.tsx';
import { RichText } from '../../../components/meeting/RichText.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { livePath } from '../../../lib/live-paths.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** The way into the meeting's live room (chat, questions, polls); nothing for a cancelled meeting. */
export function LiveRoomLink({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  if (event.status === 'cancelled') return null;
  return (
    <PageSection id="live-heading" title={t('live.eventPage.title')}>
      <Paragraph mb="s">{t('live.eventPage.text')}</Paragraph>
      <ButtonLink
        to={livePath(network, event.slug)}
        $variant="secondary"
        data-testid="live-room-link"
        aria-label={`${t('live.eventPage.open')}: ${pick(event.title).text}`}
      >
        {t('live.eventPage.open')}
      </ButtonLink>
    </PageSection>
  );
}

/** The organisers' summary of the meeting, written in its live room; nothing until there is one. */
export function LiveSummary({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const room = useRoom(network, event.slug, { enabled: event.status !== 'draft' }).data;
  if (!room?.summaryHtml) return null;
  return (
    <PageSection id="summary-heading" title={t('live.eventPage.summary')}>
      <RichText html={room.summaryHtml} testId="event-summary" />
    </PageSection>
  );
}
