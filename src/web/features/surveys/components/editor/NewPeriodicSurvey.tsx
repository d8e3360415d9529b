import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import type { CoreItem, Question } from '#shared/surveys.ts';
import { InlineLoadError, Loading } from '../../../../components/LoadState.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { useMainLanguage } from '../../../../lib/localized.ts';
import { networkPath } from '../../../../lib/paths.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { surveyQueryOptions } from '../../api/get-survey.ts';
import { useSurveys } from '../../api/list-surveys.ts';
import { surveyField } from './editor-errors.ts';
import { SurveyEditor } from './SurveyEditor.tsx';

/** The core items a periodic survey starts with, so its results compare with the meetings'. */
const PERIODIC_CORE: readonly CoreItem[] = ['nps', 'usefulness'];

/** The post-meeting survey's core items that a new periodic survey starts with, texts and all. */
function useCoreTemplate(network: string) {
  const list = useSurveys(network);
  const postMeeting = list.data?.find((survey) => survey.kind === 'post-meeting');
  const survey = useQuery({ ...surveyQueryOptions(network, postMeeting?.id ?? ''), enabled: !!postMeeting });
  const template: Question[] | undefined = survey.data?.questions.filter(
    (question) => question.core && PERIODIC_CORE.includes(question.core),
  );
  const error = list.error ?? survey.error;
  return { template: list.data && !postMeeting ? [] : template, error, retry: () => void list.refetch() };
}

/**
 * "New periodic survey": opens the editor of a new survey with the network's two core items in
 * it; once created, the survey's own page opens.
 */
export function NewPeriodicSurvey({ network }: { network: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  // Cancelling brings focus back to the button that opened the editor.
  useEffect(() => {
    if (!open && closed.current) button.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <>
        <Paragraph mb="m">{t('surveyEditor.newSurvey.intro')}</Paragraph>
        <Button ref={button} onClick={() => setOpen(true)}>
          {t('surveyEditor.newSurvey.open')}
        </Button>
      </>
    );
  }
  const cancel = () => {
    closed.current = true;
    setOpen(false);
  };
  return <NewSurveyEditor network={network} onCancel={cancel} />;
}

/** Once the core items are loaded, the editor opens with its title's first input focused. */
function NewSurveyEditor({ network, onCancel }: { network: string; onCancel: () => void }) {
  const navigate = useNavigate();
  const main = useMainLanguage();
  const core = useCoreTemplate(network);
  const ready = core.template !== undefined;
  useEffect(() => {
    if (ready) document.getElementById(fieldId(`${surveyField('title')}.${main}`))?.focus();
  }, [ready, main]);
  if (core.error) return <InlineLoadError error={core.error} retry={core.retry} />;
  if (!core.template) return <Loading />;
  return (
    <SurveyEditor
      network={network}
      template={core.template}
      onCreated={(survey) => navigate(`${networkPath(network)}/surveys/${encodeURIComponent(survey.id)}`)}
      onCancel={onCancel}
    />
  );
}
