import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { LANGUAGES, type Language } from '#shared/common.ts';
import { type InterestForm as InterestFormInput, InterestFormSchema } from '#shared/outreach.ts';
import { ORGANISATION_TYPES } from '#shared/people.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow, ErrorText, Fieldset } from '../../../components/form/fieldStyles.ts';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { fieldId } from '../../../lib/forms.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { tokens } from '../../../lib/theme.ts';
import type { InterestInfo } from '../api/get-interest-form.ts';
import { useSubmitInterest } from '../api/submit-interest.ts';
import { CheckboxList } from './CheckboxList.tsx';

/** The form's own check: the same as the server's, with messages of its own for the choices. */
const ClientSchema = InterestFormSchema.extend({
  listIds: z.array(z.string()).refine((ids) => ids.length > 0),
  consent: z.boolean().refine((given) => given),
  consentVersion: z.string(),
});

const ConsentBox = styled.fieldset`
  border: 1px solid ${tokens.border};
  border-radius: 2px;
  background: ${tokens.surface};
  max-width: 48rem;
  box-sizing: border-box;
  margin: 0 0 ${tokens.space.l};
  padding: ${tokens.space.s} ${tokens.space.m} ${tokens.space.m};
  min-width: 0;

  & > legend {
    ${tokens.type.semiBold}
    background: ${tokens.surface};
    padding: 0 ${tokens.space.xxs};
  }
`;

const ConsentText = styled.p`
  ${tokens.type.body}
  margin: 0 0 ${tokens.space.s};
`;

const Agree = styled.div`
  display: flex;
  align-items: center;
  gap: ${tokens.space.xs};
  input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: ${tokens.highlight};
  }
  input:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  label {
    ${tokens.type.semiBold}
    cursor: pointer;
  }
`;

/** The bot trap: out of sight and out of the keyboard's and screen readers' way; bots fill it. */
const Trap = styled.div`
  position: absolute;
  left: -10000px;
  top: auto;
  width: 1px;
  height: 1px;
  overflow: hidden;
`;

const Done = styled.div`
  border-left: 4px solid ${tokens.success};
  background: ${tokens.surfaceAlt};
  padding: ${tokens.space.m};
  max-width: 45rem;

  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

interface Values {
  name: string;
  email: string;
  organisation: string;
  organisationType: string;
  role: string;
  topics: string[];
  language: Language;
  listIds: string[];
  consent: boolean;
  website: string;
}

/** Checks the answer once the form has been sent: the focus moves here, so it is read out. */
function CheckYourEmail({ email, back }: { email: string; back: React.ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Done data-testid="interest-done">
      <Heading variant="h2" mb="s" tabIndex={-1} ref={ref}>
        {t('outreachPage.interest.doneHeading')}
      </Heading>
      <Paragraph mb="s">{t('outreachPage.interest.doneText', { email })}</Paragraph>
      <Paragraph mb="m">{t('outreachPage.interest.doneNothingYet')}</Paragraph>
      {back}
    </Done>
  );
}

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
  const [values, setValues] = useState<Values>(() => ({
    name: '',
    email: '',
    organisation: '',
    organisationType: '',
    role: '',
    topics: [],
    language: uiLanguage,
    listIds: info.lists.length === 1 && info.lists[0] ? [info.lists[0].id] : [],
    consent: false,
    website: '',
  }));
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

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

  const consentError = form.errors.consent;
  const consentId = fieldId('consent');
  return (
    <form ref={form.formRef} onSubmit={send} noValidate data-testid="interest-form">
      <FormAlert message={form.formError} />
      <Fieldset>
        <legend>{t('outreachPage.interest.aboutYou')}</legend>
        <TextField
          name="name"
          labelText={t('outreachPage.interest.name')}
          value={values.name}
          onChange={set('name')}
          errors={form.errors}
          autoComplete="name"
          maxLength={maxLengthOf(InterestFormSchema, 'name')}
          required
        />
        <TextField
          name="email"
          type="email"
          labelText={t('outreachPage.interest.email')}
          hintText={t('outreachPage.interest.emailHint')}
          value={values.email}
          onChange={set('email')}
          errors={form.errors}
          autoComplete="email"
          maxLength={maxLengthOf(InterestFormSchema, 'email')}
          required
        />
        <TextField
          name="organisation"
          labelText={t('outreachPage.interest.organisation')}
          optionalText={t('common.optional')}
          value={values.organisation}
          onChange={set('organisation')}
          errors={form.errors}
          autoComplete="organization"
          maxLength={maxLengthOf(InterestFormSchema, 'organisation')}
        />
        <SelectField
          name="organisationType"
          label={t('outreachPage.interest.organisationType')}
          value={values.organisationType}
          onChange={set('organisationType')}
          emptyOption={t('common.notSpecified')}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
          errors={form.errors}
        />
        <TextField
          name="role"
          labelText={t('outreachPage.interest.role')}
          hintText={t('outreachPage.interest.roleHint')}
          optionalText={t('common.optional')}
          value={values.role}
          onChange={set('role')}
          errors={form.errors}
          autoComplete="organization-title"
          maxLength={maxLengthOf(InterestFormSchema, 'role')}
        />
      </Fieldset>
      {info.topics.length > 0 && (
        <CheckboxList
          name="topics"
          legend={t('outreachPage.interest.topics')}
          hint={t('outreachPage.interest.topicsHint')}
          options={info.topics.map((topic) => ({ value: topic, label: topic }))}
          selected={values.topics}
          onChange={set('topics')}
          errors={form.errors}
        />
      )}
      <CheckboxList
        name="listIds"
        legend={t('outreachPage.interest.lists')}
        hint={t('outreachPage.interest.listsHint')}
        options={info.lists.map((list) => ({
          value: list.id,
          label: list.name,
          description: list.description || undefined,
        }))}
        selected={values.listIds}
        onChange={set('listIds')}
        errors={form.errors}
      />
      <RadioGroupField
        name="language"
        legend={t('outreachPage.interest.language')}
        value={values.language}
        onChange={(language) => set('language')(LANGUAGES.find((l) => l === language) ?? 'fi')}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: t(`languageNames.${language}`),
          lang: language,
        }))}
      />
      <ConsentBox>
        <legend>{t('outreachPage.interest.consentLegend')}</legend>
        <ConsentText id="consent-text">{t('outreach.consent')}</ConsentText>
        <Agree>
          <input
            id={consentId}
            name="consent"
            type="checkbox"
            checked={values.consent}
            onChange={(event) => set('consent')(event.target.checked)}
            aria-required="true"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={['consent-text', consentError && `${consentId}-error`]
              .filter(Boolean)
              .join(' ')}
          />
          <label htmlFor={consentId}>{t('outreachPage.interest.consentAgree')}</label>
        </Agree>
        {consentError && <ErrorText id={`${consentId}-error`}>{consentError}</ErrorText>}
      </ConsentBox>
      <Trap aria-hidden="true">
        <label htmlFor="field-website">{t('outreachPage.interest.trap')}</label>
        <input
          id="field-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(event) => set('website')(event.target.value)}
        />
      </Trap>
      <ButtonRow>
        <SubmitButton pending={submit.isPending}>{t('outreachPage.interest.submit')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}
