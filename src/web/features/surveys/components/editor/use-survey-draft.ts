import { useEffect, useRef, useState } from 'react';
import type { Question, QuestionType, Survey } from '#shared/surveys.ts';
import type { FullText } from '../../../../components/form/LocalizedTextFields.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { useMainLanguage } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { choiceField, questionField, surveyField } from './editor-errors.ts';
import {
  type Draft,
  type DraftQuestion,
  draftOf,
  moved,
  pruneConditions,
  withNewChoice,
  withNewQuestion,
  withQuestion,
  withType,
} from './editor-values.ts';

/** Focus for the element of a DOM id once the change that makes it has been rendered. */
function usePendingFocus() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    pending.current = null;
    if (id) document.getElementById(id)?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}

export const moveButtonId = (field: string, by: -1 | 1) => fieldId(`${field}.move-${by < 0 ? 'up' : 'down'}`);
export const questionHeadingId = (id: string) => fieldId(questionField(id, 'heading'));
export const NEW_TYPE_FIELD = surveyField('newType');

/** Which question cards show their fields: a new one does, and one the server found errors in. */
function useOpenQuestions() {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const expand = (more: readonly string[]) => setOpen((ids) => new Set([...ids, ...more]));
  return { open, toggle, expand };
}

/** The draft and its setters; a change to the questions' structure keeps every condition valid. */
export function useSurveyDraft(survey: Survey | undefined, template: readonly Question[]) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(survey, template));
  const [notice, setNotice] = useState<string | null>(null);
  const focus = usePendingFocus();
  const cards = useOpenQuestions();

  const edit = (change: (d: Draft) => Draft) => setDraft(change);
  /** A structural change, and what to tell of it; conditions it made invalid are dropped and told. */
  const restructure = (change: (d: Draft) => Draft, told?: string) => {
    const next = change(draft);
    const { questions, dropped } = pruneConditions(next.questions);
    setDraft({ ...next, questions });
    const droppedText =
      dropped.length > 0
        ? t('surveyEditor.conditionsDropped', { questions: dropped.join(', '), count: dropped.length })
        : undefined;
    setNotice([told, droppedText].filter(Boolean).join(' ') || null);
  };
  return { draft, setDraft, edit, restructure, notice, focus, cards };
}

export type DraftState = ReturnType<typeof useSurveyDraft>;

/** What the question cards do to the draft, each with the focus a keyboard user needs after it. */
export function useEditorActions({ draft, edit, restructure, focus, cards }: DraftState) {
  const { t } = useTranslation();
  const main = useMainLanguage();
  const textInput = (field: string) => fieldId(`${field}.${main}`);
  const editQuestion = (id: string, change: (q: DraftQuestion) => DraftQuestion) =>
    edit((d) => withQuestion(d, id, change));
  return {
    editQuestion,
    setType: (id: string, type: QuestionType) => restructure((d) => withType(d, id, type)),
    addQuestion: (type: QuestionType) => {
      const id = `q${draft.next.q}`;
      restructure((d) => withNewQuestion(d, type));
      cards.expand([id]);
      focus(textInput(questionField(id, 'text')));
    },
    moveQuestion: (id: string, by: -1 | 1) => {
      restructure((d) => ({ ...d, questions: moved(d.questions, id, by) }));
      focus(moveButtonId(questionField(id, 'question'), by));
    },
    removeQuestion: (id: string) => {
      const index = draft.questions.findIndex((q) => q.id === id);
      const after = draft.questions.filter((q) => q.id !== id);
      const next = after[Math.min(index, after.length - 1)];
      restructure(
        (d) => ({ ...d, questions: d.questions.filter((q) => q.id !== id) }),
        t('surveyEditor.removed', { number: index + 1 }),
      );
      focus(next ? questionHeadingId(next.id) : fieldId(NEW_TYPE_FIELD));
    },
    ...useChoiceActions({ draft, edit, restructure, focus, textInput }),
  };
}

type ChoiceDeps = Pick<DraftState, 'draft' | 'edit' | 'restructure' | 'focus'> & {
  textInput: (field: string) => string;
};

/** The changes to a question's options or rows. */
function useChoiceActions({ draft, edit, restructure, focus, textInput }: ChoiceDeps) {
  const choices = (id: string, change: (q: DraftQuestion) => DraftQuestion['choices']) =>
    restructure((d) => withQuestion(d, id, (q) => ({ ...q, choices: change(q) })));
  return {
    addChoice: (id: string) => {
      restructure((d) => withNewChoice(d, id)[0]);
      focus(textInput(choiceField(id, `o${draft.next.o}`)));
    },
    editChoice: (id: string, choiceId: string, text: FullText) =>
      edit((d) =>
        withQuestion(d, id, (q) => ({
          ...q,
          choices: q.choices.map((c) => (c.id === choiceId ? { ...c, text } : c)),
        })),
      ),
    moveChoice: (id: string, choiceId: string, by: -1 | 1) => {
      choices(id, (q) => moved(q.choices, choiceId, by));
      focus(moveButtonId(choiceField(id, choiceId, 'choice'), by));
    },
    removeChoice: (id: string, choiceId: string) => {
      choices(id, (q) => q.choices.filter((c) => c.id !== choiceId));
      focus(fieldId(questionField(id, 'add-choice')));
    },
  };
}

export type EditorActions = ReturnType<typeof useEditorActions>;
