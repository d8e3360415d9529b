import { useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { useProgramme } from '../../../api/get-programme.ts';
import { useEvents } from '../../../api/list-events.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { EventList } from './EventList.tsx';
import { PastMeetingsSearch, type PastSearch } from './PastMeetingsSearch.tsx';

const Count = styled.p`
  ${tokens.type.semiBold}
  margin: 0 0 ${tokens.space.s};
`;

export const ALL_PAST = { when: 'past', limit: 500 } as const;

/**
 * The search in the address (`?q=…&theme=…&year=…`): a link or a reload shows the same results,
 * and without JavaScript the form is sent as a GET to the page, which the server renders.
 */
function useAddressSearch(): [PastSearch, (search: PastSearch) => void] {
  const [params, setParams] = useSearchParams();
  const search = {
    q: params.get('q') ?? '',
    theme: params.get('theme') ?? '',
    year: params.get('year') ?? '',
  };
  const setSearch = (next: PastSearch) =>
    setParams(
      (current) => {
        for (const [key, value] of Object.entries(next)) {
          if (value) current.set(key, value);
          else current.delete(key);
        }
        return current;
      },
      { replace: true, preventScrollReset: true },
    );
  return [search, setSearch];
}

/** Past meetings, newest first, with a search; the result count is announced. */
export function PastMeetings({ network }: { network: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useAddressSearch();
  const everything = useEvents(network, ALL_PAST);
  const applied = Object.fromEntries(Object.entries(search).filter(([, value]) => value !== ''));
  const found = useEvents(network, { ...ALL_PAST, ...applied });
  const programme = useProgramme(network);
  const pick = useLocalized();
  const themes = (programme.data?.themes ?? []).map((theme) => ({
    value: theme.id,
    label: pick(theme.title).text,
  }));
  const years = [...new Set((everything.data?.events ?? []).map((e) => e.localDate.slice(0, 4)))];
  const events = found.data?.events;
  return (
    <PageSection id="past-heading" title={t('events.past.title')}>
      <PastMeetingsSearch themes={themes} years={years} search={search} onSearch={setSearch} />
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
