/** What one server (the bare baseline or Verkosto) achieved on one target. */
export type ServerStats = {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx responses plus connection errors (autocannon counts timeouts among its errors). */
  errors: number;
  /** Responses per HTTP status code, so a wall of 429s or 500s is visible at once. */
  statusCodes: Record<string, number>;
  /** Highest resident set size seen while this target was under load; null where /proc is missing. */
  peakRssMb: number | null;
};

export type TargetResult = {
  name: string;
  path: string;
  /** Headers sent with every request, when the target needs any (e.g. If-None-Match). */
  requestHeaders?: Record<string, string>;
  /** The status every response must have when it is not simply 2xx (e.g. 304); others are errors. */
  expectedStatus?: number;
  /** Size of the response body, bytes (0 for a 304), when the benchmark records it. */
  responseBytes?: number;
  baseline: ServerStats;
  app: ServerStats;
  /** app / baseline, comparable only within one run; null when the baseline value is 0. */
  ratio: { reqPerSec: number | null; p99: number | null };
  /** Against BenchResult.goal: ratio.reqPerSec ≥ the goal and no errors; null without a ratio. */
  meetsGoal?: boolean | null;
};

export type Machine = { cpus: number; cpuModel: string; memoryGB: number; node: string };

export type BenchResult = {
  benchmark: string;
  startedAt: string;
  machine: Machine;
  settings: Record<string, number | string | boolean>;
  /** What the benchmark's data set looked like, e.g. how many events were seeded. */
  data?: Record<string, number | string>;
  /** The lowest acceptable app / baseline ratio of req/s, for benchmarks that have a target. */
  goal?: { minReqPerSecRatio: number };
  targets: TargetResult[];
};

export type Benchmark = {
  name: string;
  /** One line printed above the table. */
  description: string;
  run(): Promise<BenchResult>;
};
