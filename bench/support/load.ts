import autocannon from 'autocannon';
import { withRssSampling } from './rss.ts';
import type { ServerStats } from './types.ts';

export type LoadSettings = { connections: number; durationSeconds: number; warmupSeconds: number };

/** What each request carries and what counts as a good answer (by default any 2xx). */
export type RequestOptions = {
  headers?: Record<string, string>;
  /** The status every response should have, e.g. 304 for a revalidation; others count as errors. */
  expectedStatus?: number;
  /** Gives every request its own `?<name>=<n>`: a cache keyed by the address never has the answer. */
  uniqueQuery?: string;
};

/**
 * Warms the server up (JIT, caches, connection setup; results discarded), then measures
 * `url` under `connections` concurrent keep-alive connections, sampling the server's RSS throughout.
 */
export async function measure(
  url: string,
  serverPid: number,
  settings: LoadSettings,
  request: RequestOptions = {},
): Promise<ServerStats> {
  const [result, peakRssMb] = await withRssSampling(serverPid, async () => {
    if (settings.warmupSeconds > 0) await fire(url, settings.connections, settings.warmupSeconds, request);
    return fire(url, settings.connections, settings.durationSeconds, request);
  });
  return { ...statsOf(result, request.expectedStatus), peakRssMb };
}

/** Counts on across warm-ups and rounds, so a unique query is never sent twice in a run. */
let uniqueCounter = 0;

function fire(
  url: string,
  connections: number,
  duration: number,
  request: RequestOptions,
): Promise<autocannon.Result> {
  // timeout < duration so a stuck server shows up as errors instead of stretching the run.
  const headers = request.headers ? { headers: request.headers } : {};
  const unique = request.uniqueQuery;
  const requests = unique
    ? {
        requests: [
          {
            setupRequest: (r: { path: string }) => ({ ...r, path: `${r.path}?${unique}=${uniqueCounter++}` }),
          },
        ],
      }
    : {};
  return autocannon({
    url,
    connections,
    duration,
    timeout: 5,
    ...headers,
    ...requests,
  } as autocannon.Options);
}

function statsOf(result: autocannon.Result, expectedStatus?: number): Omit<ServerStats, 'peakRssMb'> {
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = count ?? 0;
  }
  // autocannon counts a 304 among its non-2xx; with an expected status, the wrong ones count instead.
  const wrongStatus =
    expectedStatus === undefined
      ? result.non2xx
      : Object.entries(statusCodes)
          .filter(([code]) => code !== String(expectedStatus))
          .reduce((sum, [, count]) => sum + count, 0);
  return {
    reqPerSec: Math.round(result.requests.mean),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // result.errors already includes result.timeouts; adding them again would count timeouts twice.
    errors: wrongStatus + result.errors,
    statusCodes,
  };
}

const byReqPerSec = (a: ServerStats, b: ServerStats) => a.reqPerSec - b.reqPerSec;

/**
 * Measures baseline and app in `rounds` alternating rounds and keeps each one's median round (by
 * req/s; peak RSS is the highest seen). On a 2-core machine shared with the load generator one
 * round can swing by 20 %, and a median of alternating rounds is much steadier.
 */
export async function measurePair(
  baseline: { url: string; pid: number },
  app: { url: string; pid: number },
  settings: LoadSettings & { rounds: number },
  request: RequestOptions = {},
): Promise<{ baseline: ServerStats; app: ServerStats }> {
  const rounds: { baseline: ServerStats[]; app: ServerStats[] } = { baseline: [], app: [] };
  for (let round = 0; round < settings.rounds; round++) {
    const warm = { ...settings, warmupSeconds: round === 0 ? settings.warmupSeconds : 0 };
    rounds.baseline.push(await measure(baseline.url, baseline.pid, warm, request));
    rounds.app.push(await measure(app.url, app.pid, warm, request));
  }
  const median = (all: ServerStats[]): ServerStats => {
    const middle = [...all].sort(byReqPerSec)[Math.floor(all.length / 2)] as ServerStats;
    const rss = all.flatMap((s) => (s.peakRssMb === null ? [] : [s.peakRssMb]));
    return { ...middle, peakRssMb: rss.length ? Math.max(...rss) : null };
  };
  return { baseline: median(rounds.baseline), app: median(rounds.app) };
}
