/**
 * Small-count suppression: the one disclosure rule for survey results, participation analytics and
 * reports. A count of 1..minCount-1 people is never published (a 0 is: nobody is in it); the reader
 * sees it hidden.
 *
 * Secondary suppression, and the criterion it meets. A reader knows every published cell and total,
 * that hidden counts are whole numbers, and (because zeros are published) that a hidden cell is
 * at least 1 (0 for the rare zero hidden as a last resort). A hidden small count is protected when
 * some filling of the hidden cells that agrees with all of that gives it a value of at least
 * minCount: the published numbers never prove that the group is small (and, its true value being
 * below minCount, they never pin it either). Small row and column totals are hidden and protected
 * the same way. The one exception: when nothing left to hide can meet this (a grand total below
 * minCount, or too few people for the cells there are), everything but the grand total is hidden.
 *
 * A reader's range for a hidden count is found exactly, as flows: the hidden cells of a table whose
 * published totals are fixed form a transportation problem, so the highest value of one of them is
 * its true value plus a maximum flow around it (integral, since such systems are totally unimodular).
 * Protection is greedy: while some small count is exposed, hide the cheapest cells and totals (by
 * their size) that close a cycle through it with enough room, and check everything again.
 *
 * A hidden secondary cell is shown like a small one; a user interface must not label it "< N" as a
 * fact, or a reader learns bounds that undo the protection (say "hidden", with N in a note).
 */

export const DEFAULT_MIN_COUNT = 5;
/** Statistics Finland's minimum for a published group. */
export const LOWEST_MIN_COUNT = 3;

/** A published count: the number, or hidden (the reader sees "< N"). */
export type Shown = { count: number; hidden: false } | { hidden: true };

/** The configured threshold; a bad value is a configuration error, not something to round away. */
export function minCountOf(configured?: number): number {
  if (configured === undefined) return DEFAULT_MIN_COUNT;
  if (!Number.isInteger(configured)) throw new RangeError(`The minimum count must be whole: ${configured}.`);
  if (configured < LOWEST_MIN_COUNT) {
    throw new RangeError(`The minimum count is at least ${LOWEST_MIN_COUNT}: ${configured}.`);
  }
  return configured;
}

const isSmall = (count: number, minCount: number) => count >= 1 && count < minCount;
const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
const shown = (count: number, hidden: boolean): Shown =>
  hidden ? { hidden: true } : { count, hidden: false };

function checkCounts(counts: readonly number[]): void {
  for (const count of counts) {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`A count must be whole and ≥ 0: ${count}.`);
  }
}

/** A one-way breakdown whose total is published (e.g. answers per option of a question, with n). */
export function suppressList(
  counts: readonly number[],
  options: { minCount?: number } = {},
): { cells: Shown[]; total: number } {
  const minCount = minCountOf(options.minCount);
  checkCounts(counts);
  const hidden = hiddenInList(counts, minCount);
  return { cells: counts.map((count, i) => shown(count, hidden[i] ?? true)), total: sum(counts) };
}

/**
 * With only the total known, a hidden cell can be as high as the hidden sum less 1 for each other
 * hidden cell. One partner of at least minCount always suffices; the smallest one loses least.
 */
function hiddenInList(counts: readonly number[], minCount: number): boolean[] {
  const hidden = counts.map((count) => isSmall(count, minCount));
  if (!hidden.includes(true)) return hidden;
  const reach = () => sum(counts.filter((_, i) => hidden[i])) - hidden.filter(Boolean).length + 1;
  if (reach() >= minCount) return hidden;
  let partner = -1;
  counts.forEach((count, i) => {
    if (!hidden[i] && count > 0 && (partner < 0 || count < (counts[partner] ?? 0))) partner = i;
  });
  if (partner >= 0) hidden[partner] = true;
  return reach() >= minCount ? hidden : counts.map(() => true);
}

// ---- Tables ---------------------------------------------------------------------------------

type Counts = readonly (readonly number[])[];
type Table = { counts: Counts; rowTotals: number[]; columnTotals: number[]; total: number };
/** What is hidden in a table: its cells, row totals and column totals. */
export type HiddenPattern = { cells: boolean[][]; rowTotals: boolean[]; columnTotals: boolean[] };
type Item =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'row'; row: number }
  | { kind: 'column'; column: number };

/** A two-way table (rows × columns) whose row totals, column totals and grand total are published. */
export function suppressTable(
  counts: readonly (readonly number[])[],
  options: { minCount?: number } = {},
): { cells: Shown[][]; rowTotals: Shown[]; columnTotals: Shown[]; total: number } {
  const minCount = minCountOf(options.minCount);
  const table = tableOf(counts);
  const pattern = isSmall(table.total, minCount) ? everything(table) : protect(table, minCount);
  return {
    cells: counts.map((row, i) => row.map((count, j) => shown(count, pattern.cells[i]?.[j] ?? true))),
    rowTotals: table.rowTotals.map((count, i) => shown(count, pattern.rowTotals[i] ?? true)),
    columnTotals: table.columnTotals.map((count, j) => shown(count, pattern.columnTotals[j] ?? true)),
    total: table.total,
  };
}

function tableOf(counts: Counts): Table {
  const columns = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== columns) throw new RangeError('Every row of a table has the same number of columns.');
    checkCounts(row);
  }
  const columnTotals = Array.from({ length: columns }, (_, j) => sum(counts.map((row) => row[j] ?? 0)));
  const rowTotals = counts.map(sum);
  return { counts, rowTotals, columnTotals, total: sum(rowTotals) };
}

function everything(table: Table): HiddenPattern {
  return {
    cells: table.counts.map((row) => row.map(() => true)),
    rowTotals: table.rowTotals.map(() => true),
    columnTotals: table.columnTotals.map(() => true),
  };
}

/** Every cell and total in a fixed order, so that the same table is always suppressed the same way. */
function itemsOf(table: Table): Item[] {
  const items: Item[] = [];
  table.counts.forEach((row, i) => {
    for (let j = 0; j < row.length; j++) items.push({ kind: 'cell', row: i, column: j });
  });
  for (let i = 0; i < table.rowTotals.length; i++) items.push({ kind: 'row', row: i });
  for (let j = 0; j < table.columnTotals.length; j++) items.push({ kind: 'column', column: j });
  return items;
}

function countOf(table: Table, item: Item): number {
  if (item.kind === 'cell') return table.counts[item.row]?.[item.column] ?? 0;
  if (item.kind === 'row') return table.rowTotals[item.row] ?? 0;
  return table.columnTotals[item.column] ?? 0;
}

function isHidden(pattern: HiddenPattern, item: Item): boolean {
  if (item.kind === 'cell') return pattern.cells[item.row]?.[item.column] ?? false;
  if (item.kind === 'row') return pattern.rowTotals[item.row] ?? false;
  return pattern.columnTotals[item.column] ?? false;
}

function hide(pattern: HiddenPattern, item: Item): void {
  if (item.kind === 'cell') {
    const row = pattern.cells[item.row];
    if (row) row[item.column] = true;
  } else if (item.kind === 'row') pattern.rowTotals[item.row] = true;
  else pattern.columnTotals[item.column] = true;
}

function protect(table: Table, minCount: number): HiddenPattern {
  const pattern: HiddenPattern = {
    cells: table.counts.map((row) => row.map((count) => isSmall(count, minCount))),
    rowTotals: table.rowTotals.map((count) => isSmall(count, minCount)),
    columnTotals: table.columnTotals.map((count) => isSmall(count, minCount)),
  };
  const sensitive = itemsOf(table).filter((item) => isSmall(countOf(table, item), minCount));
  for (;;) {
    const exposed = firstExposed(table, pattern, sensitive, minCount);
    if (!exposed) return pattern;
    const partners = partnersFor(table, pattern, exposed, minCount);
    if (!partners) return everything(table);
    for (const item of partners) hide(pattern, item);
  }
}

// ---- Hidden counts as flows -------------------------------------------------------------------
//
// Nodes: 0 feeds the row totals, 1 drains the column totals, then one per row and column. A cell is
// an arc row → column, a row total an arc 0 → row, a column total an arc column → 1, each carrying
// its count; every node is balanced and the grand total fixes 0 and 1. Published arcs are fixed, so
// the readings consistent with a publication are the balanced flows on the hidden arcs that keep
// each at or above its lowest possible value: the residual network below holds only those arcs.

const ROW_TOTALS = 0;
const COLUMN_TOTALS = 1;
const rowNode = (row: number) => 2 + row;
const columnNode = (table: Table, column: number) => 2 + table.rowTotals.length + column;
const nodeCount = (table: Table) => 2 + table.rowTotals.length + table.columnTotals.length;

/** One hidden quantity as an arc; a total carries all of itself, so its room never depends on its cells. */
type Variable = { item: Item; from: number; to: number; count: number; low: number };

function variableOf(table: Table, item: Item): Variable {
  const count = countOf(table, item);
  if (item.kind === 'cell') {
    return {
      item,
      from: rowNode(item.row),
      to: columnNode(table, item.column),
      count,
      low: count > 0 ? 1 : 0,
    };
  }
  const ends =
    item.kind === 'row'
      ? { from: ROW_TOTALS, to: rowNode(item.row) }
      : { from: columnNode(table, item.column), to: COLUMN_TOTALS };
  return { item, ...ends, count, low: 0 };
}

/** Residual arcs: arc `a` goes to `head[a]` with `room[a]` left; `a ^ 1` is its reverse. */
type Network = { head: number[]; room: number[]; out: number[][] };

/** A hidden quantity can rise without limit (balance bounds it) and fall to its lowest value. */
function networkOf(table: Table, pattern: HiddenPattern, except?: Item): Network {
  const net: Network = { head: [], room: [], out: Array.from({ length: nodeCount(table) }, () => []) };
  for (const item of itemsOf(table)) {
    if (!isHidden(pattern, item) || (except && sameItem(item, except))) continue;
    const v = variableOf(table, item);
    net.out[v.from]?.push(net.head.length);
    net.head.push(v.to);
    net.room.push(Number.POSITIVE_INFINITY);
    net.out[v.to]?.push(net.head.length);
    net.head.push(v.from);
    net.room.push(v.count - v.low);
  }
  return net;
}

function sameItem(a: Item, b: Item): boolean {
  return a.kind === b.kind && countKey(a) === countKey(b);
}

function countKey(item: Item): string {
  return item.kind === 'cell'
    ? `${item.row},${item.column}`
    : item.kind === 'row'
      ? `${item.row}`
      : `${item.column}`;
}

/** The arcs of a shortest path with room from source to sink (breadth first), if there is one. */
function augmentingPath(net: Network, source: number, sink: number): number[] | undefined {
  const via = net.out.map(() => -1);
  const queue = [source];
  for (let k = 0; k < queue.length && via[sink] === -1; k++) {
    for (const arc of net.out[queue[k] ?? 0] ?? []) {
      const next = net.head[arc] ?? 0;
      if ((net.room[arc] ?? 0) > 0 && via[next] === -1 && next !== source) {
        via[next] = arc;
        queue.push(next);
      }
    }
  }
  if (via[sink] === -1) return undefined;
  const arcs: number[] = [];
  for (let node = sink; node !== source; node = net.head[(via[node] ?? 0) ^ 1] ?? source)
    arcs.push(via[node] ?? 0);
  return arcs;
}

/** Edmonds–Karp, stopping once `limit` is reached; leaves `net` as the residual of that flow. */
function maxFlow(net: Network, source: number, sink: number, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  while (total < limit) {
    const arcs = augmentingPath(net, source, sink);
    if (!arcs) break;
    const push = Math.min(limit - total, ...arcs.map((arc) => net.room[arc] ?? 0));
    for (const arc of arcs) {
      net.room[arc] = (net.room[arc] ?? 0) - push;
      net.room[arc ^ 1] = (net.room[arc ^ 1] ?? 0) + push;
    }
    total += push;
  }
  return total;
}

/** The lowest and highest value a reader can give a hidden count. */
export type Range = { min: number; max: number };

function rangeOf(table: Table, pattern: HiddenPattern, item: Item): Range {
  const v = variableOf(table, item);
  const up = maxFlow(networkOf(table, pattern, item), v.to, v.from);
  const down = maxFlow(networkOf(table, pattern, item), v.from, v.to, v.count - v.low);
  return { min: v.count - down, max: v.count + up };
}

/**
 * What a reader can work out from a table published with `hidden`: for each hidden cell and total
 * its lowest and highest possible value (null where it is shown), under the reader model above.
 */
export function disclosedRanges(
  counts: readonly (readonly number[])[],
  hidden: HiddenPattern,
): { cells: (Range | null)[][]; rowTotals: (Range | null)[]; columnTotals: (Range | null)[] } {
  const table = tableOf(counts);
  const range = (item: Item) => (isHidden(hidden, item) ? rangeOf(table, hidden, item) : null);
  return {
    cells: counts.map((row, i) => row.map((_, j) => range({ kind: 'cell', row: i, column: j }))),
    rowTotals: table.rowTotals.map((_, i) => range({ kind: 'row', row: i })),
    columnTotals: table.columnTotals.map((_, j) => range({ kind: 'column', column: j })),
  };
}

// ---- Protection -------------------------------------------------------------------------------

/** A small count whose highest reading is below minCount, with the residual at that highest reading. */
type Exposed = { variable: Variable; reach: number; net: Network };

function firstExposed(
  table: Table,
  pattern: HiddenPattern,
  sensitive: readonly Item[],
  minCount: number,
): Exposed | undefined {
  for (const item of sensitive) {
    const variable = variableOf(table, item);
    const net = networkOf(table, pattern, item);
    const reach = variable.count + maxFlow(net, variable.to, variable.from, minCount - variable.count);
    if (reach < minCount) return { variable, reach, net };
  }
  return undefined;
}

/**
 * What to hide next for an exposed count: the cheapest cycle through it with room for the rise it
 * needs, else one with any room (it is then checked again). Zeros are used only when nothing else
 * gives room; undefined when nothing at all does.
 */
function partnersFor(
  table: Table,
  pattern: HiddenPattern,
  exposed: Exposed,
  minCount: number,
): Item[] | undefined {
  for (const zeros of [false, true]) {
    const arcs = [...residualArcs(exposed.net), ...candidateArcs(table, pattern, zeros)];
    for (const need of [minCount - exposed.reach, 1]) {
      const route = cheapestRoute(arcs, nodeCount(table), exposed.variable.to, exposed.variable.from, need);
      if (route) return route.flatMap((arc) => (arc.item ? [arc.item] : []));
    }
  }
  return undefined;
}

/** An arc for the route search; `item` is set when taking it means hiding that item. */
type Arc = { from: number; to: number; room: number; cost: number; item?: Item };

function residualArcs(net: Network): Arc[] {
  return net.head.map((to, arc) => ({ from: net.head[arc ^ 1] ?? 0, to, room: net.room[arc] ?? 0, cost: 0 }));
}

/** Shown cells and totals that could be hidden; hiding costs their size (zeros cost most). */
function candidateArcs(table: Table, pattern: HiddenPattern, zeros: boolean): Arc[] {
  const arcs: Arc[] = [];
  for (const item of itemsOf(table)) {
    if (isHidden(pattern, item) || (!zeros && countOf(table, item) === 0)) continue;
    const v = variableOf(table, item);
    const cost = v.count > 0 ? v.count : table.total + 1;
    arcs.push({ from: v.from, to: v.to, room: Number.POSITIVE_INFINITY, cost, item });
    arcs.push({ from: v.to, to: v.from, room: v.count - v.low, cost, item });
  }
  return arcs;
}

/** Dijkstra over the arcs with at least `need` room; ties go to the lower node, then the earlier arc. */
function cheapestRoute(arcs: readonly Arc[], nodes: number, source: number, sink: number, need: number) {
  const cost = Array.from({ length: nodes }, (_, node) => (node === source ? 0 : Number.POSITIVE_INFINITY));
  const via: (Arc | undefined)[] = Array.from({ length: nodes }, () => undefined);
  const done = cost.map(() => false);
  for (let node = nearest(cost, done); node >= 0 && node !== sink; node = nearest(cost, done)) {
    done[node] = true;
    for (const arc of arcs) {
      const through = (cost[node] ?? 0) + arc.cost;
      if (arc.from === node && arc.room >= need && through < (cost[arc.to] ?? 0)) {
        cost[arc.to] = through;
        via[arc.to] = arc;
      }
    }
  }
  if (cost[sink] === Number.POSITIVE_INFINITY) return undefined;
  const route: Arc[] = [];
  for (let arc = via[sink]; arc; arc = arc.from === source ? undefined : via[arc.from]) route.push(arc);
  return route;
}

function nearest(cost: readonly number[], done: readonly boolean[]): number {
  let best = -1;
  cost.forEach((c, node) => {
    if (!done[node] && c < Number.POSITIVE_INFINITY && (best < 0 || c < (cost[best] ?? 0))) best = node;
  });
  return best;
}
