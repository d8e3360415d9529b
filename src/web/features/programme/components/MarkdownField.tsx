import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '#shared/languages.ts';
import { Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import type { FullText } from '../../../components/form/LocalizedTextFields.tsx';
import { TextAreaField } from '../../../components/form/TextField.tsx';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';

interface MarkdownFieldProps {
  /** Path of the text; each language's input is `<name>.<language>`. */
  name: string;
  label: string;
  value: FullText;
  onChange: (value: FullText) => void;
  errors: FieldErrors;
  rows?: number;
}

/**
 * An optional Markdown text in Finnish, Swedish and English, such as a meeting's introduction:
 * one input per language, each with its preview below it.
 */
export function MarkdownField({ name, label, value, onChange, errors, rows }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const hintId = `${name.replace(/\W/g, '-')}-group-hint`;
  return (
    <Fieldset aria-describedby={hintId}>
      <legend>
        {label} ({t('common.optional')})
      </legend>
      <Hint id={hintId}>{t('programme.markdownHint')}</Hint>
      {LANGUAGES.map((language) => {
        const labelText = t('form.fieldInLanguage', {
          field: label,
          language: t(`form.inLanguage.${language}`),
        });
        return (
          <div key={language}>
            <TextAreaField
              name={`${name}.${language}`}
              labelText={labelText}
              value={value[language]}
              onChange={(text) => onChange({ ...value, [language]: text })}
              errors={errors}
              rows={rows}
              lang={language}
            />
            <MarkdownPreview markdown={value[language]} field={labelText} lang={language} />
          </div>
        );
      })}
    </Fieldset>
  );
}
