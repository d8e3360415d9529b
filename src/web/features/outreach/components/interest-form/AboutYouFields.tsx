import { InterestFormSchema } from '#shared/outreach.ts';
import { ORGANISATION_TYPES } from '#shared/people.ts';
import { Fieldset } from '../../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { TextField } from '../../../../components/form/TextField.tsx';
import type { FieldErrors } from '../../../../lib/forms.ts';
import { maxLengthOf } from '../../../../lib/limits.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { SetValue, Values } from './interest-values.ts';

interface FieldsProps {
  values: Values;
  set: SetValue;
  errors: FieldErrors;
}

/** Who is signing up: name and address, and optionally their organisation and role. */
export function AboutYouFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <legend>{t('outreachPage.interest.aboutYou')}</legend>
      <TextField
        name="name"
        labelText={t('outreachPage.interest.name')}
        value={values.name}
        onChange={set('name')}
        errors={errors}
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
        errors={errors}
        autoComplete="email"
        maxLength={maxLengthOf(InterestFormSchema, 'email')}
        required
      />
      <OrganisationFields values={values} set={set} errors={errors} />
    </Fieldset>
  );
}

/** The optional part: where they work and as what. */
function OrganisationFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="organisation"
        labelText={t('outreachPage.interest.organisation')}
        optionalText={t('common.optional')}
        value={values.organisation}
        onChange={set('organisation')}
        errors={errors}
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
        errors={errors}
      />
      <TextField
        name="role"
        labelText={t('outreachPage.interest.role')}
        hintText={t('outreachPage.interest.roleHint')}
        optionalText={t('common.optional')}
        value={values.role}
        onChange={set('role')}
        errors={errors}
        autoComplete="organization-title"
        maxLength={maxLengthOf(InterestFormSchema, 'role')}
      />
    </>
  );
}
