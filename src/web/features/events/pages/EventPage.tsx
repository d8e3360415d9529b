import { useParams } from 'react-router';
import { styled } from 'styled-components';
import type { Event } from '#shared/events.ts';
import type { LocalizedText } from '#shared/languages.ts';
import { useEvent } from '../../../api/get-event.ts';
import { useNetwork } from '../../../api/get-network.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { CancelledNotice } from '../../../components/meeting/CancelledNotice.tsx';
import { MeetingTime } from '../../../components/meeting/MeetingTime.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useNow } from '../../../lib/render-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { EventAftermath, EventIntroduction } from '../components/EventDetails.tsx';
import { EventMaterials } from '../components/EventMaterials.tsx';
import { JoinMeeting } from '../components/JoinMeeting.tsx';
import { LiveRoomLink, LiveSummary } from '../components/LiveRoom.tsx';

const Theme = styled.p`
  ${tokens.type.semiBold}
  margin: -${tokens.space.xs} 0 ${tokens.space.s};
`;

const Back = styled.p`
  margin-top: ${tokens.space.xxl};
`;

function BackToNetwork({ network }: { network: string }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const data = useNetwork(network).data;
  const name = data ? pick(data.name) : null;
  return (
    <Back>
      <AppLink to={networkPath(network)}>
        {name ? (
          <>
            {t('events.event.backTo')} <span lang={name.lang}>{name.text}</span>
          </>
        ) : (
          t('events.event.back')
        )}
      </AppLink>
    </Back>
  );
}

/** "<meeting> – <network>": the tab and a shared link's preview name both. */
function useTitleWithNetwork(network: string, text: LocalizedText): string {
  const pick = useLocalized();
  const title = pick(text).text;
  const data = useNetwork(network).data;
  return data ? `${title} – ${pick(data.name).text}` : title;
}

function EventView({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const cancelled = event.status === 'cancelled';
  const [now] = useNow();
  const ended = new Date(event.endsAt).getTime() <= now.getTime();
  return (
    <article data-testid="event">
      <PageTitle title={useTitleWithNetwork(network, event.title)}>
        <Localized text={event.title} />
      </PageTitle>
      {event.theme && (
        <Theme data-testid="event-theme">
          {t('events.theme')}: <Localized text={event.theme.title} />
        </Theme>
      )}
      <MeetingTime event={event} />
      {cancelled && <CancelledNotice />}
      {!cancelled && !ended && <JoinMeeting network={network} event={event} />}
      <LiveRoomLink network={network} event={event} />
      <LiveSummary network={network} event={event} />
      <EventIntroduction event={event} />
      <EventMaterials network={network} slug={event.slug} />
      {ended && <EventAftermath event={event} />}
      <BackToNetwork network={network} />
    </article>
  );
}

export function EventPage() {
  const params = useParams();
  const network = params.network ?? '';
  const event = useEvent(network, params.event ?? '');
  if (event.isPending) return <Loading />;
  if (event.error) return <LoadError error={event.error} retry={() => event.refetch()} />;
  return <EventView network={network} event={event.data} />;
}
