import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type RefusedAnswers, refusedAnswersKey } from '#shared/survey-answers.ts';
import type { Question } from '#shared/surveys.ts';
import { ApiRequestError, translatedFields } from '../../../../lib/api.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { AnswerPage } from '../../api/get-survey-form.ts';
import { type Refusal, refusalOf } from './answer-errors.ts';

/** The answers the server refused when the form was posted without JavaScript, if this page shows them. */
export function useRefusedAnswers({ network, page, id }: AnswerPage): RefusedAnswers | null {
  return useQueryClient().getQueryData<RefusedAnswers>(refusedAnswersKey(network, page, id)) ?? null;
}

/** A refused post as the error the API would have answered with. */
function errorOf(refused: RefusedAnswers): ApiRequestError {
  const codes = Object.fromEntries(Object.entries(refused.fieldIssues).map(([path, i]) => [path, i.code]));
  const fields = translatedFields(refused.fields, refused.fieldIssues);
  return new ApiRequestError(refused.status, 'invalid-input', '', fields, codes);
}

const nothing: Refusal = { errors: {}, message: '' };

/**
 * The form's errors, starting with a refused post's. After a failed submit the focus moves to the
 * first invalid answer (its error is read with it), else to the message, so it is seen and heard.
 */
export function useRefusal(questions: Question[], refused: RefusedAnswers | null) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>(() =>
    refused ? refusalOf(errorOf(refused), questions, t) : nothing,
  );
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failures === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? messageRef.current)?.focus();
  }, [failures]);
  const fail = (error: unknown) => {
    setRefusal(refusalOf(error, questions, t));
    setFailures((n) => n + 1);
  };
  return { refusal, fail, formRef, messageRef };
}
