import { styled } from 'styled-components';
import { IMPORT_FIELDS } from '#shared/outreach.ts';
import { controlStyles, ErrorText, Fieldset, Hint } from '../../../../components/form/fieldStyles.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { ImportMapping } from '../../api/preview-import.ts';
import type { ImportField } from './import-steps.ts';

const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
  gap: ${tokens.space.s} ${tokens.space.m};
`;

const ColumnSelect = styled.select`
  ${controlStyles}
  display: block;
  width: 100%;
`;

const ColumnLabel = styled.label`
  display: block;
  ${tokens.type.label}
  margin-bottom: ${tokens.space.xxs};
  overflow-wrap: anywhere;
`;

interface ColumnMappingProps {
  header: string[];
  mapping: ImportMapping;
  error: string | null;
  onChange: (index: number, field: ImportField) => void;
}

/** Which column is which: one select per column of the file, named by its header. */
export function ColumnMapping({ header, mapping, error, onChange }: ColumnMappingProps) {
  const { t } = useTranslation();
  return (
    <Fieldset
      id="field-mapping"
      aria-describedby={['field-mapping-hint', error && 'field-mapping-error'].filter(Boolean).join(' ')}
    >
      <legend>{t('outreachPage.import.columns')}</legend>
      <Hint id="field-mapping-hint">{t('outreachPage.import.columnsHint')}</Hint>
      <Columns>
        {header.map((column, index) => {
          const id = `field-mapping-${index}`;
          return (
            <div key={id}>
              <ColumnLabel htmlFor={id}>
                {t('outreachPage.import.column', { number: index + 1, name: column || '–' })}
              </ColumnLabel>
              <ColumnSelect
                id={id}
                value={mapping[index] ?? 'ignore'}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'field-mapping-error' : undefined}
                onChange={(event) =>
                  onChange(index, IMPORT_FIELDS.find((f) => f === event.target.value) ?? 'ignore')
                }
              >
                {IMPORT_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {t(`outreachPage.import.field.${f}`)}
                  </option>
                ))}
              </ColumnSelect>
            </div>
          );
        })}
      </Columns>
      <div role="alert">{error && <ErrorText id="field-mapping-error">{error}</ErrorText>}</div>
    </Fieldset>
  );
}
