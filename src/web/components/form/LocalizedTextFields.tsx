import { type ReactNode, useState } from 'react';
import { styled } from 'styled-components';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import type { FieldErrors } from '../../lib/forms.ts';
import { useMainLanguage } from '../../lib/localized.ts';
import { tokens } from '../../lib/theme.ts';
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
  /** Folds the other languages as a text of several lines does, for a one-line text too. */
  folded?: boolean;
  rows?: number;
  maxLength?: number;
  /** The legend says the text may be left out in every language. */
  optional?: boolean;
  /** Shown under each language's input (a Markdown preview), given the language and its label. */
  below?: (language: Language, labelText: string) => ReactNode;
}

const Summary = styled.summary`
  ${tokens.type.label}
  color: ${tokens.highlight};
  cursor: pointer;
  margin-bottom: ${tokens.space.s};
  width: fit-content;
`;

/**
 * Inputs for one text in Finnish, Swedish and English, grouped in a fieldset. A text of several
 * lines (or a `folded` one) shows the network's main language first and folds the others, each
 * with its preview, into a disclosure: open when one of them is written or has an error.
 */
export function LocalizedTextFields(props: LocalizedTextFieldsProps) {
  const { name, label, hint, optional } = props;
  const folded = props.multiline || props.folded;
  const { t } = useTranslation();
  const main = useMainLanguage();
  const hintId = `${name.replace(/\W/g, '-')}-group-hint`;
  const ordered = folded ? [main, ...LANGUAGES.filter((l) => l !== main)] : [...LANGUAGES];
  const fields = ordered.map((language, index) => (
    <LanguageField key={language} {...props} language={language} first={index === 0} />
  ));
  return (
    <Fieldset aria-describedby={hint ? hintId : undefined}>
      <legend>{optional ? `${label} (${t('common.optional')})` : label}</legend>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {folded ? (
        <>
          {fields[0]}
          <OtherLanguages {...props} languages={ordered.slice(1)}>
            {fields.slice(1)}
          </OtherLanguages>
        </>
      ) : (
        fields
      )}
    </Fieldset>
  );
}

/** The languages other than the main one, behind "Introduction in Swedish and in English". */
function OtherLanguages({
  name,
  label,
  value,
  errors,
  languages,
  children,
}: LocalizedTextFieldsProps & { languages: Language[]; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => languages.some((language) => value[language].trim() !== ''));
  const failed = languages.some((language) => errors[`${name}.${language}`]);
  const [first, second] = languages.map((language) => t(`form.inLanguage.${language}`));
  return (
    <details open={open || failed} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <Summary>{t('form.fieldInLanguages', { field: label, first, second })}</Summary>
      {children}
    </details>
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
