import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { MAX_IMPORT_BYTES } from '#shared/outreach.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { NativeField } from '../../../../components/form/NativeField.tsx';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { StatusMessage } from '../../../../components/StatusMessage.tsx';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { FileInput, Panel } from '../styles.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { PreviewRows } from './PreviewRows.tsx';
import { useImportWizard } from './use-import-wizard.ts';

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

const DELIMITERS: Record<string, 'tab' | 'semicolon' | 'comma'> = { '\t': 'tab', ';': 'semicolon' };

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
  const wizard = useImportWizard(network, listId, listName);
  const { form, file, preview, mapping, pending } = wizard;
  const mb = MAX_IMPORT_BYTES / 1024 / 1024;

  return (
    <form ref={form.formRef} onSubmit={wizard.showPreview} noValidate data-testid="import-form">
      <FormAlert message={form.formError} />
      <Paragraph mb="m">{t('outreachPage.import.intro')}</Paragraph>
      <NativeField
        name="file"
        label={t('outreachPage.import.file')}
        hint={t('outreachPage.import.fileHint', { mb })}
        errors={form.errors}
      >
        {(control) => (
          <FileInput
            {...control}
            key={wizard.fileKey}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(event) => wizard.chooseFile(event.target.files?.[0] ?? null)}
          />
        )}
      </NativeField>
      <ButtonRow>
        <SubmitButton pending={pending === 'preview'}>{t('outreachPage.import.preview')}</SubmitButton>
        {(file || preview) && (
          <SubmitButton type="button" variant="secondary" pending={false} onClick={() => wizard.reset(null)}>
            {t('common.cancel')}
          </SubmitButton>
        )}
      </ButtonRow>
      <StatusMessage message={wizard.notice} testId="import-status" />

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
                {t(`outreachPage.import.delimiters.${DELIMITERS[preview.delimiter] ?? 'comma'}`)}
              </dd>
            </Facts>
          )}
          <ColumnMapping
            header={wizard.header}
            mapping={mapping}
            error={wizard.mappingError}
            onChange={wizard.changeMapping}
          />
          {preview && (
            <>
              <PreviewRows preview={preview} mapping={mapping} />
              <Paragraph mb="s">{t('outreachPage.import.confirmedNote')}</Paragraph>
              {preview.counts.valid > 0 ? (
                <ButtonRow>
                  <SubmitButton type="button" pending={pending === 'import'} onClick={wizard.importRows}>
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
