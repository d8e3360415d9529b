/**
 * How long the suite lets things take. Tests wait for events (a frame, a message, a line from a
 * process, its exit), never for a guessed time; these are only the outer bounds after which a wait
 * that will never end is reported. They are generous because a machine shared with other work (CI
 * beside other jobs, two cores and a CPU hog) can be many times slower than an idle one, and a
 * suite that passes only on an idle machine is not green. TEST_TIME_SCALE multiplies them all, for
 * a machine slower still.
 */
const scale = Number(process.env.TEST_TIME_SCALE || 1);
if (!(scale > 0))
  throw new Error(`TEST_TIME_SCALE must be a positive number, not ${process.env.TEST_TIME_SCALE}`);

export const BUDGET = {
  /** One test (vitest's testTimeout). */
  test: 180_000 * scale,
  /** One beforeAll/afterAll/beforeEach/afterEach hook. */
  hook: 180_000 * scale,
  /** A test that fills and round-trips a whole installation or sends thousands of requests. */
  heavy: 600_000 * scale,
  /**
   * A test that starts the CLI or the server in processes of their own, up to a dozen times (with
   * five test runs and a CPU hog on two cores, one start took over a minute and such a test 15).
   */
  process: 1_800_000 * scale,
  /** One wait inside a test for something to happen: shorter than a test, so its own message shows. */
  wait: 90_000 * scale,
};

/** `vi.waitFor`'s options with the suite's wait budget. */
export const WAIT = { timeout: BUDGET.wait, interval: 50 } as const;
