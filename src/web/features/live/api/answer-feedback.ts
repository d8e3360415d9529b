import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerValue } from '#shared/surveys.ts';
import { apiRequest, unchecked } from '../../../lib/api.ts';
import { feedbackApi } from './get-feedback-survey.ts';
import { feedbackTokenQuery } from './get-feedback-token.ts';

/** One answer from the card: a question's id and the value tapped. */
export type CardAnswer = { question: string; value: AnswerValue };

/** Sends the card's answer with the one-time token; the continuation lets the answer page add the rest. */
export function answerFeedback(network: string, event: string, answer: CardAnswer, token: string) {
  return apiRequest(feedbackApi(network, event, '/answers'), {
    method: 'POST',
    body: { answers: { [answer.question]: answer.value }, token, partial: true },
    schema: unchecked<{ thanks: true; continuation: string }>(),
  });
}

/** Answers from the card; a tap before the token has come waits for it. */
export function useAnswerFeedback(network: string, event: string, participantToken: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answer: CardAnswer) => {
      const { token } = await queryClient.ensureQueryData(
        feedbackTokenQuery(network, event, participantToken),
      );
      return answerFeedback(network, event, answer, token);
    },
  });
}
