import autocannon from 'autocannon';
import { withRssSampling } from './rss.ts';
import type { ServerStats } from './types.ts';

export type LoadSettings = { connections: number; durationSeconds: number; warmupSeconds: number };

/**
 * Warms the server up (JIT, caches, connection setup; results discarded), then measures
 * `url` under `connections` concurrent keep-alive connections, sampling the server's RSS throughout.
 */
export async function measure(url: string, serverPid: number, settings: LoadSettings): Promise<ServerStats> {
  const [result, peakRssMb] = await withRssSampling(serverPid, async () => {
    if (settings.warmupSeconds > 0) await fire(url, settings.connections, settings.warmupSeconds);
    return fire(url, settings.connections, settings.durationSeconds);
  });
  return { ...statsOf(result), peakRssMb };
}

function fire(url: string, connections: number, duration: number): Promise<autocannon.Result> {
  // timeout < duration so a stuck server shows up as errors instead of stretching the run.
  return autocannon({ url, connections, duration, timeout: 5 });
}

function statsOf(result: autocannon.Result): Omit<ServerStats, 'peakRssMb'> {
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = count ?? 0;
  }
  return {
    reqPerSec: Math.round(result.requests.mean),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // result.errors already includes result.timeouts; adding them again would count timeouts twice.
    errors: result.non2xx + result.errors,
    statusCodes,
  };
}
