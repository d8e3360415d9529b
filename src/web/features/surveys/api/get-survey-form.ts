import { useQuery } from '@tanstack/react-query';
import type { PublicSurvey } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg, unchecked } from '../../../lib/api.ts';

/** An answer page: a meeting's survey (by the meeting's address name) or a periodic survey (by its id). */
export type AnswerPage = { network: string; page: 'feedback' | 'survey'; id: string };

/** The API of an answer page's survey, e.g. `answerApi(target, '/answers')`. */
export const answerApi = ({ network, page, id }: AnswerPage, rest = '') =>
  networkApi(
    network,
    page === 'feedback' ? `/feedback/${seg(id)}${rest}` : `/surveys/${seg(id)}${rest || '/form'}`,
  );

/** Read unchecked: the answer page is public and loads no zod (docs/decisions/0021). */
export function getSurveyForm(target: AnswerPage, signal?: AbortSignal): Promise<PublicSurvey> {
  return apiRequest(answerApi(target), { schema: unchecked<PublicSurvey>(), signal });
}

/** The survey an answer page shows: its questions, and whether it takes answers now. */
export function useSurveyForm(target: AnswerPage) {
  return useQuery({
    queryKey: [...queryKeys.surveys.all(target.network), 'form', target.page, target.id],
    queryFn: ({ signal }) => getSurveyForm(target, signal),
  });
}
