/**
 * The first half of `surveys`: the participants of a live room answer the meeting's survey as
 * soon as the host ends it. Each asks for their one-time token, answers the room's card (the NPS)
 * and, after a pause, the full form with the card's continuation. The same requests, on the same
 * schedule, go to a bare node:http server that parses each body and answers with the app's bytes.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { pick, type Random, seeded } from '#server/demo/demo-survey-answers.ts';
import { CHANGE_TEXTS } from '#server/demo/demo-survey-texts.ts';
import { ORGANISATION_TYPES } from '#shared/organisation-types.ts';
import { call, FETCH_TIMEOUT_MS } from '../support/app-api.ts';
import type { BareResponse } from '../support/bare-server.ts';
import { type ChildServer, startBaseline } from '../support/child-server.ts';
import { replayedHeaders } from '../support/replayed-headers.ts';
import { ratio } from '../support/report.ts';
import { withRssSampling } from '../support/rss.ts';

export const answeringSettings = {
  participants: 250,
  /** A first meeting's room answers before the measured one: JIT warm, the baseline's bytes recorded. */
  warmupParticipants: 30,
  /** Every participant starts answering within this many seconds of the host ending the meeting. */
  startSpreadSeconds: 3,
  /** Between answering the card and sending the form (reading, typing): up to this, drawn. */
  thinkSeconds: 5,
  /** The limit: every answer is in within this many seconds of the end. */
  windowLimitSeconds: 60,
  /** Tokens used again after the run: each must be refused (409). */
  resubmits: 20,
  joinConcurrency: 20,
};
const SLUG = 'bench-answers';

/** One server's run. The last four fields are the app's only (null for the baseline). */
export type AnswerStats = {
  participants: number;
  /** Card and form submissions answered 201. */
  answers: number;
  /** From the host ending the meeting until the last answer, s. */
  windowSeconds: number;
  answersPerSecond: number;
  /** Latency of every submission (card and form), ms. */
  p50Ms: number;
  p99Ms: number;
  /** Latency of asking for the survey token, ms. */
  tokenP99Ms: number;
  /** Answers other than the expected (token 200, answers 201), failed requests and lost answers. */
  errors: number;
  statusCodes: Record<string, number>;
  /** Entering the room, before the end and outside the window, s. */
  joinSeconds: number;
  peakRssMb: number | null;
  /** Answer rows stored for the meeting, and how many of them have the form's part. */
  stored: number | null;
  completed: number | null;
  /** Rows beyond one per accepted card, plus used tokens accepted again: must be 0. */
  duplicates: number | null;
  /** The used tokens' statuses, e.g. { "409": 20 }. */
  resubmitStatuses: Record<string, number> | null;
};

export type Answering = {
  baseline: AnswerStats;
  app: AnswerStats;
  ratio: { answersPerSecond: number | null; p99: number | null };
  /** Every answer in within the limit, no errors and no duplicates. */
  met: boolean;
};

/** A meeting's room and survey addresses. */
type Meeting = { eventId: string; base: string; feedback: string };

type Person = {
  ip: string;
  startMs: number;
  thinkMs: number;
  card: Record<string, unknown>;
  form: Record<string, unknown>;
  organisationType: string;
};

/** The same people, drawn from a seed, for both servers. */
function people(count: number, seed: number, firstAddress: number): Person[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => person(random, firstAddress + i));
}

function person(random: Random, n: number): Person {
  const form: Record<string, unknown> = {
    usefulness: pick(random, [1, 2, 3, 4, 5], [2, 5, 20, 45, 28]),
    'first-time': random() < 0.3 ? 'yes' : 'no',
  };
  if (random() < 0.3) form.change = CHANGE_TEXTS[Math.floor(random() * CHANGE_TEXTS.length)];
  return {
    // Each from an address of their own, named by the proxy the app trusts (TRUST_PROXY=loopback).
    ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    startMs: random() * answeringSettings.startSpreadSeconds * 1000,
    thinkMs: random() * answeringSettings.thinkSeconds * 1000,
    card: { nps: pick(random, [...Array(11).keys()], [1, 1, 1, 1, 2, 4, 6, 10, 18, 30, 26]) },
    form,
    organisationType: pick(random, ORGANISATION_TYPES, [36, 14, 18, 6, 6, 8, 5, 4, 3]),
  };
}

type Timed = { status: number; ms: number; body: string; headers: Headers | null };

/** A JSON POST from `ip`, timed until its whole answer is read; a failed request has status 0. */
async function post(server: ChildServer, path: string, body: unknown, ip: string): Promise<Timed> {
  const started = performance.now();
  try {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.baseUrl, 'x-forwarded-for': ip },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS * 3),
    });
    const text = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      body: text,
      headers: response.headers,
    };
  } catch {
    return { status: 0, ms: performance.now() - started, body: '', headers: null };
  }
}

/** Runs `task(0…count−1)` with at most `concurrency` at once; the results in order. */
async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Everyone enters the room while the meeting is on, 20 at a time. */
function enter(server: ChildServer, meeting: Meeting, everyone: Person[]): Promise<Timed[]> {
  return pool(everyone.length, answeringSettings.joinConcurrency, async (i) => {
    const who = everyone[i] as Person;
    const body = { displayName: `Osallistuja ${i + 1}`, organisationType: who.organisationType };
    const joined = await post(server, `${meeting.base}/participants`, body, who.ip);
    if (joined.status !== 201) throw new Error(`entering the room answered ${joined.status}: ${joined.body}`);
    return joined;
  });
}

/** One person's requests; card and form are null when an earlier step failed. */
type Trace = { joined: Timed; token: Timed; card: Timed | null; form: Timed | null; surveyToken: string };

const field = (t: Timed, name: string) => (JSON.parse(t.body) as Record<string, string>)[name] ?? '';

/** Token, card, a pause, then the form with the card's continuation. */
async function answer(server: ChildServer, meeting: Meeting, who: Person, joined: Timed, t0: number) {
  await sleep(Math.max(0, t0 + who.startMs - performance.now()));
  const answers = `${meeting.feedback}/answers`;
  const participantToken = field(joined, 'token');
  const token = await post(server, `${meeting.feedback}/token`, { participantToken }, who.ip);
  const trace: Trace = { joined, token, card: null, form: null, surveyToken: '' };
  if (token.status !== 200) return trace;
  trace.surveyToken = field(token, 'token');
  trace.card = await post(server, answers, { answers: who.card, token: trace.surveyToken }, who.ip);
  if (trace.card.status !== 201) return trace;
  await sleep(who.thinkMs);
  const continuation = field(trace.card, 'continuation');
  trace.form = await post(server, answers, { answers: who.form, continuation }, who.ip);
  return trace;
}

/**
 * Everyone enters, the meeting ends (`end`: the host closes the room; nothing for the baseline)
 * and everyone answers on their own schedule. The window runs from the end to the last answer.
 */
async function runAnswering(
  server: ChildServer,
  meeting: Meeting,
  everyone: Person[],
  end: () => Promise<void>,
) {
  const joinStarted = performance.now();
  const joined = await enter(server, meeting, everyone);
  const joinSeconds = (performance.now() - joinStarted) / 1000;
  await end();
  const t0 = performance.now();
  const traces = await Promise.all(
    everyone.map((who, i) => answer(server, meeting, who, joined[i] as Timed, t0)),
  );
  return { traces, joinSeconds, windowSeconds: (performance.now() - t0) / 1000 };
}

/** The host enters with the organiser's cookie and closes the room: everyone is shown the survey's card. */
async function hostEnds(app: ChildServer, meeting: Meeting, cookie: string): Promise<void> {
  const host = { displayName: 'Isäntä' };
  const { token } = (await call(app, 'POST', `${meeting.base}/participants`, cookie, host, 201)) as {
    token: string;
  };
  const url = `ws://${app.baseUrl.slice('http://'.length)}${meeting.base}/socket`;
  const socket = new WebSocket(url, { origin: app.baseUrl, headers: { cookie } });
  const timer = setTimeout(() => socket.emit('error', new Error('no feedback asked within 10 s')), 10_000);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
      socket.on('error', reject);
      socket.on('message', (raw) => {
        const frame = JSON.parse(String(raw)) as { type: string; room?: { feedbackAsked: boolean } };
        if (frame.type === 'welcome') socket.send(JSON.stringify({ type: 'room-status', status: 'closed' }));
        if (frame.type === 'room' && frame.room?.feedbackAsked) resolve();
        if (frame.type === 'error') reject(new Error(`the host's socket: ${String(raw)}`));
      });
    });
  } finally {
    clearTimeout(timer);
    socket.close();
  }
}

/** The app's answers to one person, replayed by the baseline on the measured meeting's addresses. */
function recorded(meeting: Meeting, trace: Trace): BareResponse[] {
  const bare = (path: string, t: Timed | null): BareResponse => {
    if (!t?.headers) throw new Error(`no answer of the app recorded for ${path}`);
    const contentType = t.headers.get('content-type') ?? 'application/json';
    const bodyBase64 = Buffer.from(t.body).toString('base64');
    return { path, status: t.status, contentType, headers: replayedHeaders(t.headers), bodyBase64 };
  };
  return [
    bare(`${meeting.base}/participants`, trace.joined),
    bare(`${meeting.feedback}/token`, trace.token),
    // The card's and the form's answers are alike: {thanks, continuation}.
    bare(`${meeting.feedback}/answers`, trace.form),
  ];
}

// ---------------------------------------------------------------------------------------------
// The run: a warm-up meeting, the baseline, then the measured meeting on the app

const NETWORK = `/api/networks/${SLUG}`;

/** A published meeting that is on: it started 20 minutes ago (the network's time zone is UTC). */
async function meetingOn(app: ChildServer, cookie: string, title: string): Promise<Meeting> {
  const start = new Date(Date.now() - 20 * 60_000).toISOString();
  const timing = { date: start.slice(0, 10), startTime: start.slice(11, 16), durationMinutes: 120 };
  const body = { title: { fi: title }, ...timing, status: 'published' };
  const event = (await call(app, 'POST', `${NETWORK}/events`, cookie, body, 201)) as {
    id: string;
    slug: string;
  };
  return {
    eventId: event.id,
    base: `${NETWORK}/live/${event.slug}`,
    feedback: `${NETWORK}/feedback/${event.slug}`,
  };
}

/**
 * Part 1 of the benchmark. Both servers get a warm-up room first (30 people, not counted); the
 * app's warm-up gives the bytes the baseline replays. The baseline runs first, then the app.
 */
export async function measureAnswering(app: ChildServer, cookie: string, tmpDir: string): Promise<Answering> {
  const network = { slug: SLUG, name: { fi: 'Palautebench' }, timeZone: 'UTC' };
  await call(app, 'POST', '/api/networks', cookie, network, 201);
  const warm = await meetingOn(app, cookie, 'Lämmittely');
  const measured = await meetingOn(app, cookie, 'Palautteen mittaus');
  const warmup = people(answeringSettings.warmupParticipants, 7, 100_000);
  const everyone = people(answeringSettings.participants, 11, 1);
  const noEnd = async () => {};
  const sample = (await runAnswering(app, warm, warmup, noEnd)).traces.find((t) => t.form?.status === 201);
  if (!sample) throw new Error('no one in the warm-up room could answer the survey');
  const baseline = await startBaseline(join(tmpDir, 'answers.json'), recorded(measured, sample));
  try {
    await runAnswering(baseline, measured, warmup, noEnd);
    const bare = await withRssSampling(baseline.pid, () => runAnswering(baseline, measured, everyone, noEnd));
    const ended = () => hostEnds(app, measured, cookie);
    const [run, rss] = await withRssSampling(app.pid, () => runAnswering(app, measured, everyone, ended));
    const checked = await verify(app, cookie, measured, run.traces);
    return compared(statsOf(...bare, null), statsOf(run, rss, checked));
  } finally {
    await baseline.close();
  }
}

function compared(baseline: AnswerStats, app: AnswerStats): Answering {
  return {
    baseline,
    app,
    ratio: {
      answersPerSecond: ratio(app.answersPerSecond, baseline.answersPerSecond),
      p99: ratio(app.p99Ms, baseline.p99Ms),
    },
    met: met(app),
  };
}

const met = (s: AnswerStats) =>
  s.windowSeconds <= answeringSettings.windowLimitSeconds &&
  s.errors === 0 &&
  s.duplicates === 0 &&
  s.answers === 2 * s.participants;

type Checked = Pick<AnswerStats, 'stored' | 'completed' | 'duplicates' | 'resubmitStatuses'>;

/**
 * What the app kept: the meeting's answer rows counted by the results API (one per person, each
 * with the form's part), and the first people's tokens used again, each of which must be refused.
 */
async function verify(app: ChildServer, cookie: string, meeting: Meeting, traces: Trace[]): Promise<Checked> {
  const { surveys } = (await call(app, 'GET', `${NETWORK}/surveys`, cookie, undefined, 200)) as {
    surveys: { id: string; kind: string }[];
  };
  const survey = surveys.find((s) => s.kind === 'post-meeting')?.id;
  const path = `${NETWORK}/surveys/${survey}/results?event=${meeting.eventId}`;
  const results = (await call(app, 'GET', path, cookie, undefined, 200)) as {
    responses: number | null;
    questions: { core: string | null; n: number | null }[];
  };
  const resubmitStatuses = await resubmit(app, meeting, traces);
  const stored = results.responses ?? 0;
  // A card the client gave up on may still have been stored: only rows beyond the cards sent are extra.
  const sent = traces.filter((t) => t.card !== null).length;
  const completed = results.questions.find((q) => q.core === 'usefulness')?.n ?? 0;
  const duplicates = Math.max(0, stored - sent) + (resubmitStatuses[201] ?? 0);
  return { stored, completed, duplicates, resubmitStatuses };
}

/** The first people's tokens sent again (from addresses of their own, outside the run's): statuses. */
async function resubmit(app: ChildServer, meeting: Meeting, traces: Trace[]) {
  const statuses: Record<string, number> = {};
  const again = traces.filter((t) => t.surveyToken).slice(0, answeringSettings.resubmits);
  for (const [i, trace] of again.entries()) {
    const body = { answers: { nps: 7 }, token: trace.surveyToken };
    const { status } = await post(app, `${meeting.feedback}/answers`, body, `10.200.0.${i + 1}`);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return statuses;
}

/** Answers the app accepted (201) but does not have: cards without a row, forms without their part. */
function lostAnswers(traces: Trace[], checked: Checked | null): number {
  if (!checked) return 0;
  const accepted = (step: 'card' | 'form') => traces.filter((t) => t[step]?.status === 201).length;
  return (
    Math.max(0, accepted('card') - (checked.stored ?? 0)) +
    Math.max(0, accepted('form') - (checked.completed ?? 0))
  );
}

/** Nearest-rank percentile of sorted values, to 0.1 ms; 0 when there are none. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return Math.round(value * 10) / 10;
}

type Run = Awaited<ReturnType<typeof runAnswering>>;

function statsOf(run: Run, peakRssMb: number | null, checked: Checked | null): AnswerStats {
  const { traces } = run;
  const submits = traces.flatMap((t) => [t.card, t.form].filter((s): s is Timed => s !== null));
  const statusCodes: Record<string, number> = {};
  for (const t of [...traces.map((t) => t.token), ...submits])
    statusCodes[t.status] = (statusCodes[t.status] ?? 0) + 1;
  const answers = submits.filter((s) => s.status === 201).length;
  const wrong = traces.filter((t) => t.token.status !== 200).length + submits.length - answers;
  const latencies = submits.map((s) => s.ms).sort((a, b) => a - b);
  return {
    participants: traces.length,
    answers,
    windowSeconds: Math.round(run.windowSeconds * 10) / 10,
    answersPerSecond: Math.round((answers / run.windowSeconds) * 10) / 10,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    tokenP99Ms: percentile(
      traces.map((t) => t.token.ms).sort((a, b) => a - b),
      0.99,
    ),
    errors: wrong + lostAnswers(traces, checked),
    statusCodes,
    joinSeconds: Math.round(run.joinSeconds * 10) / 10,
    peakRssMb,
    stored: null,
    completed: null,
    duplicates: null,
    resubmitStatuses: null,
    ...checked,
  };
}
