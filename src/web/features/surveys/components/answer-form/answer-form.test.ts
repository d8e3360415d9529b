import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Question } from '#shared/surveys.ts';
import { ApiRequestError } from '../../../../lib/api.ts';
import { refusalOf } from './answer-errors.ts';
import { answersOf, shownQuestions, valuesOf } from './answer-values.ts';

const text = { fi: 'Kysymys' };
const options = (...ids: string[]) => ids.map((id) => ({ id, text }));
const questions: Question[] = [
  { id: 'nps', type: 'nps', text, help: {}, required: false },
  { id: 'usefulness', type: 'likert', text, help: {}, required: false },
  {
    id: 'parts',
    type: 'likert-matrix',
    text,
    help: {},
    required: false,
    rows: options('talks', 'discussion'),
  },
  { id: 'overall', type: 'rating', text, help: {}, required: false },
  { id: 'first-time', type: 'single', text, help: {}, required: true, options: options('yes', 'no') },
  {
    id: 'heard',
    type: 'multiple',
    text,
    help: {},
    required: false,
    maxChoices: 2,
    options: options('mail', 'colleague', 'web'),
    showIf: { question: 'first-time', anyOf: ['yes'] },
  },
  { id: 'change', type: 'text', text, help: {}, required: false },
];
/** The key and its values, so that a test sees which text was chosen. */
const t = ((key: string, values?: object) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('the answers the form sends', () => {
  it('sends points as numbers, "can’t say" as it is, and nothing for an empty field', () => {
    const values = {
      nps: '0',
      usefulness: 'cant-say',
      parts: { talks: '5', discussion: '' },
      overall: '',
      'first-time': 'no',
      change: '   ',
    };
    expect(answersOf(questions, values)).toEqual({
      nps: 0,
      usefulness: 'cant-say',
      parts: { talks: 5 },
      'first-time': 'no',
    });
  });

  it('shows a conditional question only while its condition holds, and then sends its answer', () => {
    const values = { 'first-time': 'no', heard: ['mail'] };
    expect(shownQuestions(questions, values).map((q) => q.id)).not.toContain('heard');
    expect(answersOf(questions, values)).toEqual({ 'first-time': 'no' });
    const yes = { ...values, 'first-time': 'yes' };
    expect(shownQuestions(questions, yes).map((q) => q.id)).toContain('heard');
    expect(answersOf(questions, yes)).toEqual({ 'first-time': 'yes', heard: ['mail'] });
  });

  it('fills the form again with the answers a refused post sent', () => {
    expect(valuesOf({ nps: 8, heard: ['mail'], parts: { talks: 4 }, change: 'x' })).toEqual({
      nps: '8',
      heard: ['mail'],
      parts: { talks: '4' },
      change: 'x',
    });
  });
});

describe('what the form says of a refused answer', () => {
  const refused = (fields: Record<string, string>, codes: Record<string, string>, status = 400) =>
    refusalOf(new ApiRequestError(status, 'invalid-input', '', fields, codes), questions, t);

  it('names each answer in its own words, a matrix row by its row', () => {
    const refusal = refused(
      {
        'answers.first-time': 'x',
        'answers.change': 'x',
        'answers.heard.1': 'x',
        'answers.parts.talks': 'x',
      },
      { 'answers.first-time': 'required', 'answers.change': 'invalid', 'answers.heard.1': 'invalid-choice' },
    );
    expect(refusal.errors).toEqual({
      'answers.first-time': 'surveyForm.errors.required',
      'answers.change': 'surveyForm.errors.tooLong {"limit":2000}',
      'answers.heard': 'surveyForm.errors.choose',
      'answers.parts.talks': 'x',
    });
    expect(refusal.message).toBe('errors.formHasErrors');
  });

  it('says why the whole answer was refused: the link, or the survey that closed', () => {
    expect(refused({ token: 'x' }, { token: 'token-invalid' })).toEqual({
      errors: {},
      message: 'surveyForm.errors.tokenInvalid',
    });
    expect(refused({ token: 'x' }, { token: 'token-used' }, 409).message).toBe('surveyForm.errors.tokenUsed');
    expect(refused({ answers: 'x' }, { answers: 'survey-closed' }, 409).message).toBe(
      'surveyForm.errors.closed',
    );
  });
});
