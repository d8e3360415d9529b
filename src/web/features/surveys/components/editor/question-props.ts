import type { FieldErrors } from '../../../../lib/forms.ts';
import type { DraftQuestion } from './editor-values.ts';
import type { EditorActions } from './use-survey-draft.ts';

/** What each part of a question card is given. */
export interface QuestionProps {
  question: DraftQuestion;
  index: number;
  /** All the survey's questions, for the conditions (which name an earlier one). */
  questions: readonly DraftQuestion[];
  actions: EditorActions;
  errors: FieldErrors;
}
