import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import {
  type InterestAnswer,
  type InterestForm as InterestFormInput,
  InterestFormSchema,
  interestAnswerKey,
} from '#shared/outreach.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { ApiRequestError, translatedFields } from '../../../../lib/api.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import { interestPath } from '../../../../lib/paths.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { InterestInfo } from '../../api/get-interest-form.ts';
import { useSubmitInterest } from '../../api/submit-interest.ts';
import { AboutYouFields } from './AboutYouFields.tsx';
import { BotTrap } from './BotTrap.tsx';
import { CheckYourEmail } from './CheckYourEmail.tsx';
import { ChoiceFields } from './ChoiceFields.tsx';
import { ConsentField } from './ConsentField.tsx';
import { initialValues, type SetValue, type Values, valuesOf } from './interest-values.ts';

/** The form's own check: the same as the server's, with messages of its own for the choices. */
const ClientSchema = InterestFormSchema.extend({
  listIds: z.array(z.string()).refine((ids) => ids.length > 0),
  consent: z.boolean().refine((given) => given),
  consentVersion: z.string(),
});

/** The public interest form: who you are, what interests you, the lists to join and your consent. */
export function InterestForm({
  network,
  info,
  back,
}: {
  network: string;
  info: InterestInfo;
  back: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { messages, serverMessages } = useMessages();
  const refused = useRefusedAnswer(network);
  const form = useFormState(
    refused ? { failure: refused.failure, options: { fields: serverMessages } } : undefined,
  );
  const submit = useSubmitInterest(network);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { values, set } = useValues(info, refused?.values);
  const scripted = useScripted();

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (submit.isPending) return;
    const payload = {
      ...values,
      organisationType: values.organisationType || undefined,
      consentVersion: info.consentVersion,
    };
    const input = form.validate(ClientSchema, payload, messages);
    if (!input) return;
    try {
      // The version of the text the server asked consent for; it refuses a stale one.
      const consentVersion = info.consentVersion as InterestFormInput['consentVersion'];
      await submit.mutateAsync({ ...input, consent: true, consentVersion });
      setSentTo(input.email);
    } catch (error) {
      form.fail(error, { fields: serverMessages });
    }
  }

  if (sentTo) return <CheckYourEmail email={sentTo} back={back} />;

  return (
    // Without JavaScript the browser posts the form itself (and checks the required fields first).
    <form
      ref={form.formRef}
      method="post"
      action={interestPath(network)}
      onSubmit={send}
      noValidate={scripted}
      data-testid="interest-form"
    >
      <input type="hidden" name="consentVersion" value={info.consentVersion} />
      <FormAlert message={form.formError} />
      <AboutYouFields values={values} set={set} errors={form.errors} />
      <ChoiceFields info={info} values={values} set={set} errors={form.errors} />
      <ConsentField
        network={network}
        checked={values.consent}
        onChange={set('consent')}
        error={form.errors.consent}
      />
      <BotTrap value={values.website} onChange={set('website')} />
      <ButtonRow>
        <SubmitButton pending={submit.isPending}>{t('outreachPage.interest.submit')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

/** True once the page runs its script: until then (or without it) the browser checks the fields. */
function useScripted(): boolean {
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return scripted;
}

/** The form the server refused when it was posted without JavaScript, if this page shows one. */
function useRefusedAnswer(network: string) {
  const answer = useQueryClient().getQueryData<InterestAnswer>(interestAnswerKey(network));
  if (!answer) return null;
  const fields = translatedFields(answer.fields, answer.fieldIssues);
  return { values: answer.values, failure: new ApiRequestError(400, 'invalid-input', '', fields) };
}

/** The form's own words for its rules, and for the server's refusals. */
function useMessages() {
  const { t } = useTranslation();
  const messages = {
    listIds: t('outreachPage.interest.listsRequired'),
    consent: t('outreachPage.interest.consentRequired'),
  };
  const serverMessages = {
    ...messages,
    name: t('validation.required'),
    email: t('validation.email'),
    consentVersion: t('outreachPage.interest.consentChanged'),
  };
  return { messages, serverMessages };
}

/** What the form holds: empty in the UI language, or what a refused post was sent with. */
function useValues(info: InterestInfo, sent: Record<string, unknown> | undefined) {
  const uiLanguage = useLanguage();
  const [values, setValues] = useState<Values>(() => {
    const empty = initialValues(info, uiLanguage);
    return sent ? valuesOf(sent, empty) : empty;
  });
  const set: SetValue = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));
  return { values, set };
}
