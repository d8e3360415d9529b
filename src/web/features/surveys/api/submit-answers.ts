import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api.ts';
import { type AnswerPage, answerApi } from './get-survey-form.ts';

/** One person's answers with their one-time token, or with the continuation of their earlier answer. */
export type SubmittedAnswers = { answers: Record<string, unknown>; token?: string; continuation?: string };

/** Sends one person's answers with their one-time token; the server answers 201 or names what it refused. */
export function submitAnswers(target: AnswerPage, body: SubmittedAnswers): Promise<void> {
  return apiRequest(answerApi(target, '/answers'), { method: 'POST', body });
}

export function useSubmitAnswers(target: AnswerPage) {
  return useMutation({ mutationFn: (body: SubmittedAnswers) => submitAnswers(target, body) });
}
