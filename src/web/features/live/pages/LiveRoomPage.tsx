import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import type { Event } from '#shared/events.ts';
import { useEvent } from '../../../api/get-event.ts';
import { type Room as RoomInfo, useRoom } from '../../../api/get-room.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { PhraseWith } from '../../../components/Localized.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { isHydrating } from '../../../lib/render-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { AboutMeeting } from '../components/AboutMeeting.tsx';
import { JoinForm } from '../components/JoinForm.tsx';
import { RoomArchive } from '../components/RoomArchive.tsx';
import { type Joined, tokenStorage } from '../token-storage.ts';

/**
 * The room itself (its socket, frames and forms, and zod with its schemas) loads once a visitor has
 * entered: the entry, which the server renders, does without it (docs/decisions/0021).
 */
const Room = lazy(async () => ({ default: (await import('../components/Room.tsx')).Room }));

const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${tokens.space.xl};
  align-items: start;

  @media (min-width: 62rem) {
    grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
  }
`;

function LiveRoomView({ network, event, room }: { network: string; event: Event; room: RoomInfo }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  // The server renders the entry; a tab that had entered resumes once the page is hydrated.
  const [joined, setJoined] = useState<Joined | null>(() =>
    isHydrating() ? null : tokenStorage.get(network, event.slug),
  );
  useEffect(() => {
    setJoined((current) => current ?? tokenStorage.get(network, event.slug));
  }, [network, event.slug]);
  const [expired, setExpired] = useState(false);
  const [entered, setEntered] = useState(false);

  const onJoined = useCallback(
    (value: Joined) => {
      tokenStorage.set(network, event.slug, value);
      setExpired(false);
      setEntered(true);
      setJoined(value);
    },
    [network, event.slug],
  );
  const onNotJoined = useCallback(() => {
    tokenStorage.clear(network, event.slug);
    setExpired(true);
    setJoined(null);
  }, [network, event.slug]);

  return (
    <div data-testid="live-room-page">
      <PageTitle title={t('live.documentTitle', { title: pick(event.title).text })}>
        <PhraseWith phrase={(title) => t('live.heading', { title })} text={event.title} />
      </PageTitle>
      <Columns>
        <div>
          {joined ? (
            <Suspense fallback={<Loading />}>
              <Room
                network={network}
                event={event}
                token={joined.token}
                onNotJoined={onNotJoined}
                entered={entered}
              />
            </Suspense>
          ) : room.archived ? (
            <RoomArchive network={network} event={event.slug} />
          ) : (
            <JoinForm network={network} event={event} room={room} expired={expired} onJoined={onJoined} />
          )}
        </div>
        <AboutMeeting network={network} event={event} room={room} />
      </Columns>
    </div>
  );
}

export function LiveRoomPage() {
  const params = useParams();
  const network = params.network ?? '';
  const slug = params.event ?? '';
  const event = useEvent(network, slug);
  const room = useRoom(network, slug);
  if (event.isPending || room.isPending) return <Loading />;
  if (event.error) return <LoadError error={event.error} retry={() => event.refetch()} />;
  if (room.error) return <LoadError error={room.error} retry={() => room.refetch()} />;
  return <LiveRoomView network={network} event={event.data} room={room.data} />;
}
