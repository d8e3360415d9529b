import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { deleteAccount, exportOf, rowsOf } from '#test/personal-data.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

/** A meeting where a signed-in person (Pia) chatted, asked, voted and reported beside Ann. */
async function roomWithPia() {
  const { network, organiser } = await buildNetwork(t);
  const meeting = await buildMeeting(t, network);
  const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
  const pia = await buildPerson(t);
  const entered = await t.request({
    method: 'POST',
    url: `${path}/participants`,
    payload: {
      displayName: 'Pia Pirkkalainen',
      organisation: 'Pirkkalan kunta',
      organisationType: 'municipality',
    },
    cookie: pia.cookie,
  });
  const piaToken: string = entered.json().token;
  const piaSocket = (await LiveClient.join(t.url, path, piaToken, { cookie: pia.cookie })).client;
  const ann = (await LiveClient.join(t.url, path, (await enterRoom(t, path, 'Ann')).token)).client;
  const { token: hostToken } = await enterRoom(t, path, 'Host', organiser.cookie);
  const host = (await LiveClient.join(t.url, path, hostToken, { cookie: organiser.cookie })).client;

  piaSocket.chat('Pian oma viesti');
  const piaChat = (await ann.next('message', (f) => f.message.body === 'Pian oma viesti')).message;
  piaSocket.send({ type: 'ask', clientId: randomUUID(), body: 'Pian kysymys?' });
  const piaQuestion = (await ann.next('message', (f) => f.message.kind === 'question')).message;
  ann.send({ type: 'ask', clientId: randomUUID(), body: 'Annin kysymys?' });
  const annQuestion = (await piaSocket.next('message', (f) => f.message.body === 'Annin kysymys?')).message;
  ann.chat('Annin viesti');
  const annChat = (await piaSocket.next('message', (f) => f.message.body === 'Annin viesti')).message;
  ann.send({ type: 'upvote', messageId: piaQuestion.id });
  piaSocket.send({ type: 'upvote', messageId: annQuestion.id });
  piaSocket.send({ type: 'report', messageId: annChat.id });
  host.send({
    type: 'open-poll',
    clientId: randomUUID(),
    question: 'Mikä auttaa?',
    kind: 'single',
    options: ['A', 'B'],
  });
  const { poll } = await ann.next('poll');
  piaSocket.send({ type: 'vote', pollId: poll.id, choices: [1] });
  ann.send({ type: 'vote', pollId: poll.id, choices: [0] });
  await host.next('tally', (f) => f.voters === 2);
  await host.next('votes', (f) => f.messageId === annQuestion.id);
  await host.next('reported', (f) => f.messageId === annChat.id);
  return {
    path,
    eventId: meeting.id,
    organiser,
    pia,
    piaToken,
    piaSocket,
    ann,
    host,
    piaChat,
    piaQuestion,
    annQuestion,
    poll,
  };
}

const PIA = /Pia|Pirkkala|Pian/;

describe('a person’s live-room data', () => {
  it('is exported: the room, the names given, what they wrote, voted and reported', async () => {
    const room = await roomWithPia();
    const data = await exportOf(t, room.pia.cookie);
    expect(data.liveRooms).toEqual([
      expect.objectContaining({
        network: expect.any(String),
        event: expect.any(String),
        title: { fi: 'Kuukausitapaaminen' },
        displayName: 'Pia Pirkkalainen',
        organisation: 'Pirkkalan kunta',
        organisationType: 'municipality',
        host: false,
        enteredAt: expect.any(String),
        lastSeenAt: expect.any(String),
        messages: [
          expect.objectContaining({ kind: 'chat', text: 'Pian oma viesti', hiddenByHostAt: null }),
          expect.objectContaining({ kind: 'question', text: 'Pian kysymys?', votes: 1 }),
        ],
        questionVotes: [expect.objectContaining({ question: 'Annin kysymys?' })],
        pollVotes: [expect.objectContaining({ poll: 'Mikä auttaa?', answer: ['B'] })],
        reports: [expect.objectContaining({ message: 'Annin viesti' })],
      }),
    ]);
    for (const c of [room.piaSocket, room.ann, room.host]) c.close();
  });

  it('is erased on deletion: from the room, its replay and the organisers’ export; counts stay', async () => {
    const room = await roomWithPia();
    await deleteAccount(t, room.pia.cookie);

    // Everyone in the room drops Pia's messages at once.
    const hidden = [await room.ann.next('hidden'), await room.ann.next('hidden')];
    expect(hidden.map((f) => f.messageId).sort()).toEqual([room.piaChat.id, room.piaQuestion.id].sort());

    for (const format of ['csv', 'md']) {
      const exported = await t.request({
        method: 'GET',
        url: `${room.path}/export.${format}`,
        cookie: room.organiser.cookie,
      });
      expect(exported.body).toContain('Annin kysymys?');
      expect(exported.body).not.toMatch(PIA);
    }

    const newcomer = await enterRoom(t, room.path, 'Late');
    const fresh = await LiveClient.join(t.url, room.path, newcomer.token);
    expect(JSON.stringify(fresh.welcome)).not.toMatch(PIA);
    const snapshot = fresh.welcome.snapshot;
    expect(snapshot?.messages.find((m) => m.id === room.annQuestion.id)?.votes).toBe(1);
    expect(snapshot?.polls.find((p) => p.id === room.poll.id)).toMatchObject({ counts: [1, 1], voters: 2 });

    const replay = await LiveClient.join(t.url, room.path, newcomer.token, { lastSeq: 0 });
    const last = await replay.client.next('hidden', (f) => f.seq === replay.welcome.lastSeq);
    expect(JSON.stringify([...replay.client.frames, last])).not.toMatch(PIA);
    expect(replay.client.frames).toContainEqual(
      expect.objectContaining({
        message: expect.objectContaining({ id: room.piaChat.id, body: '', hidden: true }),
      }),
    );

    // Pia's secret from before opens nothing, and nothing of her is left in the tables.
    const again = await LiveClient.open(t.url, room.path);
    again.send({ type: 'hello', token: room.piaToken });
    expect((await again.next('error')).code).toBe('unknown-participant');
    const left = await rowsOf(
      t,
      `SELECT display_name FROM live_participants
       WHERE event_id = $3 AND (display_name ~ $1 OR organisation ~ $1 OR user_id = $2)
       UNION ALL SELECT body FROM live_messages WHERE event_id = $3 AND body ~ $1
       UNION ALL SELECT frame::text FROM live_log WHERE event_id = $3 AND frame::text ~ $1`,
      [PIA.source, room.pia.userId, room.eventId],
    );
    expect(left).toEqual([]);
    for (const c of [room.piaSocket, room.ann, room.host, fresh.client, replay.client, again]) c.close();
  });
});
