import { InlineAlert } from 'suomifi-ui-components';
import type { Question, Survey } from '#shared/surveys.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../../components/StatusMessage.tsx';
import { useTranslation } from '../../../../lib/translation.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { EditorForm } from './editor-styles.ts';
import { QuestionList } from './QuestionList.tsx';
import { SurveySettings } from './SurveySettings.tsx';
import { useEditorActions, useSurveyDraft } from './use-survey-draft.ts';
import { useSurveySave } from './use-survey-save.ts';

export interface SurveyEditorProps {
  /** The network's address name. */
  network: string;
  /** The survey edited; without one, the editor makes a new periodic survey. */
  survey?: Survey;
  /** A new survey's first questions (the network's core items, so the series can be compared). */
  template?: readonly Question[];
  /** A new survey was created. */
  onCreated?: (survey: Survey) => void;
  /** A Cancel button beside Save closes the editor (a new survey's). */
  onCancel?: () => void;
}

/**
 * Editing a survey: its title, introduction, when it is open and whether it is anonymous, and its
 * questions, each with its texts in three languages, choices and a condition on an earlier answer.
 */
export function SurveyEditor({ network, survey, template = [], onCreated, onCancel }: SurveyEditorProps) {
  const form = useFormState();
  const editor = useSurveyDraft(survey, template);
  const actions = useEditorActions(editor);
  const saving = useSurveySave({ network, survey, editor, form, onCreated });
  return (
    <EditorForm ref={form.formRef} onSubmit={saving.submit} noValidate data-testid="survey-editor">
      {survey && survey.responses > 0 && <VersionNotice survey={survey} />}
      <SurveySettings draft={editor.draft} edit={editor.edit} errors={form.errors} />
      <QuestionList
        draft={editor.draft}
        actions={actions}
        errors={form.errors}
        notice={editor.notice}
        cards={editor.cards}
      />
      <FormAlert message={form.formError} />
      <ErrorSummary errors={form.errors} questions={editor.draft.questions} onOpen={editor.cards.expand} />
      <StatusMessage message={saving.status} testId="survey-editor-status" />
      <EditorButtons isNew={!survey} pending={saving.pending} onCancel={onCancel} />
    </EditorForm>
  );
}

function EditorButtons({
  isNew,
  pending,
  onCancel,
}: {
  isNew: boolean;
  pending: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ButtonRow>
      <SubmitButton pending={pending}>
        {isNew ? t('surveyEditor.create') : t('surveyEditor.save')}
      </SubmitButton>
      {onCancel && (
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onCancel}>
          {t('common.cancel')}
        </SubmitButton>
      )}
    </ButtonRow>
  );
}

/** A survey with answers: what keeps them comparable, and what starts a new version. */
function VersionNotice({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="neutral" mb="l" data-testid="survey-version-notice">
      {t('surveyEditor.versionNotice', { count: survey.responses, version: survey.version })}
    </InlineAlert>
  );
}
