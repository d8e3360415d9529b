import { type FullText, LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';

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
  return (
    <LocalizedTextFields
      name={name}
      label={label}
      hint={t('programme.markdownHint')}
      value={value}
      onChange={onChange}
      errors={errors}
      multiline
      rows={rows}
      optional
      below={(language, labelText) => (
        <MarkdownPreview markdown={value[language]} field={labelText} lang={language} />
      )}
    />
  );
}
