import { useParams } from 'react-router';
import { Heading, Link, Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { useEvent } from '../../../api/get-event.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { MeetingTime } from '../../../components/meeting/MeetingTime.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useMeetingPhase } from '../../../lib/meeting-phase.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** Why the join link does not lead to the meeting now, or that it does; in the reader's words. */
type JoinState = { kind: 'cancelled' | 'ended' | 'upcoming' | 'no-link' | 'open'; text: string };

function useJoinState(event: Event): JoinState {
  const { t } = useTranslation();
  const format = useMeetingTime();
  const phase = useMeetingPhase(event);
  if (event.status === 'cancelled') return { kind: 'cancelled', text: t('join.cancelled') };
  if (phase === 'ended') return { kind: 'ended', text: t('join.ended') };
  if (phase === 'upcoming') {
    const time = format.moment(event.joinOpensAt, event.timeZone);
    const { zone } = format.span(event.joinOpensAt, event.endsAt, event.timeZone);
    return { kind: 'upcoming', text: t('join.notYet', { time, zone }) };
  }
  if (!event.meetingUrl) return { kind: 'no-link', text: t('join.noLink') };
  return { kind: 'open', text: t('events.join.open') };
}

function JoinView({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const state = useJoinState(event);
  const title = useLocalized()(event.title).text;
  const recording = state.kind === 'ended' ? event.recordingUrl : null;
  return (
    <article data-testid="join-page">
      <PageTitle title={`${t('join.title')}: ${title}`}>{t('join.title')}</PageTitle>
      <Heading variant="h2" as="h2" mb="s">
        <Localized text={event.title} />
      </Heading>
      <MeetingTime event={event} />
      <Paragraph mb="m" data-testid="join-state" data-state={state.kind}>
        {state.text}
      </Paragraph>
      {recording && (
        <Paragraph mb="m">
          <Link href={recording} data-testid="join-recording">
            {t('join.recording')}
          </Link>
        </Paragraph>
      )}
      {state.kind !== 'cancelled' && (
        <MeetingActions network={network} event={event} join={state.kind === 'open'} />
      )}
      <Paragraph mt="l">
        <AppLink to={eventPath(network, event.slug)}>{t('join.back')}</AppLink>
      </Paragraph>
    </article>
  );
}

/**
 * What a join link shows when it does not lead on to the meeting: the server sends this page
 * (with 409, 410 or 404) before the link opens, once the meeting is over, or when it is cancelled.
 */
export function JoinPage() {
  const { network = '', event: slug = '' } = useParams();
  const event = useEvent(network, slug);
  if (event.isPending) return <Loading />;
  if (event.error) return <LoadError error={event.error} retry={() => event.refetch()} />;
  return <JoinView network={network} event={event.data} />;
}
