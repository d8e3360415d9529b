import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_COUNT,
  disclosedRanges,
  type HiddenPattern,
  LOWEST_MIN_COUNT,
  minCountOf,
  type Range,
  type Shown,
  suppressList,
  suppressTable,
} from './small-counts.ts';

type Counts = number[][];
type Published = ReturnType<typeof suppressTable>;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const isSmall = (count: number, minCount: number) => count >= 1 && count < minCount;
const hiddenOf = (shown: readonly Shown[]) => shown.map((s) => s.hidden);
const rowTotalsOf = (counts: Counts) => counts.map(sum);
const columnTotalsOf = (counts: Counts) =>
  (counts[0] ?? []).map((_, j) => sum(counts.map((row) => row[j] ?? 0)));

function patternOf(published: Published): HiddenPattern {
  return {
    cells: published.cells.map(hiddenOf),
    rowTotals: hiddenOf(published.rowTotals),
    columnTotals: hiddenOf(published.columnTotals),
  };
}

const everythingHidden = (p: HiddenPattern) =>
  p.cells.flat().every(Boolean) && p.rowTotals.every(Boolean) && p.columnTotals.every(Boolean);

/**
 * An independent reader: every filling of the hidden cells (whole numbers, at least 1 where the true
 * count is not 0) that matches the published cells and totals, and the range each hidden count takes.
 */
function bruteRanges(counts: Counts, hidden: HiddenPattern) {
  const rows = rowTotalsOf(counts);
  const columns = columnTotalsOf(counts);
  const cells: [number, number][] = [];
  counts.forEach((row, i) => {
    row.forEach((_, j) => {
      if (hidden.cells[i]?.[j]) cells.push([i, j]);
    });
  });
  const need = (line: (i: number, j: number) => boolean) =>
    sum(cells.filter(([i, j]) => line(i, j)).map(([i, j]) => counts[i]?.[j] ?? 0));
  const rowLeft = rows.map((_, r) => need((i) => i === r));
  const columnLeft = columns.map((_, c) => need((_i, j) => j === c));
  const grand = { left: need(() => true) };
  const fill = counts.map((row) => row.map(() => 0));
  const ranges = new Map<string, Range>();
  const note = (key: string, value: number) => {
    const r = ranges.get(key);
    ranges.set(
      key,
      r ? { min: Math.min(r.min, value), max: Math.max(r.max, value) } : { min: value, max: value },
    );
  };
  const consistent = () =>
    grand.left === 0 &&
    rowLeft.every((left, i) => left === 0 || hidden.rowTotals[i]) &&
    columnLeft.every((left, j) => left === 0 || hidden.columnTotals[j]);
  const record = () => {
    for (const [i, j] of cells) note(`c${i},${j}`, fill[i]?.[j] ?? 0);
    const shown = counts.map((row, i) => row.map((c, j) => (hidden.cells[i]?.[j] ? (fill[i]?.[j] ?? 0) : c)));
    rowTotalsOf(shown).forEach((total, i) => {
      if (hidden.rowTotals[i]) note(`r${i}`, total);
    });
    columnTotalsOf(shown).forEach((total, j) => {
      if (hidden.columnTotals[j]) note(`k${j}`, total);
    });
  };
  const search = (k: number) => {
    const cell = cells[k];
    if (!cell) {
      if (consistent()) record();
      return;
    }
    const [i, j] = cell;
    let low = (counts[i]?.[j] ?? 0) > 0 ? 1 : 0;
    let high = grand.left;
    if (!hidden.rowTotals[i]) high = Math.min(high, rowLeft[i] ?? 0);
    if (!hidden.columnTotals[j]) high = Math.min(high, columnLeft[j] ?? 0);
    // The last hidden cell of a published row or column is whatever that line still needs.
    const rest = cells.slice(k + 1);
    if (!hidden.rowTotals[i] && !rest.some(([r]) => r === i)) low = Math.max(low, rowLeft[i] ?? 0);
    if (!hidden.columnTotals[j] && !rest.some(([, c]) => c === j)) low = Math.max(low, columnLeft[j] ?? 0);
    for (let v = low; v <= high; v++) {
      (fill[i] ?? [])[j] = v;
      rowLeft[i] = (rowLeft[i] ?? 0) - v;
      columnLeft[j] = (columnLeft[j] ?? 0) - v;
      grand.left -= v;
      search(k + 1);
      rowLeft[i] = (rowLeft[i] ?? 0) + v;
      columnLeft[j] = (columnLeft[j] ?? 0) + v;
      grand.left += v;
    }
  };
  search(0);
  return {
    cells: counts.map((row, i) =>
      row.map((_, j) => (hidden.cells[i]?.[j] ? (ranges.get(`c${i},${j}`) ?? null) : null)),
    ),
    rowTotals: rows.map((_, i) => (hidden.rowTotals[i] ? (ranges.get(`r${i}`) ?? null) : null)),
    columnTotals: columns.map((_, j) => (hidden.columnTotals[j] ? (ranges.get(`k${j}`) ?? null) : null)),
  };
}

/** The small counts of a table that a reader could prove small (their highest reading < minCount). */
function exposedCounts(counts: Counts, hidden: HiddenPattern, minCount: number): string[] {
  const ranges = disclosedRanges(counts, hidden);
  const exposed: string[] = [];
  const check = (name: string, count: number, range: Range | null) => {
    if (!isSmall(count, minCount)) return;
    if (!range) exposed.push(`${name} is shown`);
    else if (range.max < minCount) exposed.push(`${name}=${count} is within [${range.min}, ${range.max}]`);
  };
  counts.forEach((row, i) => {
    row.forEach((count, j) => {
      check(`cell ${i},${j}`, count, ranges.cells[i]?.[j] ?? null);
    });
  });
  rowTotalsOf(counts).forEach((count, i) => {
    check(`row ${i}`, count, ranges.rowTotals[i] ?? null);
  });
  columnTotalsOf(counts).forEach((count, j) => {
    check(`column ${j}`, count, ranges.columnTotals[j] ?? null);
  });
  return exposed;
}

describe('minCountOf', () => {
  it('defaults to 5, allows 3 and refuses less or fractions', () => {
    expect(minCountOf()).toBe(DEFAULT_MIN_COUNT);
    expect(DEFAULT_MIN_COUNT).toBe(5);
    expect(minCountOf(LOWEST_MIN_COUNT)).toBe(3);
    expect(minCountOf(10)).toBe(10);
    expect(() => minCountOf(2)).toThrow(RangeError);
    expect(() => minCountOf(0)).toThrow(RangeError);
    expect(() => minCountOf(4.5)).toThrow(RangeError);
    expect(() => minCountOf(Number.NaN)).toThrow(RangeError);
  });
});

describe('suppressList', () => {
  const hidden = (counts: number[], minCount?: number) => hiddenOf(suppressList(counts, { minCount }).cells);

  it('hides nothing when every count is 0 or at least the threshold', () => {
    expect(suppressList([5, 12, 0, 7])).toEqual({
      cells: [
        { count: 5, hidden: false },
        { count: 12, hidden: false },
        { count: 0, hidden: false },
        { count: 7, hidden: false },
      ],
      total: 24,
    });
  });

  it('hides a second cell, the smallest, so that the total does not give away one small cell', () => {
    expect(hidden([1, 9, 6, 30])).toEqual([true, false, true, false]);
    expect(suppressList([1, 9, 6, 30]).total).toBe(46);
  });

  it('publishes zeros', () => {
    expect(hidden([0, 2, 9, 0, 12])).toEqual([false, true, true, false, false]);
  });

  it('needs no second cell when the hidden small cells together could hold a large count', () => {
    // 3 + 4 = 7: either could be 6 with the other 1.
    expect(hidden([3, 4, 20])).toEqual([true, true, false]);
  });

  it('adds a partner when small cells only hide each other within the threshold', () => {
    // 2 + 3 = 5, both at least 1 (zeros are shown): each is at most 4, so both would be known small.
    expect(hidden([2, 3, 20])).toEqual([true, true, true]);
  });

  it('hides every cell, zeros too, when the total itself is small', () => {
    expect(suppressList([1, 2, 0])).toEqual({
      cells: [{ hidden: true }, { hidden: true }, { hidden: true }],
      total: 3,
    });
    expect(hidden([0, 4])).toEqual([true, true]);
  });

  it('hides every cell when there is nothing large to hide the small ones with', () => {
    expect(hidden([1, 1, 1, 1, 1, 0])).toEqual([true, true, true, true, true, true]);
  });

  it('follows the configured threshold, and refuses one below 3', () => {
    expect(hidden([2, 3, 10], 3)).toEqual([true, true, false]);
    // 2 + 2: each at most 3, which is no longer small when the threshold is 3, but is for 4.
    expect(hidden([2, 2, 10], 3)).toEqual([true, true, false]);
    expect(hidden([2, 2, 10], 4)).toEqual([true, true, true]);
    expect(() => suppressList([2, 3, 10], { minCount: 2 })).toThrow(RangeError);
  });

  it('refuses counts that are not whole and non-negative', () => {
    expect(() => suppressList([1, -1])).toThrow(RangeError);
    expect(() => suppressList([1.5])).toThrow(RangeError);
  });

  it('property: small counts are hidden, the rest shown as they are, and no hidden small count is provable', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 }));
    const arb = fc.record({
      counts: fc.array(count, { minLength: 1, maxLength: 8 }),
      minCount: fc.integer({ min: 3, max: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ counts, minCount }) => {
        const { cells, total } = suppressList(counts, { minCount });
        expect(total).toBe(sum(counts));
        const isHidden = hiddenOf(cells);
        cells.forEach((cell, i) => {
          if (!cell.hidden) expect(cell.count).toBe(counts[i]);
          if (isSmall(counts[i] ?? 0, minCount)) expect(cell.hidden).toBe(true);
        });
        if (isHidden.every(Boolean)) return;
        expect(counts.filter((c, i) => c === 0 && isHidden[i])).toEqual([]);
        // A reader's highest value for a hidden cell: the hidden sum less 1 for each other hidden cell.
        const hiddenSum = total - sum(cells.map((cell) => (cell.hidden ? 0 : cell.count)));
        const highest = hiddenSum - (isHidden.filter(Boolean).length - 1);
        if (isHidden.includes(true)) expect(highest).toBeGreaterThanOrEqual(minCount);
      }),
    );
  });
});

describe('disclosedRanges', () => {
  // Two hidden rectangles joined by one hidden cell (1,2): every row and column hides at least two
  // cells, yet (1,2) is a bridge between the two cycles and is solved from the totals.
  const bridged: Counts = [
    [6, 7, 20, 20],
    [8, 9, 2, 20],
    [20, 20, 6, 7],
    [20, 20, 8, 9],
  ];
  const bridge: HiddenPattern = {
    cells: [
      [true, true, false, false],
      [true, true, true, false],
      [false, false, true, true],
      [false, false, true, true],
    ],
    rowTotals: [false, false, false, false],
    columnTotals: [false, false, false, false],
  };

  it('pins the bridge cell although every row and column hides two or more cells', () => {
    const ranges = disclosedRanges(bridged, bridge);
    expect(ranges.cells[1]?.[2]).toEqual({ min: 2, max: 2 });
    expect(ranges.cells[0]?.[0]).toEqual({ min: 1, max: 12 });
    expect(bruteRanges(bridged, bridge)).toEqual(ranges);
    expect(exposedCounts(bridged, bridge, 5)).toEqual(['cell 1,2=2 is within [2, 2]']);
  });

  it('sees that a cycle through a published zero cannot move', () => {
    const counts: Counts = [
      [2, 9],
      [9, 20],
    ];
    const rectangle = {
      cells: [
        [true, true],
        [true, true],
      ],
      rowTotals: [false, false],
      columnTotals: [false, false],
    };
    expect(disclosedRanges(counts, rectangle).cells[0]?.[0]).toEqual({ min: 1, max: 10 });
    const withZero: Counts = [
      [2, 9],
      [9, 0],
    ];
    const lShape = {
      cells: [
        [true, true],
        [true, false],
      ],
      rowTotals: [false, false],
      columnTotals: [false, false],
    };
    expect(disclosedRanges(withZero, lShape).cells[0]?.[0]).toEqual({ min: 2, max: 2 });
  });

  it('property: agrees with enumerating every filling of small tables', () => {
    const arb = fc
      .record({ rows: fc.integer({ min: 1, max: 3 }), columns: fc.integer({ min: 1, max: 3 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          counts: fc.array(
            fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
            {
              minLength: rows,
              maxLength: rows,
            },
          ),
          cells: fc.array(fc.array(fc.boolean(), { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          }),
          rowTotals: fc.array(fc.boolean(), { minLength: rows, maxLength: rows }),
          columnTotals: fc.array(fc.boolean(), { minLength: columns, maxLength: columns }),
        }),
      )
      .filter(({ cells }) => cells.flat().filter(Boolean).length <= 6);
    fc.assert(
      fc.property(arb, ({ counts, ...hidden }) => {
        expect(disclosedRanges(counts, hidden)).toEqual(bruteRanges(counts, hidden));
      }),
      { numRuns: 300 },
    );
  });
});

describe('suppressTable', () => {
  const hiddenCells = (published: Published) =>
    published.cells.flatMap((row, i) => row.flatMap((cell, j) => (cell.hidden ? [`${i},${j}`] : [])));

  it('hides nothing when no count is small', () => {
    const published = suppressTable([
      [5, 0],
      [7, 9],
    ]);
    expect(published).toEqual({
      cells: [
        [
          { count: 5, hidden: false },
          { count: 0, hidden: false },
        ],
        [
          { count: 7, hidden: false },
          { count: 9, hidden: false },
        ],
      ],
      rowTotals: [
        { count: 5, hidden: false },
        { count: 16, hidden: false },
      ],
      columnTotals: [
        { count: 12, hidden: false },
        { count: 9, hidden: false },
      ],
      total: 21,
    });
  });

  it('hides the cheapest rectangle around a single small cell and keeps the totals', () => {
    const counts: Counts = [
      [2, 10, 12],
      [8, 9, 15],
      [11, 14, 20],
    ];
    const published = suppressTable(counts);
    expect(hiddenCells(published)).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(published.rowTotals.every((t) => !t.hidden)).toBe(true);
    expect(published.columnTotals.every((t) => !t.hidden)).toBe(true);
    expect(published.total).toBe(101);
    expect(exposedCounts(counts, patternOf(published), 5)).toEqual([]);
  });

  it('goes round zeros next to a small cell instead of hiding them', () => {
    const counts: Counts = [
      [2, 0, 8],
      [0, 6, 7],
      [9, 5, 10],
    ];
    const published = suppressTable(counts);
    expect(hiddenCells(published)).toEqual(['0,0', '0,2', '2,0', '2,2']);
    expect(exposedCounts(counts, patternOf(published), 5)).toEqual([]);
  });

  it('protects a small cell whose row and column partners are all zeros through the totals', () => {
    const counts: Counts = [
      [2, 0],
      [0, 9],
    ];
    const published = suppressTable(counts);
    expect(hiddenCells(published)).toEqual(['0,0', '1,1']);
    expect(hiddenOf(published.rowTotals)).toEqual([true, true]);
    expect(hiddenOf(published.columnTotals)).toEqual([true, true]);
    expect(published.total).toBe(11);
    expect(exposedCounts(counts, patternOf(published), 5)).toEqual([]);
  });

  it('hides a small row total and a second one, so the grand total does not give it away', () => {
    const counts: Counts = [
      [1, 2, 0],
      [6, 7, 8],
      [9, 10, 11],
    ];
    const published = suppressTable(counts);
    expect(published.rowTotals[0]).toEqual({ hidden: true });
    expect(hiddenOf(published.rowTotals).filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(published.cells[0]?.[2]).toEqual({ count: 0, hidden: false });
    expect(exposedCounts(counts, patternOf(published), 5)).toEqual([]);
  });

  it('does not leave the bridge that two cycles and one joining cell would', () => {
    const counts: Counts = [
      [6, 7, 20, 20],
      [8, 9, 2, 20],
      [20, 20, 6, 7],
      [20, 20, 8, 9],
    ];
    const published = suppressTable(counts);
    const ranges = disclosedRanges(counts, patternOf(published));
    expect(ranges.cells[1]?.[2]?.max).toBeGreaterThanOrEqual(5);
    expect(exposedCounts(counts, patternOf(published), 5)).toEqual([]);
  });

  it('hides everything but the grand total when the grand total is small', () => {
    const published = suppressTable([
      [1, 0],
      [2, 0],
    ]);
    expect(everythingHidden(patternOf(published))).toBe(true);
    expect(published.total).toBe(3);
  });

  it('hides everything but the grand total when there are too few people for the cells', () => {
    const published = suppressTable([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(everythingHidden(patternOf(published))).toBe(true);
    expect(published.total).toBe(6);
  });

  it('shows an all-zero table as it is', () => {
    const published = suppressTable([
      [0, 0],
      [0, 0],
    ]);
    expect(published.cells.flat()).toEqual(Array.from({ length: 4 }, () => ({ count: 0, hidden: false })));
    expect(published.total).toBe(0);
  });

  it('follows the configured threshold and refuses one below 3', () => {
    const counts: Counts = [
      [3, 10],
      [10, 10],
    ];
    expect(hiddenCells(suppressTable(counts, { minCount: 3 }))).toEqual([]);
    expect(hiddenCells(suppressTable(counts, { minCount: 4 }))).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(() => suppressTable(counts, { minCount: 2 })).toThrow(RangeError);
  });

  it('refuses ragged tables and counts that are not whole and non-negative', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1, -2]])).toThrow(RangeError);
  });

  it('is deterministic', () => {
    const counts: Counts = [
      [1, 7, 3, 12],
      [4, 0, 9, 2],
      [6, 8, 1, 15],
    ];
    expect(suppressTable(counts)).toEqual(suppressTable(counts));
  });

  it('property: small counts are hidden, the rest shown as they are, and no hidden small count is provable', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 }));
    const arb = fc
      .record({ rows: fc.integer({ min: 2, max: 5 }), columns: fc.integer({ min: 2, max: 5 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          counts: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          }),
          minCount: fc.integer({ min: 3, max: 6 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ counts, minCount }) => {
        const published = suppressTable(counts, { minCount });
        const rows = rowTotalsOf(counts);
        const columns = columnTotalsOf(counts);
        expect(published.total).toBe(sum(rows));
        const expectShown = (shown: Shown, count: number) => {
          if (!shown.hidden) expect(shown.count).toBe(count);
          if (isSmall(count, minCount)) expect(shown.hidden).toBe(true);
        };
        counts.forEach((row, i) => {
          row.forEach((c, j) => {
            expectShown(published.cells[i]?.[j] ?? { hidden: true }, c);
          });
        });
        published.rowTotals.forEach((shown, i) => {
          expectShown(shown, rows[i] ?? 0);
        });
        published.columnTotals.forEach((shown, j) => {
          expectShown(shown, columns[j] ?? 0);
        });
        const pattern = patternOf(published);
        if (!everythingHidden(pattern)) expect(exposedCounts(counts, pattern, minCount)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
