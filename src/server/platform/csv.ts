import { stringify } from 'csv-stringify/sync';

type Cell = string | number | boolean | null;

/** A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it. */
const spreadsheetSafe = (cell: Cell) => {
  const text = cell === null ? '' : String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

type Options = { delimiter?: ',' | ';' };

/**
 * CSV for spreadsheet programs: UTF-8 with a byte order mark, CRLF, no formulas from data; `;`
 * between fields for a Finnish Excel.
 */
export function toCsv(header: string[], rows: Cell[][], options: Options = {}): string {
  return `\uFEFF${csvLines([header, ...rows], options)}`;
}

/** More rows for a file that `toCsv(header, [])` began, for writing a long file in parts. */
export function csvLines(rows: Cell[][], { delimiter = ',' }: Options = {}): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetSafe)),
    { record_delimiter: 'windows', delimiter },
  );
}
