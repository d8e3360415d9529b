import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import type { FieldErrors } from '../../lib/forms.ts';
import { Fieldset, Hint } from './fieldStyles.ts';
import { TextAreaField, TextField } from './TextField.tsx';

export type FullText = Record<Language, string>;

interface LocalizedTextFieldsProps {
  /** Path of the text, e.g. `name` or `goals.0`; each input is `<name>.<language>`. */
  name: string;
  /** Legend of the group, and the start of each input's label ("Name in Finnish"). */
  label: string;
  hint?: string;
  value: FullText;
  onChange: (value: FullText) => void;
  errors: FieldErrors;
  multiline?: boolean;
  maxLength?: number;
}

/** Inputs for one text in Finnish, Swedish and English, grouped in a fieldset. */
export function LocalizedTextFields({
  name,
  label,
  hint,
  value,
  onChange,
  errors,
  multiline,
  maxLength,
}: LocalizedTextFieldsProps) {
  const { t } = useTranslation();
  const hintId = `${name.replace(/\W/g, '-')}-group-hint`;
  return (
    <Fieldset aria-describedby={hint ? hintId : undefined}>
      <legend>{label}</legend>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {LANGUAGES.map((language, index) => {
        const props = {
          name: `${name}.${language}`,
          labelText: t('form.fieldInLanguage', { field: label, language: t(`form.inLanguage.${language}`) }),
          value: value[language],
          onChange: (text: string) => onChange({ ...value, [language]: text }),
          errors,
          alsoErrorOf: index === 0 ? name : undefined,
          lang: language,
        };
        return multiline ? (
          <TextAreaField key={language} {...props} />
        ) : (
          <TextField key={language} {...props} maxLength={maxLength} />
        );
      })}
    </Fieldset>
  );
}
