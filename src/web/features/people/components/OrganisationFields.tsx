import { useDeferredValue } from 'react';
import { ORGANISATION_TYPES, OrganisationInputSchema } from '#shared/people.ts';
import { Fieldset } from '../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useOrganisationSearch } from '../api/search-organisations.ts';

export interface OrganisationValue {
  name: string;
  /** One of ORGANISATION_TYPES, or '' when not chosen. */
  type: string;
}

interface OrganisationFieldsProps {
  value: OrganisationValue;
  onChange: (value: OrganisationValue) => void;
  errors: FieldErrors;
}

/**
 * The organisation's name, with known organisations as suggestions (a native datalist), and its
 * type. Picking a known organisation fills in its type; a new name needs a type chosen.
 */
export function OrganisationFields({ value, onChange, errors }: OrganisationFieldsProps) {
  const { t } = useTranslation();
  const query = useDeferredValue(value.name);
  const suggestions = useOrganisationSearch(query).data?.organisations ?? [];

  function setName(name: string) {
    const known = suggestions.find((o) => o.name.toLowerCase() === name.trim().toLowerCase());
    onChange({ name, type: known ? known.type : value.type });
  }

  return (
    <Fieldset>
      <legend>{t('profile.organisation.legend')}</legend>
      <TextField
        name="organisation.name"
        labelText={t('profile.organisation.name')}
        hintText={t('profile.organisation.nameHint')}
        optionalText={t('common.optional')}
        value={value.name}
        onChange={setName}
        errors={errors}
        alsoErrorOf="organisation"
        autoComplete="organization"
        list="organisation-suggestions"
        maxLength={maxLengthOf(OrganisationInputSchema, 'name')}
      />
      <datalist id="organisation-suggestions">
        {suggestions.map((organisation) => (
          <option key={organisation.id} value={organisation.name} />
        ))}
      </datalist>
      <SelectField
        name="organisation.type"
        label={t('profile.organisation.type')}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
        emptyOption={t('common.choose')}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
        errors={errors}
      />
    </Fieldset>
  );
}
