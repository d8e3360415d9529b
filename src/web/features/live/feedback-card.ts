import { LIKERT_POINTS, NPS_POINTS, RATING_POINTS } from '#shared/survey-answers.ts';
import type { Question, SurveyOption, SurveyStatus } from '#shared/surveys.ts';
import { networkPath } from '../../lib/paths.ts';

// When the room's feedback card shows and what its first question offers to tap: decided here,
// apart from the card, so that it can be tested without a browser.

/** The card shows by itself in the meeting's last minutes, without a host asking. */
export const FEEDBACK_LAST_MINUTES = 5;

/** The moment the card shows by itself: this long before the planned end. */
export const feedbackDueAt = (meeting: { endsAt: string }): Date =>
  new Date(new Date(meeting.endsAt).getTime() - FEEDBACK_LAST_MINUTES * 60_000);

/** Whether the room asks for feedback: a host asked (or closed the room), or the end is near. */
export const asksForFeedback = (feedbackAsked: boolean, meeting: { endsAt: string }, now: Date): boolean =>
  feedbackAsked || now >= feedbackDueAt(meeting);

/** What the participant did with the card: nothing yet, answered, or put it away. */
export type CardMemory = { dismissed?: boolean; continuation?: string; alreadyAnswered?: boolean };

/** The card's stage, from the room, the survey and what this browser remembers for the meeting. */
export type CardStage = 'hidden' | 'question' | 'thanks' | 'already';

export function cardStage(asking: boolean, status: SurveyStatus | undefined, memory: CardMemory): CardStage {
  if (!asking || status !== 'open' || memory.dismissed) return 'hidden';
  if (memory.continuation) return 'thanks';
  return memory.alreadyAnswered ? 'already' : 'question';
}

/** The ends of a scale, named by the texts `live.feedback.ends.<kind>`. */
export type ScaleEnds = 'nps' | 'rating' | 'likert';

/** What the card offers to tap for the survey's first question; null: only the link. */
export type Taps =
  | { kind: 'scale'; points: readonly number[]; ends: ScaleEnds }
  | { kind: 'options'; options: SurveyOption[] };

export function tapsOf(question: Question | undefined): Taps | null {
  switch (question?.type) {
    case 'nps':
      return { kind: 'scale', points: NPS_POINTS, ends: 'nps' };
    case 'rating':
      return { kind: 'scale', points: RATING_POINTS, ends: 'rating' };
    case 'likert':
      return { kind: 'scale', points: LIKERT_POINTS, ends: 'likert' };
    case 'single':
      return { kind: 'options', options: question.options };
    default:
      // A matrix, several choices or a written answer take more than a tap: the form has them.
      return null;
  }
}

/**
 * The answer page of the meeting's survey: after the card's answer with its continuation (to add
 * the rest to that answer), before it with the one-time token.
 */
export function surveyPagePath(
  network: string,
  event: string,
  carry: { continuation: string } | { token: string },
): string {
  const query = new URLSearchParams(carry).toString();
  return `${networkPath(network)}/feedback/${encodeURIComponent(event)}?${query}`;
}
