import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '#server/features/events/events.service.ts';
import { CLOSE_CODES } from '#shared/live.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { join } from './live.service.ts';
import { liveMessages } from './live.tables.ts';

let t: TestServer;
let ours: { path: string; cookie: string; slug: string; networkId: string; eventId: string };
let theirs: {
  path: string;
  cookie: string;
  event: { id: string; slug: string };
  bob: { participantId: string; token: string };
  questionId: string;
  pollId: string;
};

beforeAll(async () => {
  t = await startTestServer();
  const a = await buildNetwork(t);
  const ourMeeting = await buildMeeting(t, a.network);
  ours = {
    path: `/api/networks/${a.network.slug}/live/${ourMeeting.slug}`,
    cookie: a.organiser.cookie,
    slug: a.network.slug,
    networkId: a.network.id,
    eventId: ourMeeting.id,
  };
  // Their meeting on another day than ours, so its slug names nothing in our network.
  const b = await buildNetwork(t);
  const date = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const event = await createEvent(t.database.db, b.network, {
    title: { fi: 'Heidän tapaaminen' },
    date,
    startTime: '09:00',
    durationMinutes: 90,
  });
  const path = `/api/networks/${b.network.slug}/live/${event.slug}`;
  const bob = await enterRoom(t, path, 'Bob');
  const { client: host } = await LiveClient.join(
    t.url,
    path,
    (await enterRoom(t, path, 'Host', b.organiser.cookie)).token,
    {
      cookie: b.organiser.cookie,
    },
  );
  host.send({ type: 'ask', clientId: randomUUID(), body: 'Heidän kysymys?' });
  const question = await host.next('message');
  host.send({
    type: 'open-poll',
    clientId: randomUUID(),
    question: 'Heidän kysely',
    kind: 'single',
    options: ['A', 'B'],
  });
  const poll = await host.next('poll');
  host.close();
  theirs = {
    path,
    cookie: b.organiser.cookie,
    event: { id: event.id, slug: event.slug },
    bob,
    questionId: question.message.id,
    pollId: poll.poll.id,
  };
});
afterAll(() => t.close());

/** Their room as their organiser's export records it: every message, vote, report and poll. */
const theirTranscript = async () =>
  (await t.request({ method: 'GET', url: `${theirs.path}/export.csv`, cookie: theirs.cookie })).body;

describe("another network's live room under our network's address", () => {
  it('is not found over HTTP or as a socket, by its slug or its id', async () => {
    for (const key of [theirs.event.slug, theirs.event.id]) {
      const path = `/api/networks/${ours.slug}/live/${key}`;
      const attempts = [
        { method: 'GET' as const, url: path },
        { method: 'POST' as const, url: `${path}/participants`, payload: { displayName: 'Eve' } },
        { method: 'PUT' as const, url: `${path}/summary`, payload: { summary: 'Kaapattu' } },
        { method: 'GET' as const, url: `${path}/export.csv` },
      ];
      for (const attempt of attempts) {
        const response = await t.request({ ...attempt, cookie: ours.cookie });
        expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
      }
      await expect(LiveClient.open(t.url, path, ours.cookie)).rejects.toThrow(/404/);
    }
  });

  it("does not know their participant's secret in our room", async () => {
    const client = await LiveClient.open(t.url, ours.path);
    client.send({ type: 'hello', token: theirs.bob.token });
    expect(await client.next('error')).toMatchObject({ code: 'unknown-participant' });
    expect((await client.waitClosed()).code).toBe(CLOSE_CODES.notJoined);
  });

  it('refuses frames naming their messages, polls and participants, and changes nothing', async () => {
    const before = await theirTranscript();
    const { token } = await enterRoom(t, ours.path, 'Host', ours.cookie);
    const { client: host } = await LiveClient.join(t.url, ours.path, token, { cookie: ours.cookie });
    const guest = (await LiveClient.join(t.url, ours.path, (await enterRoom(t, ours.path, 'Guest')).token))
      .client;
    const attempts: Array<[LiveClient, Record<string, unknown>, string]> = [
      [host, { type: 'hide', messageId: theirs.questionId }, 'messageId'],
      [host, { type: 'answer', messageId: theirs.questionId }, 'messageId'],
      [host, { type: 'remove', participantId: theirs.bob.participantId }, 'participantId'],
      [host, { type: 'close-poll', pollId: theirs.pollId }, 'pollId'],
      [guest, { type: 'upvote', messageId: theirs.questionId }, 'messageId'],
      [guest, { type: 'report', messageId: theirs.questionId }, 'messageId'],
      [guest, { type: 'vote', pollId: theirs.pollId, choices: [0] }, 'pollId'],
    ];
    for (const [client, frame, field] of attempts) {
      client.send(frame);
      expect(await client.next('error'), String(frame.type)).toMatchObject({ code: 'not-found', field });
    }
    expect(await theirTranscript()).toEqual(before);
    // Bob was not removed: he still enters and speaks in his own room.
    const { client: bob, welcome } = await LiveClient.join(t.url, theirs.path, theirs.bob.token);
    expect(welcome.snapshot?.polls).toMatchObject([{ id: theirs.pollId, status: 'open', voters: 0 }]);
    expect(welcome.snapshot?.messages).toMatchObject([{ id: theirs.questionId, votes: 0, answered: false }]);
    for (const client of [host, guest, bob]) client.close();
  });

  it('is refused by the database itself when a query is handed their event or participant', async () => {
    const before = await theirTranscript();
    const db = t.database.db;
    const mixed = { networkId: ours.networkId, eventId: theirs.event.id };
    await expect(join(db, mixed, { displayName: 'Sekaisin' }, null)).rejects.toThrow();
    // Their participant's message in our room: its (network, participant) matches no participant.
    const message = {
      networkId: ours.networkId,
      eventId: ours.eventId,
      seq: 1_000_000,
      kind: 'chat' as const,
      participantId: theirs.bob.participantId,
      clientId: randomUUID(),
      body: 'Sekaisin',
    };
    await expect(db.insert(liveMessages).values(message)).rejects.toThrow();
    expect(await theirTranscript()).toEqual(before);
    const ourExport = await t.request({ method: 'GET', url: `${ours.path}/export.csv`, cookie: ours.cookie });
    expect(ourExport.body).not.toContain('Sekaisin');
  });
});
