import { join } from 'node:path';
import { startApp } from '../support/app-api.ts';
import type { BareResponse } from '../support/bare-server.ts';
import { type ChildServer, startBaseline } from '../support/child-server.ts';
import { measurePair } from '../support/load.ts';
import { type PageWeight, pageWeights } from '../support/page-weight.ts';
import { getRaw, type Raw } from '../support/raw-answer.ts';
import { compare, formatTable, machine, meetsGoal } from '../support/report.ts';
import { makeTempDir } from '../support/resources.ts';
import type { Benchmark, BenchResult, TargetResult } from '../support/types.ts';

const SLUG = 'digin-edistajat'; // the network DEMO=1 loads
const settings = { connections: 50, durationSeconds: 5, warmupSeconds: 2, rounds: 3 };
/** Issue 11: a cached page at least half the bare server's req/s (rendering every time has no goal). */
const goal = { minReqPerSecRatio: 0.5 };
// What Chromium sends; the app answers brotli, so both servers send the same compressed bytes.
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
/** Gzipped JavaScript a page may load (issue 11), in kB of 1,000 bytes. */
const JS_BUDGET_KB = { home: 100, meeting: 100, 'live room': 150 } as const;

type Page = { name: keyof typeof JS_BUDGET_KB; path: string };
type Target = {
  name: string;
  path: string;
  headers: Record<string, string>;
  expectedStatus?: number;
  uniqueQuery?: string;
};
type PageWeightRow = PageWeight & { page: string; path: string; budgetKb: number; met: boolean };
export type PagesResult = BenchResult & { weights: PageWeightRow[] };

export const pages = {
  name: 'pages',
  description: `server-rendered public network and meeting pages (rendered for each request, cached first visit, and a repeat visit with the etag), ${settings.connections} connections, median of ${settings.rounds} alternating rounds of ${settings.durationSeconds} s; each public page's transferred HTML, CSS and JS against its budget`,
  run,
  format: (title: string, result: PagesResult) => `${formatTable(title, result)}\n\n${weightTable(result)}`,
} satisfies Omit<Benchmark, 'run'> & {
  run(): Promise<PagesResult>;
  format(title: string, result: PagesResult): string;
};

async function run(): Promise<PagesResult> {
  const startedAt = new Date().toISOString();
  const tmp = makeTempDir('verkosto-bench-pages');
  const servers: ChildServer[] = [];
  try {
    const app = await startApp(join(tmp.path, 'data'), { DEMO: '1' });
    servers.push(app);
    const publicPages = await publicPagesOf(app);
    const weights = await weigh(app, publicPages);
    const { targets, responses } = await targetsOf(app, publicPages.slice(0, 2));
    const baseline = await startBaseline(join(tmp.path, 'responses.json'), responses);
    servers.push(baseline);
    const results: TargetResult[] = [];
    for (const target of targets) results.push(await measureTarget(target, baseline, app));
    return {
      benchmark: 'pages',
      startedAt,
      machine: machine(),
      settings: { ...settings },
      goal,
      targets: results,
      weights,
    };
  } finally {
    for (const server of servers.reverse()) await server.close();
    await tmp.close();
  }
}

/** The home, a coming meeting's page and its live room in the demo network. */
async function publicPagesOf(app: ChildServer): Promise<Page[]> {
  const answer = await fetch(`${app.baseUrl}/api/networks/${SLUG}/events?when=upcoming&limit=1`);
  const { events } = (await answer.json()) as { events: { slug: string }[] };
  const event = events[0]?.slug;
  if (!event) throw new Error(`the demo network ${SLUG} has no coming meeting`);
  return [
    { name: 'home', path: `/n/${SLUG}` },
    { name: 'meeting', path: `/n/${SLUG}/events/${event}` },
    { name: 'live room', path: `/n/${SLUG}/live/${event}` },
  ];
}

async function weigh(app: ChildServer, publicPages: Page[]): Promise<PageWeightRow[]> {
  const weights = await pageWeights(publicPages.map((p) => `${app.baseUrl}${p.path}`));
  return publicPages.map((page, i) => {
    const weight = weights[i] as PageWeight;
    const budgetKb = JS_BUDGET_KB[page.name];
    return { page: page.name, path: page.path, ...weight, budgetKb, met: weight.jsGzip <= budgetKb * 1000 };
  });
}

/**
 * Per page: rendered for every request (each with its own query, so the page cache never has it:
 * the cost of a cold cache), a first visit to the cached page, and a repeat visit (If-None-Match,
 * expecting 304) when the page gives an etag. The baseline gets each answer's bytes and headers.
 */
async function targetsOf(app: ChildServer, measured: Page[]) {
  const targets: Target[] = [];
  const responses: BareResponse[] = [];
  for (const page of measured) {
    const first = await getRaw(`${app.baseUrl}${page.path}`, BROWSER_HEADERS);
    if (first.status !== 200) throw new Error(`GET ${page.path} answered ${first.status}, not 200`);
    targets.push({
      name: `${page.name} (rendered)`,
      path: page.path,
      headers: BROWSER_HEADERS,
      uniqueQuery: 'q',
    });
    targets.push({ name: `${page.name} (cached)`, path: page.path, headers: BROWSER_HEADERS });
    responses.push(bare(page.path, first));
    const etag = first.headers.etag;
    if (!etag) continue;
    const headers = { ...BROWSER_HEADERS, 'if-none-match': etag };
    const again = await getRaw(`${app.baseUrl}${page.path}`, headers);
    targets.push({ name: `${page.name} (repeat)`, path: page.path, headers, expectedStatus: 304 });
    responses.push({ ...bare(page.path, again), ifNoneMatch: etag });
  }
  return { targets, responses };
}

function bare(path: string, { status, headers, body }: Raw): BareResponse {
  const { 'content-type': contentType = 'text/html', ...rest } = headers;
  return { path, status, contentType, headers: rest, bodyBase64: body.toString('base64') };
}

/** Baseline first, then the app, one after the other so they never compete for the CPU. */
async function measureTarget(target: Target, baseline: ChildServer, app: ChildServer): Promise<TargetResult> {
  const request = {
    headers: target.headers,
    ...(target.expectedStatus ? { expectedStatus: target.expectedStatus } : {}),
    ...(target.uniqueQuery ? { uniqueQuery: target.uniqueQuery } : {}),
  };
  const { baseline: baselineStats, app: appStats } = await measurePair(
    { url: `${baseline.baseUrl}${target.path}`, pid: baseline.pid },
    { url: `${app.baseUrl}${target.path}`, pid: app.pid },
    settings,
    request,
  );
  const result = {
    ...compare(target.name, target.path, baselineStats, appStats),
    requestHeaders: target.headers,
  };
  return { ...result, meetsGoal: target.uniqueQuery ? null : meetsGoal(result, goal) };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(8);

function weightTable({ weights }: PagesResult): string {
  const header = `${'page'.padEnd(10)}${'HTML kB'.padStart(8)}${'CSS kB'.padStart(8)}${'JS kB'.padStart(8)}${'JS gzip'.padStart(9)}${'scripts'.padStart(9)}${'JS budget'.padStart(11)}  verdict`;
  const rows = weights.map(
    (w) =>
      `${w.page.padEnd(10)}${kb(w.html)}${kb(w.css)}${kb(w.js)}${kb(w.jsGzip).padStart(9)}${String(w.scripts).padStart(9)}${`${w.budgetKb} kB`.padStart(11)}  ${w.met ? 'met' : 'not met'}`,
  );
  const note =
    'transferred (compressed as Chromium receives it, brotli; "JS gzip" the same scripts gzipped, which the budget counts; kB = 1,000 bytes)';
  return [note, header, ...rows].join('\n');
}
