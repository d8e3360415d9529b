/**
 * `surveys`: the issue's benchmark of feedback surveys. (1) 250 participants of a live room answer
 * the post-meeting survey within a minute of the host ending the meeting (surveys-answering.ts);
 * (2) the organisers' results API for a series of 60 meetings with 250 answers each. Both against a
 * bare node:http server in the same run.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '#server/db/client.ts';
import { pick, seeded } from '#server/demo/demo-survey-answers.ts';
import { CHANGE_TEXTS } from '#server/demo/demo-survey-texts.ts';
import { ensureUser } from '#server/features/auth/auth.service.ts';
import { createSeries } from '#server/features/events/events.service.ts';
import { createNetwork } from '#server/features/networks/networks.service.ts';
import { postMeetingSurvey } from '#server/features/surveys/surveys.service.ts';
import { surveyResponses } from '#server/features/surveys/surveys.tables.ts';
import { ORGANISATION_TYPES } from '#shared/organisation-types.ts';
import { FETCH_TIMEOUT_MS, signInAsAdmin, startApp } from '../support/app-api.ts';
import type { BareResponse } from '../support/bare-server.ts';
import { type BenchDatabase, benchDatabase } from '../support/bench-database.ts';
import { type ChildServer, startBaseline } from '../support/child-server.ts';
import { measurePair } from '../support/load.ts';
import { replayedHeaders } from '../support/replayed-headers.ts';
import { compare, formatTable, machine, meetsGoal, num, tableRow } from '../support/report.ts';
import { makeTempDir } from '../support/resources.ts';
import type { BenchResult, TargetResult } from '../support/types.ts';
import {
  type Answering,
  type AnswerStats,
  answeringSettings,
  measureAnswering,
} from './surveys-answering.ts';

const EMAIL = 'bench@example.org';
const SLUG = 'bench-results';
const series = { meetings: 60, answersPerMeeting: 250 };
const settings = { connections: 50, durationSeconds: 5, warmupSeconds: 2, rounds: 3 };
const goal = { minReqPerSecRatio: 0.5 };

export type SurveysResult = BenchResult & { answering: Answering };

export const surveys = {
  name: 'surveys',
  description: `feedback surveys: ${answeringSettings.participants} participants answer (card + form) within ${answeringSettings.windowLimitSeconds} s of the end; the results API for ${series.meetings} meetings × ${series.answersPerMeeting} answers with 1 and ${settings.connections} connections, median of ${settings.rounds} rounds of ${settings.durationSeconds} s; target ≥ ${goal.minReqPerSecRatio} × baseline req/s`,
  run,
  format,
};

async function run(): Promise<SurveysResult> {
  const startedAt = new Date().toISOString();
  const tmp = makeTempDir('verkosto-bench-surveys');
  const dataDir = join(tmp.path, 'data');
  const database = await benchDatabase(dataDir, 'verkosto_bench_surveys');
  let app: ChildServer | undefined;
  try {
    const data = await seedSeries(database);
    // Every participant comes from 127.0.0.1; the bench names their own addresses as a proxy would.
    app = await startApp(dataDir, { ...database.env, TRUST_PROXY: 'loopback', ...profiling() });
    const cookie = await signInAsAdmin(app, dataDir, EMAIL);
    const answering = await measureAnswering(app, cookie, tmp.path);
    const targets = await measureResults(app, cookie, String(data.surveyId), tmp.path);
    return {
      benchmark: 'surveys',
      startedAt,
      machine: machine(),
      settings: { database: database.kind, ...answeringSettings, ...settings },
      data,
      goal,
      answering,
      targets,
    };
  } finally {
    await app?.close();
    await database.close();
    await tmp.close();
  }
}

/** BENCH_SURVEYS_CPU_PROF=<dir>: the app writes a CPU profile there when it stops. */
const profiling = (): Record<string, string> => {
  const dir = process.env.BENCH_SURVEYS_CPU_PROF;
  return dir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` } : {};
};

// ---------------------------------------------------------------------------------------------
// Part 2: a series' answers written straight to the database, then its results under load

/**
 * The network of the results: its organiser, a monthly series of 60 past meetings and 250
 * answers to each, drawn from a seed and written in bulk before the app starts.
 */
async function seedSeries(database: BenchDatabase): Promise<Record<string, number | string>> {
  const opened = await database.open();
  try {
    const { network, survey, meetings } = await seriesNetwork(opened.db);
    const rows = meetings.flatMap((meeting, i) =>
      answersTo(i).map(({ answers, organisationType }) => ({
        networkId: network.id,
        surveyId: survey.id,
        version: survey.version,
        eventId: meeting.id,
        answeredOn: meeting.localDate,
        organisationType,
        answers,
      })),
    );
    for (let i = 0; i < rows.length; i += 1000)
      await opened.db.insert(surveyResponses).values(rows.slice(i, i + 1000));
    const [first, last] = [meetings[0]?.localDate ?? '', meetings.at(-1)?.localDate ?? ''];
    return {
      meetings: meetings.length,
      answers: rows.length,
      surveyId: survey.id,
      firstMeeting: first,
      lastMeeting: last,
    };
  } finally {
    await opened.close();
  }
}

/** Through the services, as the API would: the organiser, the network, its series and its survey. */
async function seriesNetwork(db: Db) {
  const user = await ensureUser(db, EMAIL, 'Bench');
  const actor = { userId: user.id, email: user.email, name: user.name, isAdmin: false };
  const network = await createNetwork(db, actor, {
    slug: SLUG,
    name: { fi: 'Kyselybench' },
    timeZone: 'UTC',
  });
  const meetings = (await createSeries(db, network, pastSeries())).events.slice(0, series.meetings);
  if (meetings.length < series.meetings) throw new Error(`the series has ${meetings.length} meetings`);
  return { network, meetings, survey: await postMeetingSurvey(db, network) };
}

/** First Fridays from 62 months ago to last month: more than 60 meetings, all held. */
function pastSeries() {
  const now = new Date();
  const monthsAgo = (n: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1)).toISOString().slice(0, 10);
  return {
    title: { fi: 'Kuukausitapaaminen' },
    meetingUrl: 'https://meet.example.org/bench',
    rule: {
      rrule: 'FREQ=MONTHLY;BYDAY=1FR',
      startDate: monthsAgo(62),
      startTime: '09:00',
      durationMinutes: 90,
      timeZone: 'UTC',
      until: monthsAgo(1),
    },
  };
}

/** One meeting's 250 answers, as the room's card and form give them; the same for every run. */
function answersTo(meeting: number) {
  const random = seeded(1000 + meeting);
  return Array.from({ length: series.answersPerMeeting }, () => {
    const answers: Record<string, string | number> = {
      nps: pick(random, [...Array(11).keys()], [1, 1, 1, 2, 2, 4, 6, 10, 18, 30, 25]),
      usefulness: pick(random, [1, 2, 3, 4, 5], [2, 5, 20, 45, 28]),
      'first-time': random() < 0.3 ? 'yes' : 'no',
    };
    if (random() < 0.3) answers.change = CHANGE_TEXTS[Math.floor(random() * CHANGE_TEXTS.length)] ?? '';
    const organisationType =
      random() < 0.1 ? null : pick(random, ORGANISATION_TYPES, [36, 14, 18, 6, 6, 8, 5, 4, 3]);
    return { answers, organisationType };
  });
}

type Target = { name: string; path: string; responseBytes?: number };

/**
 * The organisers' results and trend of the whole series, with the session cookie, against the
 * baseline: with 50 connections as the other benchmarks load (the target), and with one, which
 * shows a request's own cost when 50 at once only time out.
 */
async function measureResults(app: ChildServer, cookie: string, surveyId: string, tmpDir: string) {
  const base = `/api/networks/${SLUG}/surveys/${surveyId}`;
  const targets: Target[] = [
    { name: `results (${series.meetings} meetings)`, path: `${base}/results` },
    { name: `trend (${series.meetings} meetings)`, path: `${base}/trend` },
  ];
  const headers = { cookie };
  const responses = await Promise.all(targets.map((t) => fetchOnce(app, t, headers)));
  const baseline = await startBaseline(join(tmpDir, 'results.json'), responses);
  try {
    for (const [i, target] of targets.entries()) {
      const got = await fetchOnce(baseline, target, headers);
      if (got.bodyBase64 !== responses[i]?.bodyBase64)
        throw new Error(`the baseline does not answer ${target.name} with the app's bytes`);
    }
    const results: TargetResult[] = [];
    // One connection first: 50 leave the app a backlog of requests the clients gave up on.
    for (const connections of [1, settings.connections]) {
      for (const target of targets) {
        await settled(app);
        results.push(await measureTarget(app, baseline, target, connections, headers));
      }
    }
    return results;
  } finally {
    await baseline.close();
  }
}

/** Baseline first, then the app, in alternating rounds; the goal is for the 50-connection rows only. */
async function measureTarget(
  app: ChildServer,
  baseline: ChildServer,
  target: Target,
  connections: number,
  headers: Record<string, string>,
): Promise<TargetResult> {
  const pair = await measurePair(
    { url: `${baseline.baseUrl}${target.path}`, pid: baseline.pid },
    { url: `${app.baseUrl}${target.path}`, pid: app.pid },
    { ...settings, connections },
    { headers },
  );
  const name =
    connections === settings.connections ? target.name : `${target.name.split(' ')[0]}, 1 connection`;
  const result = {
    ...compare(name, target.path, pair.baseline, pair.app),
    responseBytes: target.responseBytes,
  };
  return { ...result, meetsGoal: connections === settings.connections ? meetsGoal(result, goal) : null };
}

/**
 * Waits until the app answers /healthz within 100 ms twice in a row: Fastify finishes requests whose
 * clients timed out, and that backlog must not load the next measurement. At most 5 minutes.
 */
async function settled(app: ChildServer): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (let quick = 0; quick < 2 && Date.now() < deadline; ) {
    const started = performance.now();
    await fetch(`${app.baseUrl}/healthz`, { signal: AbortSignal.timeout(60_000) }).then(
      (r) => r.body?.cancel(),
      () => {},
    );
    quick = performance.now() - started < 100 ? quick + 1 : 0;
    await sleep(200);
  }
}

/** What the server answers, byte for byte and uncompressed (autocannon asks for no encoding); it must be a 200. */
async function fetchOnce(
  server: ChildServer,
  target: Target,
  headers: Record<string, string>,
): Promise<BareResponse> {
  const response = await fetch(`${server.baseUrl}${target.path}`, {
    headers: { ...headers, 'accept-encoding': 'identity' },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200)
    throw new Error(
      `GET ${target.path} (${server.name}) answered ${response.status}: ${body.toString('utf8', 0, 300)}`,
    );
  target.responseBytes = body.length;
  return {
    path: target.path,
    contentType: response.headers.get('content-type') ?? 'application/json',
    headers: replayedHeaders(response.headers),
    bodyBase64: body.toString('base64'),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const columns = [
  ['answering', 12],
  ['server', 9],
  ['answers', 8],
  ['window s', 9],
  ['answers/s', 10],
  ['p50 ms', 8],
  ['p99 ms', 8],
  ['token p99', 10],
  ['errors', 7],
  ['stored', 7],
  ['dup', 5],
  ['peak RSS MB', 12],
  ['answers/s ratio', 16],
  ['p99 ratio', 10],
] as const;

function answerRow(server: 'baseline' | 'verkosto', s: AnswerStats, ratios?: Answering['ratio']): string {
  return tableRow(columns, [
    `${s.participants} people`,
    server,
    num(s.answers),
    num(s.windowSeconds, 1),
    num(s.answersPerSecond, 1),
    num(s.p50Ms, 1),
    num(s.p99Ms, 1),
    num(s.tokenP99Ms, 1),
    num(s.errors),
    num(s.stored),
    num(s.duplicates),
    num(s.peakRssMb, 1),
    ratios ? num(ratios.answersPerSecond, 2) : '',
    ratios ? num(ratios.p99, 2) : '',
  ]);
}

function format(title: string, result: SurveysResult): string {
  const { answering: a } = result;
  const app = a.app;
  const refused = Object.entries(app.resubmitStatuses ?? {})
    .map(([code, n]) => `${code}×${n}`)
    .join(', ');
  const lines = [
    `${title} (database: ${result.settings.database})`,
    tableRow(
      columns,
      columns.map(([label]) => label),
    ),
    answerRow('baseline', a.baseline),
    answerRow('verkosto', app, a.ratio),
    `used tokens sent again: ${refused || 'none'}; rows with the form's part: ${num(app.completed)} of ${num(app.stored)}`,
    `target all ${app.participants} answered (card + form) within ${answeringSettings.windowLimitSeconds} s, 0 errors, 0 duplicates: ${a.met ? 'met' : 'not met'} (${num(app.windowSeconds, 1)} s, ${app.errors} errors, ${num(app.duplicates)} duplicates)`,
    ...(app.errors > 0
      ? [`warning: answering on verkosto: status codes ${JSON.stringify(app.statusCodes)}`]
      : []),
    '',
    formatTable(
      `results API: ${series.meetings} meetings × ${series.answersPerMeeting} answers, as an organiser`,
      result,
    ),
  ];
  return lines.join('\n');
}
