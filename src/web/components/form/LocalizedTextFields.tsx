import type { ReactNode } from 'react';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import type { FieldErrors } from '../../lib/forms.ts';
import { useTranslation } from '../../lib/translation.tsx';
import { Fieldset, Hint } from './fieldStyles.ts';
import { TextAreaField } from './TextAreaField.tsx';
import { TextField } from './TextField.tsx';

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
  rows?: number;
  maxLength?: number;
  /** The legend says the text may be left out in every language. */
  optional?: boolean;
  /** Shown under each language's input (a Markdown preview), given the language and its label. */
  below?: (language: Language, labelText: string) => ReactNode;
}

/** Inputs for one text in Finnish, Swedish and English, grouped in a fieldset. */
export function LocalizedTextFields(props: LocalizedTextFieldsProps) {
  const { name, label, hint, optional } = props;
  const { t } = useTranslation();
  const hintId = `${name.replace(/\W/g, '-')}-group-hint`;
  return (
    <Fieldset aria-describedby={hint ? hintId : undefined}>
      <legend>{optional ? `${label} (${t('common.optional')})` : label}</legend>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {LANGUAGES.map((language, index) => (
        <LanguageField key={language} {...props} language={language} first={index === 0} />
      ))}
    </Fieldset>
  );
}

/** One language's input, and what is shown under it. */
function LanguageField(props: LocalizedTextFieldsProps & { language: Language; first: boolean }) {
  const { name, label, value, onChange, errors, multiline, rows, maxLength, below, language, first } = props;
  const { t } = useTranslation();
  const labelText = t('form.fieldInLanguage', { field: label, language: t(`form.inLanguage.${language}`) });
  const field = {
    name: `${name}.${language}`,
    labelText,
    value: value[language],
    onChange: (text: string) => onChange({ ...value, [language]: text }),
    errors,
    alsoErrorOf: first ? name : undefined,
    lang: language,
  };
  const input = multiline ? (
    <TextAreaField {...field} rows={rows} />
  ) : (
    <TextField {...field} maxLength={maxLength} />
  );
  return below ? (
    <div>
      {input}
      {below(language, labelText)}
    </div>
  ) : (
    input
  );
}
