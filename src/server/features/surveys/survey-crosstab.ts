import { type Shown, suppressTable } from '#server/platform/small-counts.ts';
import type { LocalizedText } from '#shared/common.ts';
import { type Answers, type AnswerValue, CANT_SAY, type CrossTab, type Question } from '#shared/surveys.ts';

type Category = { value: string; label?: LocalizedText; has: (value: AnswerValue) => boolean };

const point = (value: string): Category => ({ value, has: (given) => String(given) === value });
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => point(String(from + i)));
const NPS_GROUPS: Category[] = [
  { value: 'detractors', has: (v) => Number(v) <= 6 },
  { value: 'passives', has: (v) => Number(v) === 7 || Number(v) === 8 },
  { value: 'promoters', has: (v) => Number(v) >= 9 },
];

/** A closed question's categories for a cross-tab; null for one with several or free answers. */
export function categoriesOf(question: Question): Category[] | null {
  switch (question.type) {
    case 'nps':
      return NPS_GROUPS;
    case 'likert':
      return [...range(1, 5), point(CANT_SAY)];
    case 'rating':
      return range(1, 5);
    case 'single':
      return question.options.map((o) => ({ ...point(o.id), label: o.text }));
    default:
      return null;
  }
}

const published = (cell: Shown) => (cell.hidden ? null : cell.count);
const labelled = ({ value, label }: Category) => (label ? { value, label } : { value });

/**
 * Who answered both questions, counted per pair of answers, with the small-count rule applied to the
 * table and its totals; with fewer than the minimum, every count is hidden.
 */
export function crossTab(
  rows: Category[],
  columns: Category[],
  ids: [string, string],
  answers: Answers[],
  minCount: number,
): CrossTab {
  const both = answers.filter((a) => a[ids[0]] !== undefined && a[ids[1]] !== undefined);
  const counts = rows.map((row) =>
    columns.map(
      (column) =>
        both.filter((a) => row.has(a[ids[0]] as AnswerValue) && column.has(a[ids[1]] as AnswerValue)).length,
    ),
  );
  const head = { minCount, rows: rows.map(labelled), columns: columns.map(labelled) };
  if (both.length > 0 && both.length < minCount) {
    const none = (list: unknown[]) => list.map(() => null);
    return {
      ...head,
      cells: counts.map(none),
      rowTotals: none(rows),
      columnTotals: none(columns),
      total: null,
    };
  }
  const table = suppressTable(counts, { minCount });
  return {
    ...head,
    cells: table.cells.map((row) => row.map(published)),
    rowTotals: table.rowTotals.map(published),
    columnTotals: table.columnTotals.map(published),
    total: table.total,
  };
}
