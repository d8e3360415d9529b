import { describe, expect, it } from 'vitest';
import { EditSurveySchema, type Question, type Survey } from '#shared/surveys.ts';
import {
  conditionSources,
  type Draft,
  draftOf,
  inputOf,
  moved,
  nextNumber,
  pruneConditions,
  withNewChoice,
  withNewQuestion,
  withQuestion,
  withType,
} from './editor-values.ts';

const text = (fi: string) => ({ fi });
const nps: Question = {
  id: 'nps',
  core: 'nps',
  type: 'nps',
  text: text('Suosittelisitko?'),
  help: {},
  required: true,
};
const role: Question = {
  id: 'q4',
  type: 'single',
  text: text('Rooli'),
  help: {},
  required: false,
  options: [
    { id: 'o2', text: text('Johto') },
    { id: 'o7', text: text('Asiantuntija') },
  ],
};
const why: Question = {
  id: 'q5',
  type: 'text',
  text: text('Miksi?'),
  help: {},
  required: false,
  showIf: { question: 'q4', anyOf: ['o7'] },
};

const survey = (questions: Question[], responses = 0): Survey => ({
  id: '00000000-0000-4000-8000-000000000000',
  kind: 'post-meeting',
  title: text('Palaute'),
  intro: {},
  version: 1,
  anonymous: true,
  closeAfterDays: 14,
  opensOn: null,
  closesOn: null,
  responses,
  questions,
});

describe('ids of new questions and choices', () => {
  it('count on from the highest number already used, never reusing one', () => {
    expect(nextNumber('q', ['nps', 'q2', 'q10', 'qx'])).toBe(11);
    expect(nextNumber('o', [])).toBe(1);
    const draft = draftOf(survey([nps, role, why]));
    expect(draft.next).toEqual({ q: 6, o: 8 });
    const added = withNewQuestion(draft, 'multiple');
    expect(added.questions.at(-1)?.id).toBe('q6');
    expect(added.questions.at(-1)?.choices.map((c) => c.id)).toEqual(['o8', 'o9']);
    const [withChoice, choice] = withNewChoice(added, 'q6');
    expect(choice.id).toBe('o10');
    expect(withNewQuestion(withChoice, 'text').questions.at(-1)?.id).toBe('q7');
  });
});

describe('a draft of a saved survey', () => {
  it('locks the type of core items, and of every question once the survey has answers', () => {
    expect(draftOf(survey([nps, role])).questions.map((q) => q.typeLocked)).toEqual([true, false]);
    expect(draftOf(survey([nps, role], 3)).questions.map((q) => q.typeLocked)).toEqual([true, true]);
  });

  it('goes back to the same input, which the shared schema takes', () => {
    const input = inputOf(draftOf(survey([nps, role, why])));
    expect(input).toEqual({
      title: text('Palaute'),
      intro: {},
      anonymous: true,
      closeAfterDays: 14,
      questions: [nps, role, why],
    });
    expect(EditSurveySchema.safeParse(input).success).toBe(true);
  });

  it('sends a periodic survey’s dates, only the type’s own fields and no empty language', () => {
    const draft: Draft = { ...draftOf(undefined, [nps]), opensOn: '2030-01-01', closesOn: '2030-02-01' };
    const multiple = withType(withNewQuestion(draft, 'text'), 'q1', 'multiple');
    const written = withQuestion(multiple, 'q1', (q) => ({
      ...q,
      text: { fi: 'Aiheet', sv: ' ', en: '' },
      maxChoices: '2',
      choices: q.choices.map((c, i) => ({ ...c, text: { fi: `A${i}`, sv: '', en: '' } })),
    }));
    const input = inputOf(written);
    expect(input).toMatchObject({ opensOn: '2030-01-01', closesOn: '2030-02-01' });
    expect(input).not.toHaveProperty('closeAfterDays');
    expect(input.questions[1]).toEqual({
      id: 'q1',
      type: 'multiple',
      text: { fi: 'Aiheet' },
      help: {},
      required: false,
      maxChoices: 2,
      options: [
        { id: 'o1', text: { fi: 'A0' } },
        { id: 'o2', text: { fi: 'A1' } },
      ],
    });
  });
});

describe('changing the questions', () => {
  it('keeps a core item’s type and gives a choice type two choices', () => {
    const draft = draftOf(survey([nps, why]));
    expect(withType(draft, 'nps', 'rating')).toBe(draft);
    const single = withType(draft, 'q5', 'single');
    expect(single.questions[1]?.choices).toHaveLength(2);
    expect(withType(single, 'q5', 'multiple').questions[1]?.choices).toHaveLength(2);
  });

  it('moves an item one place, not past either end', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(moved(list, 'c', -1).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moved(list, 'a', 1).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(moved(list, 'a', -1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(moved(list, 'c', 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('offers a condition only on earlier questions with choices or points', () => {
    const { questions } = draftOf(survey([nps, role, why, { ...why, id: 'q6', showIf: undefined }]));
    expect(conditionSources(questions, 0)).toEqual([]);
    expect(conditionSources(questions, 3).map((q) => q.id)).toEqual(['nps', 'q4']);
  });

  it('drops a condition whose question no longer comes before, and unticks values that are gone', () => {
    const draft = draftOf(survey([nps, role, why]));
    const swapped = moved(draft.questions, 'q5', -1);
    const pruned = pruneConditions(swapped);
    expect(pruned.dropped).toEqual([2]);
    expect(pruned.questions[1]?.showIf).toBeNull();
    const fewer = draft.questions.map((q) => (q.id === 'q4' ? { ...q, choices: q.choices.slice(0, 1) } : q));
    const kept = pruneConditions(fewer);
    expect(kept.dropped).toEqual([]);
    expect(kept.questions[2]?.showIf).toEqual({ question: 'q4', anyOf: [] });
  });
});
