import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { useProgramme } from '../../../api/get-programme.ts';
import { useEvents } from '../../../api/list-events.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { tokens } from '../../../lib/theme.ts';
import { EventList } from './EventList.tsx';
import { EMPTY_SEARCH, PastMeetingsSearch, type PastSearch } from './PastMeetingsSearch.tsx';

const Count = styled.p`
  ${tokens.type.semiBold}
  margin: 0 0 ${tokens.space.s};
`;

export const ALL_PAST = { when: 'past', limit: 500 } as const;

/** Past meetings, newest first, with a search; the result count is announced. */
export function PastMeetings({ network }: { network: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState<PastSearch>(EMPTY_SEARCH);
  const everything = useEvents(network, ALL_PAST);
  const applied = Object.fromEntries(Object.entries(search).filter(([, value]) => value !== ''));
  const found = useEvents(network, { ...ALL_PAST, ...applied });
  const programme = useProgramme(network);
  const themes = (programme.data?.themes ?? []).map((theme) => ({ value: theme.id, label: theme.title }));
  const years = [...new Set((everything.data?.events ?? []).map((e) => e.localDate.slice(0, 4)))];
  const events = found.data?.events;
  return (
    <PageSection id="past-heading" title={t('events.past.title')}>
      <PastMeetingsSearch themes={themes} years={years} onSearch={setSearch} />
      <div role="status" aria-live="polite" data-testid="past-count">
        {events && !found.isPlaceholderData && (
          <Count>{t('events.past.count', { count: events.length })}</Count>
        )}
      </div>
      {found.isPending ? (
        <Loading />
      ) : found.error ? (
        <InlineLoadError error={found.error} retry={() => found.refetch()} />
      ) : (
        events && events.length > 0 && <EventList network={network} events={events} testId="past-events" />
      )}
    </PageSection>
  );
}
