import { describe, expect, it } from 'vitest';
import type { Question } from '#shared/surveys.ts';
import { asksForFeedback, cardStage, feedbackDueAt, surveyPagePath, tapsOf } from './feedback-card.ts';

const meeting = { endsAt: '2030-03-01T08:30:00.000Z' };
const at = (iso: string) => new Date(iso);

describe('when the room asks for feedback', () => {
  it('asks once a host has asked, at any time', () => {
    expect(asksForFeedback(true, meeting, at('2030-03-01T07:00:00Z'))).toBe(true);
  });

  it('asks by itself from five minutes before the planned end, and after it', () => {
    expect(feedbackDueAt(meeting).toISOString()).toBe('2030-03-01T08:25:00.000Z');
    expect(asksForFeedback(false, meeting, at('2030-03-01T08:24:59.999Z'))).toBe(false);
    expect(asksForFeedback(false, meeting, at('2030-03-01T08:25:00Z'))).toBe(true);
    expect(asksForFeedback(false, meeting, at('2030-03-01T08:50:00Z'))).toBe(true);
  });
});

describe('the card’s stage', () => {
  it('is hidden until asked, unless the survey is open, and once put away', () => {
    expect(cardStage(false, 'open', {})).toBe('hidden');
    expect(cardStage(true, undefined, {})).toBe('hidden');
    expect(cardStage(true, 'not-yet', {})).toBe('hidden');
    expect(cardStage(true, 'closed', {})).toBe('hidden');
    expect(cardStage(true, 'open', { dismissed: true, continuation: 'c' })).toBe('hidden');
  });

  it('asks the question, then thanks; or says it was answered before', () => {
    expect(cardStage(true, 'open', {})).toBe('question');
    expect(cardStage(true, 'open', { continuation: 'c' })).toBe('thanks');
    expect(cardStage(true, 'open', { alreadyAnswered: true })).toBe('already');
  });
});

const text = { fi: 'Kysymys' };
const base = { id: 'q', text, help: {}, required: false };

describe('what the first question offers to tap', () => {
  it('gives an NPS question its eleven points, a rating and a Likert scale their five', () => {
    expect(tapsOf({ ...base, type: 'nps' })).toEqual({
      kind: 'scale',
      points: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ends: 'nps',
    });
    expect(tapsOf({ ...base, type: 'rating' })).toMatchObject({ points: [1, 2, 3, 4, 5], ends: 'rating' });
    expect(tapsOf({ ...base, type: 'likert' })).toMatchObject({ points: [1, 2, 3, 4, 5], ends: 'likert' });
  });

  it('gives a single choice its options, and nothing to tap for what takes more than a tap', () => {
    const options = [
      { id: 'yes', text: { fi: 'Kyllä' } },
      { id: 'no', text: { fi: 'Ei' } },
    ];
    expect(tapsOf({ ...base, type: 'single', options })).toEqual({ kind: 'options', options });
    const others: Question[] = [
      { ...base, type: 'multiple', options },
      { ...base, type: 'text' },
      { ...base, type: 'likert-matrix', rows: options },
    ];
    for (const question of others) expect(tapsOf(question)).toBeNull();
    expect(tapsOf(undefined)).toBeNull();
  });
});

describe('the link to the rest of the survey', () => {
  it('carries the token before the tap and the continuation after it, escaped', () => {
    expect(surveyPagePath('verkosto', 'kevät 2030', { token: 'a.b+c' })).toBe(
      '/n/verkosto/feedback/kev%C3%A4t%202030?token=a.b%2Bc',
    );
    expect(surveyPagePath('verkosto', '2030-03-01', { continuation: 'id.sig' })).toBe(
      '/n/verkosto/feedback/2030-03-01?continuation=id.sig',
    );
  });
});
