import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form/TextField.tsx';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';

interface MarkdownFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  rows?: number;
}

/** An optional Markdown text, such as a meeting's introduction, with its preview below it. */
export function MarkdownField({ name, label, value, onChange, errors, rows }: MarkdownFieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        name={name}
        labelText={label}
        hintText={t('programme.markdownHint')}
        optionalText={t('common.optional')}
        value={value}
        onChange={onChange}
        errors={errors}
        rows={rows}
      />
      <MarkdownPreview markdown={value} field={label} />
    </>
  );
}
