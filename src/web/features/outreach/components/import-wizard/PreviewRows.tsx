import type { ImportPreview } from '#shared/outreach.ts';
import { Table, TableScroll } from '../../../../components/DataTable.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { ImportMapping } from '../../api/preview-import.ts';
import { Counts } from '../styles.ts';
import type { ImportField } from './import-steps.ts';

const SHOWN_VALID_ROWS = 20;

/** The preview's counts, every row with a problem and why, and the first valid rows. */
export function PreviewRows({ preview, mapping }: { preview: ImportPreview; mapping: ImportMapping }) {
  const { t } = useTranslation();
  const problems = preview.rows.filter((r) => r.problem);
  const valid = preview.rows.filter((r) => !r.problem);
  const fieldLabel = (f: ImportField) => t(`outreachPage.import.field.${f}`);
  /** The valid rows show the fields some column gives, e-mail first. */
  const shownFields = (['email', 'name', 'organisation', 'organisationType', 'language'] as const).filter(
    (f) => f === 'email' || mapping.includes(f),
  );
  return (
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
                ? t('outreachPage.import.validCaptionFirst', { shown: SHOWN_VALID_ROWS, count: valid.length })
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
    </>
  );
}
