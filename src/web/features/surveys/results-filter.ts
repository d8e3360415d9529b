import { useSearchParams } from 'react-router';
import { type ResultsFilter, ResultsFilterSchema } from '#shared/surveys.ts';

export const FILTER_KEYS = ['event', 'theme', 'organisationType', 'firstTime'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filter an address asks for; a value the API would refuse is left out, as if not given. */
export function filterFromParams(params: URLSearchParams): ResultsFilter {
  const filter: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const parsed = ResultsFilterSchema.shape[key].safeParse(params.get(key) || undefined);
    if (parsed.success && parsed.data) filter[key] = parsed.data;
  }
  return filter as ResultsFilter;
}

/** The address's other parameters (such as `lang`) with the filter's in place of the old ones. */
export function paramsWithFilter(params: URLSearchParams, filter: ResultsFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    next.delete(key);
    const value = filter[key];
    if (value) next.set(key, value);
  }
  return next;
}

/** The results' filter lives in the address, so a filtered view can be bookmarked and shared. */
export function useResultsFilter(): [ResultsFilter, (filter: ResultsFilter) => void] {
  const [params, setParams] = useSearchParams();
  const apply = (filter: ResultsFilter) =>
    setParams((current) => paramsWithFilter(current, filter), { preventScrollReset: true });
  return [filterFromParams(params), apply];
}
