/**
 * The survey editor's values: a draft of the survey as the form holds it (every text in three
 * languages, numbers as typed), and the changes the form makes to it. Pure, so they are tested
 * without a browser.
 */

import {
  CORE_ITEM_TYPES,
  type CoreItem,
  conditionValues,
  type EditSurvey,
  type Question,
  type QuestionType,
  type Survey,
  type SurveyKind,
} from '#shared/surveys.ts';
import type { FullText } from '../../../../components/form/LocalizedTextFields.tsx';
import { compactText, emptyText, fullText } from '../../../../lib/forms.ts';

export type Choice = { id: string; text: FullText };
export type DraftCondition = { question: string; anyOf: string[] };

export interface DraftQuestion {
  id: string;
  type: QuestionType;
  core?: CoreItem;
  text: FullText;
  help: FullText;
  required: boolean;
  showIf: DraftCondition | null;
  /** A choice question's options or a matrix's rows: kept while the type changes between them. */
  choices: Choice[];
  /** The most a multiple-choice answer may pick, as typed ('' for no limit). */
  maxChoices: string;
  /** Answered already, or a core item: the server refuses another type. */
  typeLocked: boolean;
}

export interface Draft {
  kind: SurveyKind;
  title: FullText;
  intro: FullText;
  anonymous: boolean;
  opensOn: string;
  closesOn: string;
  closeAfterDays: string;
  questions: DraftQuestion[];
  /** The numbers of the next new question's id (`q5`) and choice's id (`o3`). */
  next: { q: number; o: number };
}

/** The question types whose answers are chosen from the question's own list. */
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple', 'likert-matrix'];
export const hasChoices = (type: QuestionType) => CHOICE_TYPES.includes(type);

/** One more than the highest `<prefix><number>` among `ids` (1 when there is none). */
export function nextNumber(prefix: string, ids: readonly string[]): number {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const numbers = ids.map((id) => Number(pattern.exec(id)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

const choicesOf = (question: Question) =>
  'options' in question ? question.options : 'rows' in question ? question.rows : [];

function draftQuestion(question: Question, answered: boolean): DraftQuestion {
  return {
    id: question.id,
    type: question.type,
    core: question.core,
    text: fullText(question.text),
    help: fullText(question.help ?? {}),
    required: question.required ?? false,
    showIf: question.showIf ? { ...question.showIf, anyOf: [...question.showIf.anyOf] } : null,
    choices: choicesOf(question).map((choice) => ({ id: choice.id, text: fullText(choice.text) })),
    maxChoices: question.type === 'multiple' && question.maxChoices ? String(question.maxChoices) : '',
    typeLocked: answered || question.core !== undefined,
  };
}

/** The draft of a saved survey, or of a new periodic survey that starts with `template`'s questions. */
export function draftOf(survey: Survey | undefined, template: readonly Question[] = []): Draft {
  const questions = survey?.questions ?? template;
  const answered = (survey?.responses ?? 0) > 0;
  return {
    kind: survey?.kind ?? 'periodic',
    title: fullText(survey?.title ?? {}),
    intro: fullText(survey?.intro ?? {}),
    anonymous: survey?.anonymous ?? true,
    opensOn: survey?.opensOn ?? '',
    closesOn: survey?.closesOn ?? '',
    closeAfterDays: String(survey?.closeAfterDays ?? ''),
    questions: questions.map((question) => draftQuestion(question, answered)),
    next: {
      q: nextNumber(
        'q',
        questions.map((q) => q.id),
      ),
      o: nextNumber(
        'o',
        questions.flatMap((q) => choicesOf(q).map((c) => c.id)),
      ),
    },
  };
}

const typed = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** The question as the API takes it: empty languages left out, the type's own fields only. */
export function questionOf(draft: DraftQuestion): Question {
  const base = {
    id: draft.id,
    ...(draft.core ? { core: draft.core } : {}),
    text: compactText(draft.text),
    help: compactText(draft.help),
    required: draft.required,
    ...(draft.showIf ? { showIf: draft.showIf } : {}),
  };
  const choices = draft.choices.map((choice) => ({ id: choice.id, text: compactText(choice.text) }));
  switch (draft.type) {
    case 'single':
      return { ...base, type: 'single', options: choices };
    case 'multiple': {
      const max = draft.maxChoices.trim() === '' ? {} : { maxChoices: typed(draft.maxChoices) };
      return { ...base, type: 'multiple', options: choices, ...max };
    }
    case 'likert-matrix':
      return { ...base, type: 'likert-matrix', rows: choices };
    default:
      return { ...base, type: draft.type };
  }
}

/** What the editor sends: the kind's own fields, and each question as the API takes it. */
export function inputOf(draft: Draft): EditSurvey {
  const own =
    draft.kind === 'periodic'
      ? { opensOn: draft.opensOn, closesOn: draft.closesOn }
      : { closeAfterDays: typed(draft.closeAfterDays) };
  return {
    title: compactText(draft.title),
    intro: compactText(draft.intro),
    anonymous: draft.anonymous,
    questions: draft.questions.map(questionOf),
    ...own,
  };
}

/** The values a condition on `question` can name, or null when it has no choices or points. */
export const valuesOf = (question: DraftQuestion): string[] | null => conditionValues(questionOf(question));

/** The questions before `index` that a condition may name: those with choices or points. */
export const conditionSources = (questions: readonly DraftQuestion[], index: number) =>
  questions.slice(0, index).filter((question) => valuesOf(question) !== null);

// --- Changes -------------------------------------------------------------------------------

/** `list` with the item `id` moved `by` places (not past either end). */
export function moved<T extends { id: string }>(list: readonly T[], id: string, by: -1 | 1): T[] {
  const from = list.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/**
 * Conditions kept valid after a structural change: a condition whose question is gone, comes
 * later now or has no choices any more is dropped (its question's number is returned, to be told),
 * and values the question no longer has are unticked.
 */
export function pruneConditions(questions: readonly DraftQuestion[]) {
  const dropped: number[] = [];
  const pruned = questions.map((question, index) => {
    const condition = question.showIf;
    if (!condition) return question;
    const source = questions.slice(0, index).find((q) => q.id === condition.question);
    const values = source ? valuesOf(source) : null;
    if (!values) {
      dropped.push(index + 1);
      return { ...question, showIf: null };
    }
    const anyOf = condition.anyOf.filter((value) => values.includes(value));
    return anyOf.length === condition.anyOf.length
      ? question
      : { ...question, showIf: { ...condition, anyOf } };
  });
  return { questions: pruned, dropped };
}

const newChoice = (draft: Draft): [Choice, Draft] => [
  { id: `o${draft.next.o}`, text: emptyText() },
  { ...draft, next: { ...draft.next, o: draft.next.o + 1 } },
];

/** A new question of `type` at the end, with two empty choices when it needs them. */
export function withNewQuestion(draft: Draft, type: QuestionType): Draft {
  const [first, once] = newChoice(draft);
  const [second, twice] = newChoice(once);
  const question: DraftQuestion = {
    id: `q${draft.next.q}`,
    type,
    text: emptyText(),
    help: emptyText(),
    required: false,
    showIf: null,
    choices: hasChoices(type) ? [first, second] : [],
    maxChoices: '',
    typeLocked: false,
  };
  const next = hasChoices(type) ? twice.next : draft.next;
  return { ...draft, questions: [...draft.questions, question], next: { ...next, q: draft.next.q + 1 } };
}

/** The question `id` changed by `change`. */
export function withQuestion(draft: Draft, id: string, change: (q: DraftQuestion) => DraftQuestion): Draft {
  return { ...draft, questions: draft.questions.map((q) => (q.id === id ? change(q) : q)) };
}

/** A new empty choice at the end of question `id`'s list; the choice is returned to be focused. */
export function withNewChoice(draft: Draft, id: string): [Draft, Choice] {
  const [choice, next] = newChoice(draft);
  return [withQuestion(next, id, (q) => ({ ...q, choices: [...q.choices, choice] })), choice];
}

/**
 * Question `id` as `type`, with two empty choices when the type needs them and it has fewer; a
 * core item keeps its type (CORE_ITEM_TYPES).
 */
export function withType(draft: Draft, id: string, type: QuestionType): Draft {
  const question = draft.questions.find((q) => q.id === id);
  if (!question || (question.core && CORE_ITEM_TYPES[question.core] !== type)) return draft;
  let next = withQuestion(draft, id, (q) => ({ ...q, type }));
  for (let count = question.choices.length; hasChoices(type) && count < 2; count++) {
    [next] = withNewChoice(next, id);
  }
  return next;
}
