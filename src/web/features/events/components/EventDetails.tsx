import { useTranslation } from 'react-i18next';
import { Link } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { RichText } from '../../../components/meeting/RichText.tsx';
import { PageSection } from '../../../components/PageSection.tsx';

/** The introduction and speakers of a meeting. */
export function EventIntroduction({ event }: { event: Event }) {
  const { t } = useTranslation();
  return (
    <>
      {event.introductionHtml && (
        <PageSection id="introduction-heading" title={t('events.event.introduction')}>
          <RichText html={event.introductionHtml} testId="event-introduction" />
        </PageSection>
      )}
      {event.speakers.length > 0 && (
        <PageSection id="speakers-heading" title={t('events.event.speakers')}>
          <ul data-testid="event-speakers">
            {event.speakers.map((speaker) => (
              <li key={`${speaker.name}-${speaker.organisation ?? ''}`}>
                {speaker.organisation ? `${speaker.name}, ${speaker.organisation}` : speaker.name}
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </>
  );
}

/** What is left of a past meeting: its recording and notes. */
export function EventAftermath({ event }: { event: Event }) {
  const { t } = useTranslation();
  return (
    <>
      {event.recordingUrl && (
        <PageSection id="recording-heading" title={t('events.event.recording')}>
          <Link
            href={event.recordingUrl}
            data-testid="recording-link"
            aria-label={`${t('events.event.watchRecording')}: ${event.title}`}
          >
            {t('events.event.watchRecording')}
          </Link>
        </PageSection>
      )}
      {event.notesHtml && (
        <PageSection id="notes-heading" title={t('events.event.notes')}>
          <RichText html={event.notesHtml} testId="event-notes" />
        </PageSection>
      )}
    </>
  );
}
