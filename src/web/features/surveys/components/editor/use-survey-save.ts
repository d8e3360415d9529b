import { useState } from 'react';
import type { Survey } from '#shared/surveys.ts';
import type { useFormState } from '../../../../components/form/useFormState.ts';
import { ApiRequestError } from '../../../../lib/api.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useCreateSurvey } from '../../api/create-survey.ts';
import { useSaveSurvey } from '../../api/save-survey.ts';
import { editorFields, questionsWithErrors, surveyField } from './editor-errors.ts';
import { type DraftQuestion, draftOf, inputOf } from './editor-values.ts';
import type { DraftState } from './use-survey-draft.ts';

interface SaveOptions {
  network: string;
  survey: Survey | undefined;
  editor: DraftState;
  form: ReturnType<typeof useFormState>;
  onCreated?: (survey: Survey) => void;
}

/** The server's error with its paths at the editor's fields, in the editor's own words where it has them. */
function useEditorError() {
  const { t } = useTranslation();
  return (error: unknown, sent: readonly DraftQuestion[]) => {
    if (!(error instanceof ApiRequestError)) return error;
    const fields = editorFields(error.fields, sent);
    const codes = editorFields(error.fieldCodes, sent);
    for (const [path, code] of Object.entries(codes)) {
      if (code === 'type-changed') fields[path] = t('surveyEditor.typeChanged');
      if (path === surveyField('closesOn') && code === 'invalid')
        fields[path] = t('surveyEditor.closesBeforeOpens');
    }
    return new ApiRequestError(error.status, error.code, error.message, fields, codes);
  };
}

/**
 * Saving: a new survey is created (and handed to `onCreated`), a saved one updated and its draft
 * taken from the answer; the status says when that started a new version.
 */
export function useSurveySave({ network, survey, editor, form, onCreated }: SaveOptions) {
  const { t } = useTranslation();
  const save = useSaveSurvey(network, survey?.id ?? '');
  const create = useCreateSurvey(network);
  const editorError = useEditorError();
  const [status, setStatus] = useState<string | null>(null);
  const pending = save.isPending || create.isPending;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setStatus(null);
    const { draft } = editor;
    try {
      if (!survey) {
        const created = await create.mutateAsync({
          ...inputOf(draft),
          opensOn: draft.opensOn,
          closesOn: draft.closesOn,
        });
        return onCreated?.(created);
      }
      const saved = await save.mutateAsync(inputOf(draft));
      form.clear();
      editor.setDraft(draftOf(saved));
      const newVersion = saved.version > survey.version;
      setStatus(
        newVersion ? t('surveyEditor.savedVersion', { version: saved.version }) : t('surveyEditor.saved'),
      );
    } catch (error) {
      const shown = editorError(error, draft.questions);
      // Opened in the same render as the errors, so the first invalid field is there to be focused.
      if (shown instanceof ApiRequestError) editor.cards.expand(questionsWithErrors(shown.fields));
      form.fail(shown);
    }
  }

  return { submit, pending, status };
}
