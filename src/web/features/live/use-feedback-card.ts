import { useCallback, useEffect, useState } from 'react';
import type { Event } from '#shared/events.ts';
import type { AnswerValue, Question } from '#shared/surveys.ts';
import { isApiError } from '../../lib/api.ts';
import { useNow } from '../../lib/render-time.ts';
import { useAnswerFeedback } from './api/answer-feedback.ts';
import { useFeedbackSurvey } from './api/get-feedback-survey.ts';
import { useFeedbackToken } from './api/get-feedback-token.ts';
import { useRoomContext } from './components/room-context.ts';
import {
  asksForFeedback,
  type CardMemory,
  type CardStage,
  cardStage,
  feedbackDueAt,
} from './feedback-card.ts';
import { feedbackStorage } from './feedback-storage.ts';

/** setTimeout takes at most 2^31−1 ms (about 24.8 days); a later moment is waited for in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The current moment, renewed once `moment` has come (so that what depends on it changes then). */
function useNowUntil(moment: Date): Date {
  const [now, setNow] = useNow();
  const at = moment.getTime();
  useEffect(() => {
    if (now.getTime() >= at) return;
    const wait = Math.min(Math.max(at - Date.now(), 0), MAX_TIMEOUT_MS);
    const timer = setTimeout(() => setNow(new Date()), wait);
    return () => clearTimeout(timer);
  }, [at, now, setNow]);
  return now;
}

/**
 * What this browser remembers of the card for the meeting, and how to add to it. The room renders
 * only in the browser, after the page has hydrated, so its first render may read storage.
 */
function useCardMemory(network: string, event: string) {
  const [memory, setMemory] = useState<CardMemory>(() => feedbackStorage.get(network, event));
  const remember = useCallback(
    (change: CardMemory) => {
      feedbackStorage.set(network, event, change);
      setMemory((current) => ({ ...current, ...change }));
    },
    [network, event],
  );
  return [memory, remember] as const;
}

export interface FeedbackCardState {
  stage: CardStage;
  question: Question | undefined;
  anonymous: boolean;
  /** The one-time token, once it has come (the link before the tap carries it). */
  token: string | undefined;
  continuation: string | undefined;
  /** Answered while the card was open here (not remembered from before): focus goes to the outcome. */
  answeredHere: boolean;
  sending: boolean;
  failed: boolean;
  answer: (value: AnswerValue) => void;
  dismiss: () => void;
}

/** Sends the tapped answer; the outcome (thanks, or answered before) is remembered for the meeting. */
function useCardAnswer(
  event: string,
  participantToken: string,
  question: Question | undefined,
  remember: (change: CardMemory) => void,
) {
  const { network } = useRoomContext();
  const sent = useAnswerFeedback(network, event, participantToken);
  const answer = (value: AnswerValue) => {
    if (!question || sent.isPending) return;
    sent.mutate(
      { question: question.id, value },
      {
        onSuccess: ({ continuation }) => remember({ continuation }),
        onError: (error) => {
          // The token was used already: from the answer page, or from this card in another tab.
          if (isApiError(error, 409) && error.fieldCodes.token === 'token-used')
            remember({ alreadyAnswered: true });
        },
      },
    );
  };
  return { answer, answeredHere: !sent.isIdle, sending: sent.isPending, failed: sent.isError };
}

/** The room's feedback card: whether it shows, its first question, and answering or dismissing it. */
export function useFeedbackCard(event: Event, participantToken: string): FeedbackCardState {
  const { network, state } = useRoomContext();
  const [memory, remember] = useCardMemory(network, event.slug);
  const now = useNowUntil(feedbackDueAt(event));
  const asking = asksForFeedback(state.room?.feedbackAsked === true, event, now);
  const survey = useFeedbackSurvey(network, event.slug, asking && !memory.dismissed).data;
  const stage = cardStage(asking, survey?.status, memory);
  const token = useFeedbackToken(network, event.slug, participantToken, stage === 'question').data?.token;
  const question = survey?.questions[0];
  const sent = useCardAnswer(event.slug, participantToken, question, remember);
  return {
    ...sent,
    stage,
    question,
    anonymous: survey?.anonymous ?? true,
    token,
    continuation: memory.continuation,
    failed: sent.failed && stage === 'question',
    dismiss: () => remember({ dismissed: true }),
  };
}
