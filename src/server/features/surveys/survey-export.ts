import { toCsv } from '#server/platform/csv.ts';
import { translator } from '#server/platform/i18n.ts';
import { type Language, type LocalizedText, localized } from '#shared/common.ts';
import type { Question, SurveyExportFormat, SurveyResults } from '#shared/surveys.ts';
import { conditionValues } from '#shared/surveys.ts';

/**
 * A survey's results as files: one row per answer a question can have (its count, or blank where
 * the small-count rule hides it), with the question's n, mean and NPS, and a codebook that says
 * what every column and value means. Exports carry counts only, never an answer row: the rule
 * holds in a spreadsheet as on the page.
 */
type Cell = string | number | null;
type Table = { header: string[]; rows: Cell[][] };
export type SurveyExport = {
  survey: { id: string; title: LocalizedText; version: number };
  results: SurveyResults;
  questions: Question[];
};

const RESULT_COLUMNS = [
  'question',
  'question_text',
  'type',
  'row',
  'value',
  'label',
  'count',
  'hidden',
  'n',
  'mean',
  'nps',
  'nps_low',
  'nps_high',
];
const CODEBOOK_COLUMNS = ['question', 'type', 'core_item', 'text', 'required', 'shown_if', 'values'];

/** The results table: a question's points, or each row's points for a matrix. */
export function resultTable(data: SurveyExport, language: Language, main: Language): Table {
  const text = (value: LocalizedText | undefined) => (value ? localized(value, language, main) : '');
  const rows = data.results.questions.flatMap((q) => {
    const head = [q.id, text(q.text), q.type];
    const summary = [q.n, q.mean, q.nps?.score ?? null, q.nps?.low ?? null, q.nps?.high ?? null];
    const parts =
      q.rows.length > 0
        ? q.rows.map((row) => ({ row: row.id, points: row.points }))
        : [{ row: '', points: q.points }];
    const lines = parts.flatMap(({ row, points }) =>
      points.map((p) => [
        ...head,
        row,
        p.value,
        text(p.label),
        p.count,
        p.count === null ? 'yes' : 'no',
        ...summary,
      ]),
    );
    return lines.length > 0 ? lines : [[...head, '', '', '', null, 'no', ...summary]];
  });
  return { header: RESULT_COLUMNS, rows };
}

/** What each question and each of its values means, in the export's language. */
export function codebookTable(questions: Question[], language: Language, main: Language): Table {
  const t = translator(language);
  const text = (value: LocalizedText) => localized(value, language, main);
  const rows = questions.map((q) => {
    const condition = q.showIf ? `${q.showIf.question} ∈ {${q.showIf.anyOf.join(', ')}}` : '';
    return [
      q.id,
      q.type,
      q.core ?? '',
      text(q.text),
      q.required ? 'yes' : 'no',
      condition,
      valuesOf(q, text, t),
    ];
  });
  return { header: CODEBOOK_COLUMNS, rows };
}

function valuesOf(
  question: Question,
  text: (value: LocalizedText) => string,
  t: ReturnType<typeof translator>,
) {
  if ('options' in question) return question.options.map((o) => `${o.id} = ${text(o.text)}`).join('; ');
  if (question.type === 'likert' || question.type === 'likert-matrix') {
    const rows =
      'rows' in question ? `${question.rows.map((r) => `${r.id} = ${text(r.text)}`).join('; ')} | ` : '';
    return `${rows}${t('surveys.export.likertValues')}`;
  }
  if (question.type === 'nps') return t('surveys.export.npsValues');
  return question.type === 'rating'
    ? t('surveys.export.ratingValues')
    : (conditionValues(question)?.join(', ') ?? t('surveys.export.freeText'));
}

/** Finnish Excel reads `;` between fields and a decimal comma. */
const semicolonCells = (rows: Cell[][]) =>
  rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : cell)));

export function csvOf(table: Table, format: 'csv' | 'csv-semicolon'): string {
  if (format === 'csv') return toCsv(table.header, table.rows);
  return toCsv(table.header, semicolonCells(table.rows), { delimiter: ';' });
}

/** Both tables as one workbook: results first, then the codebook. */
export async function xlsxOf(
  tables: { results: Table; codebook: Table },
  names: [string, string],
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const [table, name] of [
    [tables.results, names[0]],
    [tables.codebook, names[1]],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_TYPES: Record<SurveyExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'csv-semicolon': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};
