import { join } from 'node:path';
import { startApp } from '../support/app-api.ts';
import type { BareResponse } from '../support/bare-server.ts';
import { type ChildServer, startBaseline } from '../support/child-server.ts';
import { measurePair } from '../support/load.ts';
import { replayedHeaders } from '../support/replayed-headers.ts';
import { compare, machine } from '../support/report.ts';
import { makeTempDir } from '../support/resources.ts';
import type { Benchmark, BenchResult, TargetResult } from '../support/types.ts';

const SLUG = 'digin-edistajat'; // the network DEMO=1 loads
const settings = { connections: 50, durationSeconds: 5, warmupSeconds: 2, rounds: 3 };

const targets = [
  { name: 'api/networks/{slug}', path: `/api/networks/${SLUG}` },
  { name: 'n/{slug} (home page)', path: `/n/${SLUG}` },
];

type Target = (typeof targets)[number];

export const http: Benchmark = {
  name: 'http',
  description: `GET /api/networks/{slug} and the public home page, ${settings.connections} connections, median of ${settings.rounds} alternating rounds of ${settings.durationSeconds} s`,
  run,
};

async function run(): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const tmp = makeTempDir('verkosto-bench-http');
  const servers: ChildServer[] = [];
  try {
    const app = await startApp(join(tmp.path, 'data'), { DEMO: '1' });
    servers.push(app);
    const responses = await Promise.all(targets.map((t) => fetchOnce(app, t)));
    const baseline = await startBaseline(join(tmp.path, 'responses.json'), responses);
    servers.push(baseline);
    const results: TargetResult[] = [];
    for (const target of targets) results.push(await measureTarget(target, baseline, app));
    return { benchmark: 'http', startedAt, machine: machine(), settings: { ...settings }, targets: results };
  } finally {
    for (const server of servers.reverse()) await server.close();
    await tmp.close();
  }
}

/** What the app answers, byte for byte; it must be a 200 or the benchmark would measure an error page. */
async function fetchOnce(app: ChildServer, target: Target): Promise<BareResponse> {
  const response = await fetch(`${app.baseUrl}${target.path}`, { signal: AbortSignal.timeout(10_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) {
    throw new Error(
      `GET ${target.path} answered ${response.status}, not 200: ${body.toString('utf8', 0, 300)}`,
    );
  }
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  return {
    path: target.path,
    contentType,
    headers: replayedHeaders(response.headers),
    bodyBase64: body.toString('base64'),
  };
}

/** Baseline first, then the app, one after the other so they never compete for the CPU. */
async function measureTarget(target: Target, baseline: ChildServer, app: ChildServer): Promise<TargetResult> {
  const { baseline: baselineStats, app: appStats } = await measurePair(
    { url: `${baseline.baseUrl}${target.path}`, pid: baseline.pid },
    { url: `${app.baseUrl}${target.path}`, pid: app.pid },
    settings,
  );
  return compare(target.name, target.path, baselineStats, appStats);
}
