import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { IMPORT_FIELDS, type ImportPreview, MAX_IMPORT_BYTES } from '#shared/outreach.ts';
import { Table, TableScroll } from '../../../components/DataTable.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow, controlStyles, ErrorText, Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { NativeField } from '../../../components/form/NativeField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { requestErrorMessage, serverFieldErrors } from '../../../lib/forms.ts';
import { tokens } from '../../../lib/theme.ts';
import { type ImportMapping, previewImport, runImport } from '../api/import.ts';
import { useRefreshLists } from '../api/lists.ts';
import { Counts, FileInput, Panel } from './styles.ts';

const SHOWN_VALID_ROWS = 20;

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

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${tokens.space.xxs} ${tokens.space.s};
  margin: 0 0 ${tokens.space.m};
  ${tokens.type.body}
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

interface ImportWizardProps {
  network: string;
  listId: string;
  listName: string;
}

/**
 * Importing a CSV file in three steps: choose the file, check the preview (detected encoding and
 * delimiter, which column is which, what is wrong with which row), then import. Nothing is saved
 * before the last button.
 */
export function ImportWizard({ network, listId, listName }: ImportWizardProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const refresh = useRefreshLists(network);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [header, setHeader] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [pending, setPending] = useState<'preview' | 'import' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function reset(message: string | null) {
    setFile(null);
    setFileKey((k) => k + 1);
    setHeader([]);
    setMapping(null);
    setPreview(null);
    setMappingError(null);
    setNotice(message);
    form.clear();
  }

  function summary(p: ImportPreview) {
    return t('outreachPage.import.previewReady', {
      count: p.counts.total,
      valid: p.counts.valid,
      invalid: p.counts.invalid,
      duplicates: p.counts.duplicates,
    });
  }

  async function showPreview(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setNotice(null);
    const chosen = form.validate(
      z.object({ file: z.custom<File>((value) => value instanceof File) }),
      { file },
      { file: t('outreachPage.import.chooseFile') },
    );
    if (!chosen || !file) return;
    setPending('preview');
    try {
      const result = await previewImport(network, listId, file, null);
      form.clear();
      setHeader(result.header);
      setMapping(result.mapping);
      setPreview(result);
      setMappingError(null);
      setNotice(summary(result));
    } catch (error) {
      setPreview(null);
      setHeader([]);
      setMapping(null);
      form.fail(error, { fields: { file: fileMessage(error) } });
    } finally {
      setPending(null);
    }
  }

  /** The server's reason for refusing the file, in the UI language (by its error code). */
  function fileMessage(error: unknown): string {
    const reasons: Record<string, string> = {
      'import-no-file': t('outreachPage.import.chooseFile'),
      too_large: t('outreachPage.import.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
      'import-no-rows': t('outreachPage.import.noRows'),
      'import-one-column': t('outreachPage.import.oneColumn'),
      'import-not-csv': t('outreachPage.import.notCsv'),
    };
    return (isApiError(error) && reasons[error.code]) || serverFieldErrors(error).file || '';
  }

  async function changeMapping(index: number, field: (typeof IMPORT_FIELDS)[number]) {
    if (!file || !mapping) return;
    const next = mapping.map((f, i) => (i === index ? field : f));
    setMapping(next);
    setPending('preview');
    setNotice(null);
    try {
      const result = await previewImport(network, listId, file, next);
      setPreview(result);
      setMappingError(null);
      setNotice(summary(result));
    } catch (error) {
      setPreview(null);
      const fields = serverFieldErrors(error);
      setMappingError(
        fields.mapping ? t('outreachPage.import.oneEmailColumn') : requestErrorMessage(error, t),
      );
    } finally {
      setPending(null);
    }
  }

  async function importRows() {
    if (!file || !mapping || !preview || pending) return;
    setPending('import');
    try {
      const result = await runImport(network, listId, file, mapping);
      await refresh();
      reset(t('outreachPage.import.done', { count: result.added, skipped: result.skipped, list: listName }));
    } catch (error) {
      form.fail(error, { fields: { file: fileMessage(error) } });
    } finally {
      setPending(null);
    }
  }

  const problems = preview?.rows.filter((r) => r.problem) ?? [];
  const valid = preview?.rows.filter((r) => !r.problem) ?? [];
  const fieldLabel = (f: (typeof IMPORT_FIELDS)[number]) => t(`outreachPage.import.field.${f}`);
  /** The valid rows show the fields some column gives, e-mail first. */
  const shownFields = (['email', 'name', 'organisation', 'organisationType', 'language'] as const).filter(
    (f) => f === 'email' || mapping?.includes(f),
  );

  return (
    <form ref={form.formRef} onSubmit={showPreview} noValidate data-testid="import-form">
      <FormAlert message={form.formError} />
      <Paragraph mb="m">{t('outreachPage.import.intro')}</Paragraph>
      <NativeField
        name="file"
        label={t('outreachPage.import.file')}
        hint={t('outreachPage.import.fileHint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}
        errors={form.errors}
      >
        {(control) => (
          <FileInput
            {...control}
            key={fileKey}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setHeader([]);
              setMapping(null);
              setMappingError(null);
            }}
          />
        )}
      </NativeField>
      <ButtonRow>
        <SubmitButton pending={pending === 'preview'}>{t('outreachPage.import.preview')}</SubmitButton>
        {(file || preview) && (
          <SubmitButton type="button" variant="secondary" pending={false} onClick={() => reset(null)}>
            {t('common.cancel')}
          </SubmitButton>
        )}
      </ButtonRow>
      <StatusMessage message={notice} testId="import-status" />

      {mapping && (
        <Panel data-testid="import-preview">
          <Heading variant="h4" mb="s">
            {t('outreachPage.import.previewHeading')}
          </Heading>
          {preview && (
            <Facts>
              <dt>{t('outreachPage.import.fileName')}</dt>
              <dd>{file?.name}</dd>
              <dt>{t('outreachPage.import.encoding')}</dt>
              <dd data-testid="import-encoding">{t(`outreachPage.import.encodings.${preview.encoding}`)}</dd>
              <dt>{t('outreachPage.import.delimiter')}</dt>
              <dd data-testid="import-delimiter">
                {t(
                  `outreachPage.import.delimiters.${preview.delimiter === '\t' ? 'tab' : preview.delimiter === ';' ? 'semicolon' : 'comma'}`,
                )}
              </dd>
            </Facts>
          )}
          <Fieldset
            id="field-mapping"
            aria-describedby={['field-mapping-hint', mappingError && 'field-mapping-error']
              .filter(Boolean)
              .join(' ')}
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
                      aria-invalid={mappingError ? true : undefined}
                      aria-describedby={mappingError ? 'field-mapping-error' : undefined}
                      onChange={(event) =>
                        changeMapping(index, IMPORT_FIELDS.find((f) => f === event.target.value) ?? 'ignore')
                      }
                    >
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {fieldLabel(f)}
                        </option>
                      ))}
                    </ColumnSelect>
                  </div>
                );
              })}
            </Columns>
            <div role="alert">
              {mappingError && <ErrorText id="field-mapping-error">{mappingError}</ErrorText>}
            </div>
          </Fieldset>

          {preview && (
            <>
              <Counts data-testid="import-counts">
                <div>
                  <dt>{t('outreachPage.import.counts.total')}</dt>
                  <dd>{preview.counts.total}</dd>
                </div>
                <div>
                  <dt>{t('outreachPage.import.counts.valid')}</dt>
                  <dd>{preview.counts.valid}</dd>
                </div>
                <div>
                  <dt>{t('outreachPage.import.counts.invalid')}</dt>
                  <dd>{preview.counts.invalid}</dd>
                </div>
                <div>
                  <dt>{t('outreachPage.import.counts.duplicates')}</dt>
                  <dd>{preview.counts.duplicates}</dd>
                </div>
              </Counts>
              {problems.length > 0 && (
                <TableScroll tabIndex={0} role="region" aria-labelledby="import-problems-caption">
                  <Table data-testid="import-problems">
                    <caption id="import-problems-caption">
                      {t('outreachPage.import.problemsCaption', { count: problems.length })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('outreachPage.import.line')}</th>
                        <th scope="col">{fieldLabel('email')}</th>
                        <th scope="col">{fieldLabel('name')}</th>
                        <th scope="col">{t('outreachPage.import.problem')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {problems.map((row) => (
                        <tr key={row.line}>
                          <td>{row.line}</td>
                          <td>{row.email}</td>
                          <td>{row.name}</td>
                          <td>{row.problem && t(`outreachPage.import.problems.${row.problem}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </TableScroll>
              )}
              {valid.length > 0 && (
                <TableScroll tabIndex={0} role="region" aria-labelledby="import-valid-caption">
                  <Table data-testid="import-valid">
                    <caption id="import-valid-caption">
                      {valid.length > SHOWN_VALID_ROWS
                        ? t('outreachPage.import.validCaptionFirst', {
                            shown: SHOWN_VALID_ROWS,
                            count: valid.length,
                          })
                        : t('outreachPage.import.validCaption', { count: valid.length })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('outreachPage.import.line')}</th>
                        {shownFields.map((f) => (
                          <th scope="col" key={f}>
                            {fieldLabel(f)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {valid.slice(0, SHOWN_VALID_ROWS).map((row) => (
                        <tr key={row.line}>
                          <td>{row.line}</td>
                          {shownFields.map((f) => (
                            <td key={f}>{row[f]}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </TableScroll>
              )}
              <Paragraph mb="s">{t('outreachPage.import.confirmedNote')}</Paragraph>
              {preview.counts.valid > 0 ? (
                <ButtonRow>
                  <SubmitButton type="button" pending={pending === 'import'} onClick={importRows}>
                    {t('outreachPage.import.submit', { count: preview.counts.valid })}
                  </SubmitButton>
                </ButtonRow>
              ) : (
                <Paragraph>{t('outreachPage.import.nothingToImport')}</Paragraph>
              )}
            </>
          )}
        </Panel>
      )}
    </form>
  );
}
