import { Link } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { LocalizedHtml } from '../../../components/Localized.tsx';
import { SpeakerList } from '../../../components/meeting/SpeakerList.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** The introduction and speakers of a meeting. */
export function EventIntroduction({ event }: { event: Event }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <>
      {pick(event.introductionHtml).text && (
        <PageSection id="introduction-heading" title={t('events.event.introduction')}>
          <LocalizedHtml html={event.introductionHtml} testId="event-introduction" />
        </PageSection>
      )}
      {event.speakers.length > 0 && (
        <PageSection id="speakers-heading" title={t('events.event.speakers')}>
          <SpeakerList speakers={event.speakers} testId="event-speakers" />
        </PageSection>
      )}
    </>
  );
}

/** What is left of a past meeting: its recording and notes. */
export function EventAftermath({ event }: { event: Event }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <>
      {event.recordingUrl && (
        <PageSection id="recording-heading" title={t('events.event.recording')}>
          <Link
            href={event.recordingUrl}
            data-testid="recording-link"
            aria-label={`${t('events.event.watchRecording')}: ${pick(event.title).text}`}
          >
            {t('events.event.watchRecording')}
          </Link>
        </PageSection>
      )}
      {pick(event.notesHtml).text && (
        <PageSection id="notes-heading" title={t('events.event.notes')}>
          <LocalizedHtml html={event.notesHtml} testId="event-notes" />
        </PageSection>
      )}
    </>
  );
}
