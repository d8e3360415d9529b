/**
 * npm run bench [-- NAME...]: runs the named benchmarks (default: all), prints a table for each
 * and writes bench/results/<name>.json. A new benchmark is a module in bench/benchmarks/ added to
 * the list below.
 */
import { type CampaignResult, campaign } from './benchmarks/campaign.ts';
import { events } from './benchmarks/events.ts';
import { http } from './benchmarks/http.ts';
import { live } from './benchmarks/live.ts';
import { pages } from './benchmarks/pages.ts';
import { type SurveysResult, surveys } from './benchmarks/surveys.ts';
import { formatTable, writeResult } from './support/report.ts';
import { closeAll, installCleanupHandlers } from './support/resources.ts';
import type { Benchmark, BenchResult } from './support/types.ts';

/**
 * A benchmark whose rows are not req/s (e.g. `live`) prints its own table; `format` is only ever
 * given the result of the same benchmark's `run`.
 */
type Entry = Omit<Benchmark, 'run'> & {
  run(): Promise<BenchResult | CampaignResult | SurveysResult>;
  format?(title: string, result: BenchResult | CampaignResult | SurveysResult): string;
};

const benchmarks: Entry[] = [http, events, live, campaign, pages, surveys];

const usage = `Usage: npm run bench [-- NAME...]\n\nBenchmarks:\n${benchmarks
  .map((b) => `  ${b.name.padEnd(10)} ${b.description}`)
  .join('\n')}`;

/** The benchmarks named in argv, in the order given; all of them when none is named. */
function select(argv: string[]): Entry[] {
  if (argv.length === 0) return benchmarks;
  return argv.map((name) => {
    const found = benchmarks.find((b) => b.name === name);
    if (!found)
      throw new UsageError(
        `Unknown benchmark "${name}". Known: ${benchmarks.map((b) => b.name).join(', ')}.`,
      );
    return found;
  });
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const selected = select(argv);
  installCleanupHandlers();
  for (const benchmark of selected) {
    const title = `${benchmark.name} — ${benchmark.description}`;
    console.error(`running ${benchmark.name}…`);
    const result = await benchmark.run();
    // Only benchmarks with rows of their own (live, campaign) have a format; the others give a BenchResult.
    const table = benchmark.format
      ? benchmark.format(title, result)
      : formatTable(title, result as BenchResult);
    console.log(`\n${table}\n`);
    console.error(`wrote ${await writeResult(result)}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    await closeAll();
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    }
  },
);
