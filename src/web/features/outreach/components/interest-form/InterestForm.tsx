import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type InterestForm as InterestFormInput, InterestFormSchema } from '#shared/outreach.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import type { InterestInfo } from '../../api/get-interest-form.ts';
import { useSubmitInterest } from '../../api/submit-interest.ts';
import { AboutYouFields } from './AboutYouFields.tsx';
import { BotTrap } from './BotTrap.tsx';
import { CheckYourEmail } from './CheckYourEmail.tsx';
import { ChoiceFields } from './ChoiceFields.tsx';
import { ConsentField } from './ConsentField.tsx';
import { initialValues, type SetValue, type Values } from './interest-values.ts';

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
  const uiLanguage = useLanguage();
  const form = useFormState();
  const submit = useSubmitInterest(network);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [values, setValues] = useState<Values>(() => initialValues(info, uiLanguage));
  const set: SetValue = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));

  const messages = {
    listIds: t('outreachPage.interest.listsRequired'),
    consent: t('outreachPage.interest.consentRequired'),
  };

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
      form.fail(error, {
        fields: {
          ...messages,
          name: t('validation.required'),
          email: t('validation.email'),
          consentVersion: t('outreachPage.interest.consentChanged'),
        },
      });
    }
  }

  if (sentTo) return <CheckYourEmail email={sentTo} back={back} />;

  return (
    <form ref={form.formRef} onSubmit={send} noValidate data-testid="interest-form">
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
