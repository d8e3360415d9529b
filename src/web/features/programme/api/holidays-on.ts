import { useQuery } from '@tanstack/react-query';
import { type HolidayList, HolidayListSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export function holidaysOn(network: string, date: string): Promise<HolidayList> {
  return apiRequest(networkApi(network, `/holidays?date=${encodeURIComponent(date)}`), {
    schema: HolidayListSchema,
  });
}

/** The Finnish public holidays on a meeting's date, asked once the date is a whole date. */
export function useHolidaysOn(network: string, date: string) {
  return useQuery({
    queryKey: queryKeys.holidays(date),
    queryFn: () => holidaysOn(network, date),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(date),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
