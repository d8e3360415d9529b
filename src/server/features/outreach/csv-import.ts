import { parse } from 'csv-parse/sync';
import { translator } from '#server/platform/i18n.ts';
import { EmailSchema, LANGUAGES, LanguageSchema } from '#shared/common.ts';
import type { IMPORT_FIELDS, ImportPreview, ImportRow } from '#shared/outreach.ts';
import { ORGANISATION_TYPES, type OrganisationType, OrganisationTypeSchema } from '#shared/people.ts';
import { isStorableText } from '#shared/storable.ts';

type Field = (typeof IMPORT_FIELDS)[number];
export type ParsedFile = Pick<ImportPreview, 'encoding' | 'delimiter' | 'header'> & {
  records: string[][];
  /** The line of the file each record starts on (quoted fields may span lines). */
  lines: number[];
};

/** Why a file cannot be imported; `code` is the API error's code, for clients to explain it. */
export class ImportFileError extends Error {
  readonly code: 'import-not-csv' | 'import-no-rows' | 'import-one-column';
  constructor(code: ImportFileError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Text of a spreadsheet export: UTF-8 (with or without a byte order mark) when it decodes as
 * such, else Windows-1252, which is what spreadsheet programs on Windows write by default.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: ImportPreview['encoding'] } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter that splits the first line into the most columns (Finnish Excel writes ";"). */
function detectDelimiter(text: string): ImportPreview['delimiter'] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => firstLine.split(d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
}

export function parseFile(bytes: Uint8Array): ParsedFile {
  const { text, encoding } = decode(bytes);
  // Decoding never leaves a lone surrogate, so this finds NUL bytes: a binary file, not a table.
  if (!isStorableText(text))
    throw new ImportFileError('import-not-csv', 'The file is not text (it holds NUL bytes).');
  const delimiter = detectDelimiter(text);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof parsed; // the types do not follow the info option
  } catch (error) {
    throw new ImportFileError('import-not-csv', `The file is not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...rest] = parsed.map((p) => p.record);
  const lines = parsed
    .slice(1)
    .map(({ record, info }) => info.lines - (record.join('').match(/\n/g)?.length ?? 0));
  if (!header || rest.length === 0)
    throw new ImportFileError('import-no-rows', 'The file has no rows under its header line.');
  // One column is fine for a plain list of addresses; otherwise the delimiter was not recognised.
  if (header.length < 2 && !EmailSchema.safeParse(rest[0]?.[0] ?? '').success) {
    throw new ImportFileError(
      'import-one-column',
      'Only one column was found; separate the columns with commas, semicolons or tabs.',
    );
  }
  return { encoding, delimiter, header, records: rest, lines };
}

const GUESSES: [Field, RegExp][] = [
  ['email', /e-?mail|sähköposti|e-post|osoite/i],
  ['organisationType', /type|tyyppi|typ/i],
  ['organisation', /organi[sz]ation|organisaatio|organisation|kunta|virasto|employer/i],
  ['language', /lang|kieli|språk/i],
  ['name', /name|nimi|namn/i],
];

/** A first mapping from the header: each column to the field its title suggests, once each. */
export function guessMapping(header: string[]): Field[] {
  const used = new Set<Field>();
  return header.map((title) => {
    const found = GUESSES.find(([field, pattern]) => !used.has(field) && pattern.test(title));
    if (!found) return 'ignore';
    used.add(found[0]);
    return found[0];
  });
}

/** Every row with its values by field and the first problem found, if any. */
export function previewRows(file: ParsedFile, mapping: Field[], existing: Set<string>): ImportRow[] {
  const seen = new Set<string>();
  return file.records.map((record, i) => {
    const value = (field: Field) => {
      const column = mapping.indexOf(field);
      return column >= 0 ? (record[column] ?? '').trim() : '';
    };
    const email = EmailSchema.safeParse(value('email'));
    const address = email.success ? email.data : value('email');
    const type = value('organisationType');
    const row = {
      line: file.lines[i] ?? i + 2,
      email: address,
      name: value('name'),
      organisation: value('organisation'),
      organisationType: organisationTypeOf(type) ?? type,
      language: value('language').toLowerCase(),
    };
    let problem: ImportRow['problem'] = null;
    if (!email.success) problem = 'invalid-email';
    else if (seen.has(address)) problem = 'duplicate-in-file';
    else if (existing.has(address)) problem = 'already-on-list';
    else if (type && !organisationTypeOf(type)) problem = 'invalid-type';
    else if (row.language && !LanguageSchema.safeParse(row.language).success) problem = 'invalid-language';
    seen.add(address);
    return { ...row, problem };
  });
}

/** Spreadsheets hold labels ("Kunta", "Kommun", "Municipality") as well as our keys. */
const typeByLabel = new Map(
  LANGUAGES.flatMap((language) => {
    const t = translator(language);
    return ORGANISATION_TYPES.map((key) => [t(`organisationTypes.${key}`).toLowerCase(), key] as const);
  }),
);

function organisationTypeOf(value: string): OrganisationType | null {
  const key = OrganisationTypeSchema.safeParse(value);
  return key.success ? key.data : (typeByLabel.get(value.toLowerCase()) ?? null);
}

export function countRows(rows: ImportRow[]): ImportPreview['counts'] {
  const duplicates = rows.filter(
    (r) => r.problem === 'duplicate-in-file' || r.problem === 'already-on-list',
  ).length;
  const valid = rows.filter((r) => r.problem === null).length;
  return { total: rows.length, valid, invalid: rows.length - valid - duplicates, duplicates };
}
