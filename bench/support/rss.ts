import { readFileSync } from 'node:fs';

export type RssSampler = {
  /** Stops sampling (idempotent) and returns the highest RSS seen, in MB; null without /proc. */
  stop(): number | null;
};

/**
 * Samples VmRSS of `pid` every `intervalMs`. VmHWM would be simpler but is a lifetime peak, and one
 * server process is measured on several targets in turn; the maximum of VmRSS per window is not.
 */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  let peakKb: number | null = null;
  const sample = () => {
    const kb = readVmRssKb(pid);
    if (kb !== null) peakKb = Math.max(peakKb ?? 0, kb);
  };
  sample();
  let timer: NodeJS.Timeout | undefined = setInterval(sample, intervalMs);
  return {
    stop() {
      if (timer) {
        clearInterval(timer);
        timer = undefined;
        sample();
      }
      return peakKb === null ? null : Math.round((peakKb / 1024) * 10) / 10;
    },
  };
}

/** Runs `work` while sampling the RSS of `pid`; returns its value and the peak RSS in MB. */
export async function withRssSampling<T>(pid: number, work: () => Promise<T>): Promise<[T, number | null]> {
  const sampler = sampleRss(pid);
  try {
    const value = await work();
    return [value, sampler.stop()];
  } finally {
    sampler.stop();
  }
}

function readVmRssKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null; // not Linux, or the process has gone
  }
}
