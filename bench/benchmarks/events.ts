import { join } from 'node:path';
import { call, FETCH_TIMEOUT_MS, signInAsAdmin, startApp } from '../support/app-api.ts';
import type { BareResponse } from '../support/bare-server.ts';
import { type ChildServer, startBaseline } from '../support/child-server.ts';
import { measurePair } from '../support/load.ts';
import { replayedHeaders } from '../support/replayed-headers.ts';
import { compare, machine, meetsGoal } from '../support/report.ts';
import { makeTempDir } from '../support/resources.ts';
import type { Benchmark, BenchResult, TargetResult } from '../support/types.ts';

const SLUG = 'bench-network';
const EMAIL = 'bench@example.org';
const settings = { connections: 50, durationSeconds: 5, warmupSeconds: 2, rounds: 3 };
const goal = { minReqPerSecRatio: 0.5 };

type Target = {
  name: string;
  path: string;
  headers?: Record<string, string>;
  /** Set when the good answer is not a 200. */
  expectedStatus?: number;
  /** Body size of the app's answer, filled in once it has been fetched. */
  responseBytes?: number;
};

export const events: Benchmark = {
  name: 'events',
  description: `upcoming-events API and calendar feed (5 years of monthly events), ${settings.connections} connections, median of ${settings.rounds} alternating rounds of ${settings.durationSeconds} s; target ≥ ${goal.minReqPerSecRatio} × baseline req/s`,
  run,
};

async function run(): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const tmp = makeTempDir('verkosto-bench-events');
  const servers: ChildServer[] = [];
  try {
    const dataDir = join(tmp.path, 'data');
    const app = await startApp(dataDir);
    servers.push(app);
    const data = await seed(app, dataDir);
    const { targets, responses } = await recordTargets(app);
    const baseline = await startBaseline(join(tmp.path, 'responses.json'), responses);
    servers.push(baseline);
    for (const target of targets) await checkBaseline(baseline, target, responses);
    const results: TargetResult[] = [];
    for (const target of targets) results.push(await measureTarget(target, baseline, app));
    return {
      benchmark: 'events',
      startedAt,
      machine: machine(),
      settings: { ...settings },
      data,
      goal,
      targets: results,
    };
  } finally {
    for (const server of servers.reverse()) await server.close();
    await tmp.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Seeding, through the public API as an organiser would

/** Signs in, creates the network and a monthly series from two years ago to three years ahead. */
async function seed(app: ChildServer, dataDir: string): Promise<Record<string, number | string>> {
  const cookie = await signInAsAdmin(app, dataDir, EMAIL);
  await call(app, 'POST', '/api/networks', cookie, { slug: SLUG, name: { fi: 'Bench' } }, 201);
  const now = new Date();
  const startDate = localDate(new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), 1)));
  const until = localDate(new Date(Date.UTC(now.getUTCFullYear() + 3, now.getUTCMonth(), now.getUTCDate())));
  const created = (await call(
    app,
    'POST',
    `/api/networks/${SLUG}/series`,
    cookie,
    {
      title: 'Kuukausitapaaminen',
      meetingUrl: 'https://meet.example.org/x',
      rule: {
        rrule: 'FREQ=MONTHLY;BYDAY=1FR',
        startDate,
        startTime: '09:00',
        durationMinutes: 90,
        timeZone: 'Europe/Helsinki',
        until,
      },
    },
    201,
  )) as { events: { startsAt: string }[] };
  // What an anonymous visitor sees, counted with the API's largest page.
  const count = async (when: string) =>
    (
      (await call(app, 'GET', `/api/networks/${SLUG}/events?when=${when}&limit=500`, '', undefined, 200)) as {
        events: unknown[];
      }
    ).events.length;
  const upcoming = await count('upcoming');
  const past = await count('past');
  if (created.events.length < 50 || upcoming === 0 || past === 0) {
    throw new Error(
      `the series gave ${created.events.length} events (${past} past, ${upcoming} upcoming); expected about 60, half of them upcoming`,
    );
  }
  const starts = created.events.map((e) => e.startsAt).sort();
  return {
    events: created.events.length,
    pastEvents: past,
    upcomingEvents: upcoming,
    firstStartsAt: starts[0] ?? '',
    lastStartsAt: starts.at(-1) ?? '',
  };
}

/** YYYY-MM-DD of a UTC date. */
const localDate = (date: Date) => date.toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Targets and the baseline

/**
 * Fetches each target once, anonymously, and keeps the answer for the baseline. The revalidation
 * target needs the feed's ETag, so it is only known after the first fetch of the feed.
 */
async function recordTargets(app: ChildServer): Promise<{ targets: Target[]; responses: BareResponse[] }> {
  const eventsTarget: Target = {
    name: 'events?when=upcoming',
    path: `/api/networks/${SLUG}/events?when=upcoming`,
  };
  const feedTarget: Target = { name: 'n/{slug}/calendar.ics', path: `/n/${SLUG}/calendar.ics` };
  const eventsResponse = await fetchOnce(app, eventsTarget);
  const feed = await fetchOnce(app, feedTarget);
  const etag = feed.headers.etag;
  if (!etag) throw new Error(`GET ${feedTarget.path} sent no ETag`);
  const revalidateTarget: Target = {
    name: 'calendar.ics If-None-Match',
    path: feedTarget.path,
    headers: { 'if-none-match': etag },
    expectedStatus: 304,
  };
  const notModified = await fetchOnce(app, revalidateTarget);
  eventsTarget.responseBytes = eventsResponse.body.length;
  feedTarget.responseBytes = feed.body.length;
  revalidateTarget.responseBytes = notModified.body.length;
  return {
    targets: [eventsTarget, feedTarget, revalidateTarget],
    responses: [
      // Each answer is replayed with its status, headers and body: the same bytes on the wire.
      toBare(eventsResponse),
      toBare(feed),
      { ...toBare(notModified), ifNoneMatch: etag },
    ],
  };
}

type Recorded = {
  target: Target;
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: Buffer;
};

/** What the app answers, byte for byte; it must be the expected status, not an error page. */
async function fetchOnce(server: ChildServer, target: Target): Promise<Recorded> {
  const response = await fetch(`${server.baseUrl}${target.path}`, {
    headers: target.headers,
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const expected = target.expectedStatus ?? 200;
  if (response.status !== expected) {
    throw new Error(
      `GET ${target.path} (${server.name}) answered ${response.status}, not ${expected}: ${body.toString('utf8', 0, 300)}`,
    );
  }
  if (response.headers.has('content-encoding')) {
    throw new Error(`GET ${target.path} came compressed; the baseline would not serve the same bytes`);
  }
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  return { target, status: response.status, contentType, headers: replayedHeaders(response.headers), body };
}

function toBare(r: Recorded): BareResponse {
  return {
    path: r.target.path,
    status: r.status,
    contentType: r.contentType,
    headers: r.headers,
    bodyBase64: r.body.toString('base64'),
  };
}

/** The baseline must answer each target as the app did, or the comparison would be unfair. */
async function checkBaseline(
  baseline: ChildServer,
  target: Target,
  responses: BareResponse[],
): Promise<void> {
  const got = await fetchOnce(baseline, target);
  const etag = target.headers?.['if-none-match'];
  const want = responses.find((r) => r.path === target.path && r.ifNoneMatch === etag);
  if (!want || got.body.toString('base64') !== want.bodyBase64) {
    throw new Error(`the baseline does not answer ${target.name} with the app's bytes`);
  }
}

/** Baseline first, then the app, one after the other so they never compete for the CPU. */
async function measureTarget(target: Target, baseline: ChildServer, app: ChildServer): Promise<TargetResult> {
  const request = { headers: target.headers, expectedStatus: target.expectedStatus };
  const { baseline: baselineStats, app: appStats } = await measurePair(
    { url: `${baseline.baseUrl}${target.path}`, pid: baseline.pid },
    { url: `${app.baseUrl}${target.path}`, pid: app.pid },
    settings,
    request,
  );
  const { name, path, ratio } = compare(target.name, target.path, baselineStats, appStats);
  const result: TargetResult = {
    name,
    path,
    ...(target.headers ? { requestHeaders: target.headers } : {}),
    ...(target.expectedStatus ? { expectedStatus: target.expectedStatus } : {}),
    ...(target.responseBytes === undefined ? {} : { responseBytes: target.responseBytes }),
    baseline: baselineStats,
    app: appStats,
    ratio,
  };
  return { ...result, meetsGoal: meetsGoal(result, goal) };
}
