import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type CreateSeries, type SeriesPreview, SeriesPreviewSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

type Rule = CreateSeries['rule'];

export function previewSeries(network: string, rule: Rule): Promise<SeriesPreview> {
  return apiRequest(networkApi(network, '/series/preview'), {
    method: 'POST',
    body: { rule },
    schema: SeriesPreviewSchema,
  });
}

/**
 * The meetings and public holidays of a rule, asked once its dates are filled in; a rule the
 * server refuses shows nothing here (the form names the field when it is submitted).
 */
export function useSeriesPreview(network: string, rule: Rule) {
  return useQuery({
    queryKey: queryKeys.events.seriesPreview(network, rule),
    queryFn: () => previewSeries(network, rule),
    enabled: Boolean(rule.startDate && rule.until),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
