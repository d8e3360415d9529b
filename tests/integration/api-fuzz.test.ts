/**
 * No input gives a 5xx. Walks /api/openapi.json and sends every operation generated bad input
 * (hostile text, wrong types, missing and unknown fields, repeated ids, deep nesting, bodies that
 * are not what they claim, another network's ids) as a visitor, a member, the network's
 * organiser, another network's organiser and an admin; then the pages, and the live room's frames.
 * Seeded and bounded (FUZZ_SEED, FUZZ_RUNS per operation: default 100); a failure prints its
 * counterexample.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseClientFrame } from '#server/features/live/live.frames.ts';
import { CLOSE_CODES, type ClientFrameInput, type ServerFrame } from '#shared/live.ts';
import { WEB_ROUTES } from '#shared/routes.ts';
import { findInputFault } from '#shared/storable.ts';
import { BUDGET } from '#test/budget.ts';
import { buildNetwork } from '#test/factories.ts';
import {
  buildFixtures,
  caseFor,
  checkAnswer,
  type Fixtures,
  operationsOf,
  pageCaseFor,
  send,
  type Totals,
  UNLISTED_ROUTES,
} from '#test/fuzz-api.ts';
import { anyJson, hostileText, mutate } from '#test/fuzz-values.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

// Each test sends thousands of requests: a budget of its own.
vi.setConfig({ testTimeout: BUDGET.heavy });

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_9);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

let t: TestServer;
let fixtures: Fixtures;
const totals: Totals = { requests: 0, byClass: {} };
const counted = { operations: 0, pages: 0, frames: 0 };

beforeAll(async () => {
  // Joining the live room is limited per address; the fuzzer comes from many addresses anyway.
  t = await startTestServer({ LIVE_JOINS_PER_MINUTE: '100000' });
  fixtures = await buildFixtures(t);
});

afterAll(async () => {
  // The figures the closing note quotes.
  const answers = Object.entries(totals.byClass)
    .sort()
    .map(([statusClass, n]) => `${statusClass} ${n}`);
  console.log(
    `api fuzz: ${totals.requests} requests over ${counted.operations} operations and ${counted.pages} pages ` +
      `(${answers.join(', ')}), ${counted.frames} live-room frames; 5xx: ${totals.byClass['5xx'] ?? 0}`,
  );
  await t?.close();
});

const property = (arbitrary: fc.Arbitrary<Parameters<typeof checkAnswer>[0]>, documented?: string[]) =>
  fc.asyncProperty(arbitrary, async (c) => checkAnswer(c, await send(t, fixtures, c, totals), documented));

describe('bad input', () => {
  it('to every operation of /api/openapi.json gets a documented status, errors in the documented shape, never a 5xx', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    // Deleting one's own account comes last: the actors are needed until then.
    const operations = operationsOf(doc).sort(
      (a, b) =>
        Number(a.path === '/api/me' && a.method === 'DELETE') -
        Number(b.path === '/api/me' && b.method === 'DELETE'),
    );
    expect(operations.length).toBeGreaterThan(50);
    // The document declares every parameter its paths have (swagger-parser does not check this).
    const undeclared = operations.filter((op) => op.pathParams.some((p) => !op.declaredParams.includes(p)));
    expect(undeclared.map((op) => `${op.method} ${op.path}`)).toEqual([]);
    for (const [index, op] of operations.entries()) {
      await fc.assert(property(caseFor(op, fixtures), op.responses), {
        seed: SEED + index,
        numRuns: RUNS,
      });
      counted.operations++;
    }
  });

  it('to every page and address outside the document gets no 5xx', async () => {
    const pages = [...WEB_ROUTES.map((pattern) => ({ method: 'GET', pattern })), ...UNLISTED_ROUTES];
    for (const [index, { method, pattern }] of pages.entries()) {
      const runs = Math.ceil(RUNS / 2);
      await fc.assert(property(pageCaseFor(method, pattern, fixtures)), {
        seed: SEED - index,
        numRuns: runs,
      });
      counted.pages++;
    }
  });
});

const VALID_FRAMES: ClientFrameInput[] = [
  { type: 'hello', token: 'x'.repeat(40), lastSeq: 0 },
  { type: 'chat', clientId: '0b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11', body: 'Hei' },
  { type: 'ask', clientId: '1b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11', body: 'Kysymys?' },
  { type: 'upvote', messageId: '2b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11' },
  { type: 'react', emoji: '👍' },
  { type: 'report', messageId: '2b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11' },
  { type: 'vote', pollId: '3b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11', choices: [0, 1] },
  { type: 'hide', messageId: '2b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11' },
  { type: 'answer', messageId: '2b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11' },
  { type: 'remove', participantId: '4b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11' },
  { type: 'slow-mode', seconds: 0 },
  { type: 'room-status', status: 'open' },
  {
    type: 'open-poll',
    clientId: '5b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11',
    question: 'Q?',
    kind: 'single',
    options: ['A', 'B'],
  },
  { type: 'close-poll', pollId: '3b7c6a3e-3f43-4b8e-9a8e-2d2f4c1e6b11' },
];

/** Frame texts: a valid frame with one thing wrong, any JSON, or text that is not JSON at all. */
const frameText: fc.Arbitrary<string> = fc.oneof(
  fc
    .constantFrom(...VALID_FRAMES)
    .chain(mutate)
    .map((frame) => JSON.stringify(frame) ?? 'undefined'),
  anyJson.map((value) => JSON.stringify(value) ?? 'null'),
  hostileText.filter((text) => text.length < 8000),
);

describe('the live room', () => {
  it('never lets text the database cannot store past its frame parser', () => {
    fc.assert(
      fc.property(frameText, (text) => {
        const parsed = parseClientFrame(text, false);
        if ('value' in parsed) expect(findInputFault(parsed.value)).toBeNull();
        else expect(parsed.error).toBeTruthy();
      }),
      { seed: SEED, numRuns: RUNS * 20 },
    );
  });

  it('answers bad frames from a participant and a host with error frames, never a server error', async () => {
    const { network } = await buildNetwork(t);
    const meeting = await buildMeeting(t, network);
    const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
    const organiser = fixtures.cookies.organiser;
    const seen: ServerFrame[] = [];
    const closes: number[] = [];
    const connect = async (host: boolean) => {
      const cookie = host ? organiser : undefined;
      const { token } = await enterRoom(t, path, host ? 'Host' : 'Guest', cookie);
      return (await LiveClient.join(t.url, path, token, { cookie })).client;
    };
    const clients = { host: await connect(true), guest: await connect(false) };
    await fc.assert(
      fc.asyncProperty(fc.boolean(), frameText, async (asHost, text) => {
        const role = asHost ? 'host' : 'guest';
        const client = clients[role];
        client.socket.send(text);
        client.send({ type: 'ping' });
        counted.frames++;
        try {
          await client.next('pong');
        } catch {
          closes.push((await client.waitClosed()).code);
          clients[role] = await connect(asHost); // removed, flooded or too big: a new participant
        }
        seen.push(...client.frames.splice(0));
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
    for (const client of Object.values(clients)) client.close();
    expect(seen.filter((f) => f.type === 'error' && f.code === 'server-error')).toEqual([]);
    const documented: number[] = [CLOSE_CODES.flood, CLOSE_CODES.removed, CLOSE_CODES.notJoined, 1009];
    expect(closes.filter((code) => !documented.includes(code))).toEqual([]);
  });
});
