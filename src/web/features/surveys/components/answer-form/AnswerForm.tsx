import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { InlineAlert } from 'suomifi-ui-components';
import type { RefusedAnswers } from '#shared/survey-answers.ts';
import type { PublicSurvey, Question } from '#shared/surveys.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { AnswerPage } from '../../api/get-survey-form.ts';
import { useSubmitAnswers } from '../../api/submit-answers.ts';
import { FormMessage } from './answer-styles.ts';
import { answersOf, type FieldValue, type Values, valuesOf } from './answer-values.ts';
import { QuestionList } from './QuestionList.tsx';
import { useRefusal, useRefusedAnswers } from './use-refusal.ts';

/**
 * The page's addresses: the form's own, as it was opened (the token and the language with it, so
 * that a refused form, switched to another language, still has them), and the one that thanks,
 * without the token, so that it leaves the address bar and the history once the answer is in.
 */
function useAddresses() {
  const { pathname, search } = useLocation();
  const language = useSearchParams()[0].get('lang');
  const lang = language ? `&lang=${encodeURIComponent(language)}` : '';
  return { action: `${pathname}${search}`, answered: `?answered=1${lang}` };
}

/**
 * What the answers go with: the one-time token of the link, or the continuation of an answer the
 * live room's card gave (to add the rest to it). Either is in the address, or in a refused post.
 */
function useCarry(refused: RefusedAnswers | null) {
  const [params] = useSearchParams();
  return {
    token: params.get('token') ?? refused?.token ?? undefined,
    continuation: params.get('continuation') ?? refused?.continuation ?? undefined,
  };
}

/** Continuing the card's answer: the first question is answered already. */
function Continuing() {
  const { t } = useTranslation();
  return (
    <InlineAlert status="neutral" mb="m">
      {t('surveyForm.continuing')}
    </InlineAlert>
  );
}

/**
 * The answer form. With JavaScript it sends the answers to the API and shows the thanks; without,
 * the browser posts it to the page's own address and the server does the same
 * (surveys.public.routes.ts), coming back filled in when it refuses.
 */
export function AnswerForm({ target, survey }: { target: AnswerPage; survey: PublicSurvey }) {
  const { t } = useTranslation();
  const { questions } = survey;
  const refused = useRefusedAnswers(target);
  const carry = useCarry(refused);
  const [values, setValues] = useState<Values>(() => valuesOf(refused?.answers ?? {}));
  const { refusal, fail, formRef, messageRef } = useRefusal(questions, refused);
  const submit = useSubmitAnswers(target);
  const navigate = useNavigate();
  const addresses = useAddresses();

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (submit.isPending) return;
    try {
      await submit.mutateAsync({ answers: answersOf(questions, values), ...carry });
      navigate(addresses.answered, { replace: true });
    } catch (error) {
      fail(error);
    }
  }

  const change = (question: Question, value: FieldValue) =>
    setValues((v) => ({ ...v, [question.id]: value }));
  return (
    <form ref={formRef} method="post" action={addresses.action} onSubmit={send} data-testid="survey-form">
      {carry.token && <input type="hidden" name="token" value={carry.token} />}
      {carry.continuation && <input type="hidden" name="continuation" value={carry.continuation} />}
      {carry.continuation && <Continuing />}
      <FormMessage ref={messageRef} tabIndex={-1}>
        <FormAlert message={refusal.message || null} />
      </FormMessage>
      <QuestionList questions={questions} values={values} onChange={change} errors={refusal.errors} />
      <ButtonRow>
        <SubmitButton pending={submit.isPending}>{t('surveyForm.submit')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}
