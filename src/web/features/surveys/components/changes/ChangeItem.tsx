import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import type { SurveyChange } from '#shared/survey-changes.ts';
import type { SurveySummary } from '#shared/surveys.ts';
import { useEvents } from '../../../../api/list-events.ts';
import { ConfirmAction } from '../../../../components/ConfirmAction.tsx';
import { Localized, PhraseWith } from '../../../../components/Localized.tsx';
import { useCalendarDate } from '../../../../lib/date-time.ts';
import { requestErrorMessage } from '../../../../lib/forms.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useDeleteSurveyChange } from '../../api/delete-survey-change.ts';
import { useUpdateSurveyChange } from '../../api/update-survey-change.ts';
import { ChangeForm } from './ChangeForm.tsx';
import { HELD } from './change-values.ts';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs};
  margin-top: ${tokens.space.xs};
`;

const Small = styled.p`
  ${tokens.type.bodySmall}
  margin: 0 0 ${tokens.space.xxs};
`;

interface ChangeItemProps {
  network: string;
  change: SurveyChange;
  surveys: SurveySummary[];
  /** Tells the section's status region what was done. */
  onStatus: (message: string) => void;
  /** The change was deleted: focus moves on from it. */
  onDeleted: () => void;
}

/** "Based on: the survey – the meeting", for each link whose survey is still there. */
function Sources({ network, change, surveys }: Pick<ChangeItemProps, 'network' | 'change' | 'surveys'>) {
  const { t } = useTranslation();
  const meetings = useEvents(network, HELD).data?.events ?? [];
  return change.links.map((link, index) => {
    const survey = surveys.find((s) => s.id === link.surveyId);
    const meeting = meetings.find((m) => m.id === link.eventId);
    if (!survey) return null;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: links have no id, and their order is fixed
      <Small key={index}>
        <PhraseWith
          phrase={(slot) => t('surveyChanges.editor.basedOn', { source: slot })}
          text={survey.title}
        />
        {meeting && (
          <>
            {' – '}
            <Localized text={meeting.title} />
          </>
        )}
      </Small>
    );
  });
}

/** The change's title, date, whether the home page shows it, and the feedback behind it. */
function ChangeSummary(props: Pick<ChangeItemProps, 'network' | 'change' | 'surveys'>) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const { change } = props;
  return (
    <>
      <Heading variant="h3">
        <Localized text={change.title} />
      </Heading>
      <Small>
        {t('surveyChanges.editor.decided', { date: date(change.decidedOn) })}
        {' · '}
        {change.published ? t('surveyChanges.editor.shown') : t('surveyChanges.editor.hidden')}
      </Small>
      <Sources {...props} />
    </>
  );
}

/** The change's edit form in the item's place; saving or cancelling closes it. */
function ChangeEditor({ network, change, onStatus, onClose }: ChangeItemProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSurveyChange(network, change.id);
  const pick = useLocalized();
  return (
    <ChangeForm
      network={network}
      scope={`change-${change.id}`}
      initial={change}
      submitText={t('surveyChanges.editor.save')}
      onSubmit={async (input) => {
        const saved = await update.mutateAsync(input);
        onStatus(t('surveyChanges.editor.saved', { title: pick(saved.title).text }));
        onClose();
      }}
      onCancel={onClose}
    />
  );
}

/** Publishing or hiding the change, and deleting it after asking. */
function useChangeActions({ network, change, onStatus, onDeleted }: ChangeItemProps) {
  const { t } = useTranslation();
  const title = useLocalized()(change.title).text;
  const update = useUpdateSurveyChange(network, change.id);
  const remove = useDeleteSurveyChange(network);
  const togglePublished = () =>
    update.mutate(
      { published: !change.published },
      {
        onSuccess: (saved) =>
          onStatus(
            t(saved.published ? 'surveyChanges.editor.madePublic' : 'surveyChanges.editor.madeHidden', {
              title,
            }),
          ),
      },
    );
  const confirmDelete = () =>
    remove.mutate(change.id, {
      onSuccess: () => {
        onStatus(t('surveyChanges.editor.deleted', { title }));
        onDeleted();
      },
    });
  return { title, update, remove, togglePublished, confirmDelete };
}

/** After the editor closes, focus goes back to its Edit button. */
function useEditing() {
  const [editing, setEditing] = useState(false);
  const [closed, setClosed] = useState(0);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (closed > 0) editButton.current?.focus();
  }, [closed]);
  const close = () => {
    setEditing(false);
    setClosed((n) => n + 1);
  };
  return { editing, open: () => setEditing(true), close, editButton };
}

/** One recorded change: what it is, and buttons to edit, publish or hide, and delete it. */
export function ChangeItem(props: ChangeItemProps) {
  const { t } = useTranslation();
  const { editing, open, close, editButton } = useEditing();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const actions = useChangeActions(props);
  const { title } = actions;
  if (editing) return <ChangeEditor {...props} onClose={close} />;
  const named = (key: 'edit' | 'delete') => ({
    'aria-label': t(`surveyChanges.editor.${key}Named`, { title }),
  });
  return (
    <>
      <ChangeSummary network={props.network} change={props.change} surveys={props.surveys} />
      <Actions>
        <Button variant="secondary" ref={editButton} {...named('edit')} onClick={open}>
          {t('surveyChanges.editor.edit')}
        </Button>
        <ToggleButton published={props.change.published} title={title} onClick={actions.togglePublished} />
        <Button
          variant="secondary"
          ref={deleteButton}
          {...named('delete')}
          onClick={() => setConfirming(true)}
        >
          {t('surveyChanges.editor.delete')}
        </Button>
      </Actions>
      {confirming && (
        <ConfirmAction
          question={t('surveyChanges.editor.confirmDelete', { title })}
          confirmText={t('surveyChanges.editor.delete')}
          cancelText={t('common.cancel')}
          pending={actions.remove.isPending}
          onConfirm={actions.confirmDelete}
          onCancel={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        />
      )}
      <ActionError error={actions.update.error ?? actions.remove.error} />
    </>
  );
}

function ToggleButton({
  published,
  title,
  onClick,
}: {
  published: boolean;
  title: string;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  const key = published ? 'unpublish' : 'publish';
  return (
    <Button
      variant="secondary"
      aria-label={t(`surveyChanges.editor.${key}Named`, { title })}
      onClick={onClick}
    >
      {t(`surveyChanges.editor.${key}`)}
    </Button>
  );
}

function ActionError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  return error ? <Paragraph role="alert">{requestErrorMessage(error, t)}</Paragraph> : null;
}
