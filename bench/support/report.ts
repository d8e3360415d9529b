import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { resultsDir } from './paths.ts';
import type { BenchResult, Machine, ServerStats, TargetResult } from './types.ts';

export function machine(): Machine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

/** app / baseline to two decimals; null when the baseline is 0 (the ratio would be meaningless). */
export function ratio(app: number, baseline: number): number | null {
  return baseline > 0 ? Math.round((app / baseline) * 100) / 100 : null;
}

export function compare(name: string, path: string, baseline: ServerStats, app: ServerStats): TargetResult {
  return {
    name,
    path,
    baseline,
    app,
    ratio: { reqPerSec: ratio(app.reqPerSec, baseline.reqPerSec), p99: ratio(app.p99Ms, baseline.p99Ms) },
  };
}

const columns = [
  ['target', 26],
  ['server', 9],
  ['req/s', 9],
  ['p50 ms', 8],
  ['p99 ms', 8],
  ['errors', 8],
  ['peak RSS MB', 13],
  ['req/s ratio', 13],
  ['p99 ratio', 10],
] as const;

/** Columns of a printed table: label and width. */
export type Columns = readonly (readonly [label: string, width: number])[];

/** One table line: the first two columns are names (left-aligned), the rest numbers (right-aligned). */
export function tableRow(table: Columns, cells: string[]): string {
  return cells
    .map((cell, i) => {
      const width = table[i]?.[1] ?? 10;
      return i < 2 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ')
    .trimEnd();
}

const row = (cells: string[]) => tableRow(columns, cells);

export const num = (n: number | null, digits = 0) => (n === null ? '–' : n.toFixed(digits));

function serverRow(target: string, server: string, s: ServerStats, ratios?: TargetResult['ratio']): string {
  return row([
    target,
    server,
    num(s.reqPerSec),
    num(s.p50Ms, 1),
    num(s.p99Ms, 1),
    num(s.errors),
    num(s.peakRssMb, 1),
    ratios ? num(ratios.reqPerSec, 2) : '',
    ratios ? num(ratios.p99, 2) : '',
  ]);
}

/** The printed table: a baseline row and an app row (with the ratios) per target. */
export function formatTable(title: string, result: BenchResult): string {
  const lines = [title, row(columns.map(([label]) => label))];
  for (const t of result.targets) {
    lines.push(serverRow(t.name, 'baseline', t.baseline), serverRow(t.name, 'verkosto', t.app, t.ratio));
  }
  return [...lines, ...warnings(result), ...goalLines(result)].join('\n');
}

/** Whether `target` reaches `goal`: a high enough req/s ratio, and no errors (a fast error proves nothing). */
export function meetsGoal(target: TargetResult, goal: NonNullable<BenchResult['goal']>): boolean | null {
  if (target.ratio.reqPerSec === null) return null;
  return target.ratio.reqPerSec >= goal.minReqPerSecRatio && target.app.errors === 0;
}

/** One line per target saying whether it meets the benchmark's goal, when it has one. */
function goalLines(result: BenchResult): string[] {
  const goal = result.goal;
  if (!goal) return [];
  // A target the benchmark set `meetsGoal: null` for, though it has a ratio, has no goal (a stress row).
  const withGoal = result.targets.filter((t) => !(t.meetsGoal === null && t.ratio.reqPerSec !== null));
  return withGoal.map((t) => {
    const met = t.meetsGoal ?? meetsGoal(t, goal);
    const verdict = met === null ? 'unknown' : met ? 'met' : 'not met';
    const why = met === false && t.app.errors > 0 ? `, ${t.app.errors} errors` : '';
    return `target ${goal.minReqPerSecRatio} × baseline req/s: ${verdict} (${num(t.ratio.reqPerSec, 2)}${why}) — ${t.name}`;
  });
}

/** One line per server that answered anything but 2xx, with the status codes, so errors are not missed. */
function warnings(result: BenchResult): string[] {
  return result.targets.flatMap((t) =>
    (
      [
        ['baseline', t.baseline],
        ['verkosto', t.app],
      ] as const
    )
      .filter(([, s]) => s.errors > 0)
      .map(([server, s]) => {
        const codes = Object.entries(s.statusCodes)
          .map(([code, count]) => `${code}×${count}`)
          .join(', ');
        return `warning: ${t.name} on ${server}: ${s.errors} errors (status codes: ${codes || 'none'})`;
      }),
  );
}

/** Writes bench/results/<benchmark>.json and returns its path. */
export async function writeResult(result: { benchmark: string }): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `${result.benchmark}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
