import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { CLOSE_CODES, LIVE_LIMITS } from '#shared/live.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

let t: TestServer;
let roomPath: string;
let organiserCookie: string;
let networkSlug: string;

beforeAll(async () => {
  t = await startTestServer();
  const { network, organiser } = await buildNetwork(t);
  const meeting = await buildMeeting(t, network);
  networkSlug = network.slug;
  organiserCookie = organiser.cookie;
  roomPath = `/api/networks/${network.slug}/live/${meeting.slug}`;
});
afterAll(() => t.close());

/** A new participant, connected and welcomed. */
async function participant(name: string, path = roomPath) {
  const { token, participantId } = await enterRoom(t, path, name);
  const { client, welcome } = await LiveClient.join(t.url, path, token);
  return { client, welcome, token, participantId };
}

async function host(path = roomPath) {
  const { token } = await enterRoom(t, path, 'Host', organiserCookie);
  return LiveClient.join(t.url, path, token, { cookie: organiserCookie });
}

/** A room of its own, so one test's stream does not mix with another's. */
async function freshRoom() {
  const { network, organiser } = await buildNetwork(t);
  const meeting = await buildMeeting(t, network);
  return { path: `/api/networks/${network.slug}/live/${meeting.slug}`, cookie: organiser.cookie };
}

describe('entering a live room', () => {
  it('lets anyone enter with a display name and welcomes them with the room as it is', async () => {
    const ann = await participant('Ann');
    expect(ann.welcome.you).toMatchObject({ displayName: 'Ann', host: false });
    expect(ann.welcome.snapshot).toBeDefined();
    expect(ann.welcome.room.status).toBe('open');
    ann.client.close();
  });

  it('names the field and writes nothing for a bad entry', async () => {
    for (const payload of [
      { displayName: '   ' },
      { displayName: 'x'.repeat(61) },
      { displayName: 'A', extra: 1 },
    ]) {
      const response = await t.request({ method: 'POST', url: `${roomPath}/participants`, payload });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields).join()).toMatch(/displayName|extra/);
    }
  });

  it('keeps a display name to one plain line', async () => {
    const { client, welcome } = await participant('  Ann\u0007\n  Example  ');
    expect(welcome.you.displayName).toBe('Ann Example');
    client.close();
  });

  it('refuses the rooms of cancelled meetings and hides those of drafts from visitors', async () => {
    const { network, organiser } = await buildNetwork(t);
    const draft = await buildMeeting(t, network, { status: 'draft' });
    const draftPath = `/api/networks/${network.slug}/live/${draft.slug}`;
    expect((await t.request({ method: 'GET', url: draftPath })).statusCode).toBe(404);
    const cancel = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.slug}/events/${draft.slug}`,
      cookie: organiser.cookie,
      payload: { status: 'cancelled', scope: 'this' },
    });
    expect(cancel.statusCode).toBe(200);
    const join = await t.request({
      method: 'POST',
      url: `${draftPath}/participants`,
      payload: { displayName: 'Ann' },
    });
    expect(join.statusCode).toBe(409);
  });

  it('disconnects a socket whose token is unknown', async () => {
    const client = await LiveClient.open(t.url, roomPath);
    client.send({ type: 'hello', token: 'not-a-token' });
    expect((await client.next('error')).code).toBe('unknown-participant');
    expect((await client.waitClosed()).code).toBe(CLOSE_CODES.notJoined);
  });
});

describe('chat', () => {
  it('delivers a message to everyone in the same order, and acknowledges it to the sender', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const bob = await participant('Bob', room.path);
    const clientId = ann.client.chat('Hei kaikki! <b>not bold</b> https://example.org');
    const ack = await ann.client.next('ack', (f) => f.clientId === clientId);
    const atAnn = await ann.client.next('message');
    const atBob = await bob.client.next('message');
    expect(atBob).toEqual(atAnn);
    expect(atBob.seq).toBe(ack.seq);
    expect(atBob.message).toMatchObject({
      kind: 'chat',
      body: 'Hei kaikki! <b>not bold</b> https://example.org',
    });
    expect(atBob.message.author).toMatchObject({ displayName: 'Ann', host: false });
    ann.client.close();
    bob.client.close();
  });

  it('stores a resent message once and acknowledges it again', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const clientId = ann.client.chat('Once');
    const first = await ann.client.next('ack', (f) => f.clientId === clientId);
    ann.client.chat('Once', clientId);
    const second = await ann.client.next('ack', (f) => f.clientId === clientId);
    expect(second.seq).toBe(first.seq);
    await ann.client.next('message');
    const late = await participant('Late', room.path);
    expect(late.welcome.snapshot?.messages.map((m) => m.body)).toEqual(['Once']);
    ann.client.close();
    late.client.close();
  });

  it('resumes after a disconnect with exactly the frames missed', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const bob = await participant('Bob', room.path);
    let lastSeq = 0;
    for (const body of ['one', 'two']) {
      ann.client.chat(body);
      lastSeq = (await bob.client.next('message', (f) => f.message.body === body)).seq;
    }
    bob.client.close();
    await bob.client.waitClosed();
    for (const body of ['three', 'four', 'five']) {
      ann.client.chat(body);
      await ann.client.next('message', (f) => f.message.body === body);
    }
    const resumed = await LiveClient.join(t.url, room.path, bob.token, { lastSeq });
    expect(resumed.welcome.snapshot).toBeUndefined();
    const replayed = [
      await resumed.client.next('message'),
      await resumed.client.next('message'),
      await resumed.client.next('message'),
    ];
    expect(replayed.map((f) => f.message.body)).toEqual(['three', 'four', 'five']);
    expect(replayed.map((f) => f.seq)).toEqual([lastSeq + 1, lastSeq + 2, lastSeq + 3]);
    expect(resumed.welcome.lastSeq).toBe(lastSeq + 3);
    ann.client.chat('six');
    expect((await resumed.client.next('message')).message.body).toBe('six');
    expect(resumed.client.frames.filter((f) => f.type === 'message')).toEqual([]);
    ann.client.close();
    resumed.client.close();
  });
});

describe('bad frames', () => {
  it('answers malformed, unknown and invalid frames with an error and keeps the connection', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    ann.client.socket.send('{not json');
    expect((await ann.client.next('error')).code).toBe('invalid-frame');
    ann.client.send({ type: 'shout', body: 'x' });
    expect(await ann.client.next('error')).toMatchObject({ code: 'invalid-frame', field: 'type' });
    ann.client.send({ type: 'chat', clientId: randomUUID(), body: 'x'.repeat(LIVE_LIMITS.messageChars + 1) });
    expect(await ann.client.next('error')).toMatchObject({ code: 'invalid-frame', field: 'body' });
    ann.client.send({ type: 'ping' });
    await ann.client.next('pong');
    const late = await participant('Late', room.path);
    expect(late.welcome.snapshot?.messages).toEqual([]);
    ann.client.close();
    late.client.close();
  });

  it('refuses frames before hello', async () => {
    const client = await LiveClient.open(t.url, roomPath);
    client.chat('too early');
    expect((await client.next('error')).code).toBe('not-joined');
    client.close();
  });

  it('closes the connection on a frame over the size limit', async () => {
    const ann = await participant('Ann');
    ann.client.socket.send('x'.repeat(LIVE_LIMITS.frameBytes + 1));
    expect((await ann.client.waitClosed()).code).toBe(1009);
  });

  it('rate-limits a flood and then disconnects it', async () => {
    // The bucket's clock stands still during the flood, so a busy machine, slow to store each
    // message, refills no tokens: what is measured is the burst, not the machine's speed.
    vi.useFakeTimers({ toFake: ['performance'] });
    onTestFinished(() => void vi.useRealTimers());
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    for (let i = 0; i < 40; i++) ann.client.chat(`flood ${i}`);
    const refused = await ann.client.next('error');
    expect(refused).toMatchObject({ code: 'rate-limited' });
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect((await ann.client.waitClosed()).code).toBe(CLOSE_CODES.flood);
    const stored = ann.client.frames.filter((f) => f.type === 'ack').length;
    expect(stored).toBeLessThanOrEqual(10);
  });

  it('refuses host actions from participants and writes nothing', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    ann.client.chat('keep me');
    const message = await ann.client.next('message');
    ann.client.send({ type: 'hide', messageId: message.message.id });
    expect((await ann.client.next('error')).code).toBe('forbidden');
    ann.client.send({ type: 'room-status', status: 'closed' });
    expect((await ann.client.next('error')).code).toBe('forbidden');
    ann.client.send({ type: 'ask-feedback' });
    expect((await ann.client.next('error')).code).toBe('forbidden');
    const late = await participant('Late', room.path);
    expect(late.welcome.snapshot?.messages.map((m) => m.body)).toEqual(['keep me']);
    expect(late.welcome.room).toMatchObject({ status: 'open', feedbackAsked: false });
    ann.client.close();
    late.client.close();
  });
});

describe('asking for feedback', () => {
  it('shows everyone in the room the survey card, and whoever comes later too', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    moderator.client.send({ type: 'ask-feedback' });
    expect((await ann.client.next('room')).room).toMatchObject({ status: 'open', feedbackAsked: true });
    const late = await participant('Late', room.path);
    expect(late.welcome.room.feedbackAsked).toBe(true);
    for (const c of [ann.client, moderator.client, late.client]) c.close();
  });
});

describe('hosts', () => {
  it('makes the network’s organisers hosts, and nobody else', async () => {
    const organiser = await host();
    expect(organiser.welcome.you.host).toBe(true);
    organiser.client.close();
    const member = await buildPerson(t);
    const { token } = await enterRoom(t, roomPath, 'Member', member.cookie);
    const joined = await LiveClient.join(t.url, roomPath, token, { cookie: member.cookie });
    expect(joined.welcome.you.host).toBe(false);
    joined.client.close();
    const other = await buildNetwork(t);
    const stranger = await enterRoom(t, roomPath, 'Other organiser', other.organiser.cookie);
    const strangerJoined = await LiveClient.join(t.url, roomPath, stranger.token, {
      cookie: other.organiser.cookie,
    });
    expect(strangerJoined.welcome.you.host).toBe(false);
    strangerJoined.client.close();
  });

  it('hides a message for everyone at once, also from the replayed stream', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    ann.client.chat('something rude');
    const { message, seq } = await moderator.client.next('message');
    moderator.client.send({ type: 'hide', messageId: message.id });
    expect((await ann.client.next('hidden')).messageId).toBe(message.id);
    const late = await participant('Late', room.path);
    expect(late.welcome.snapshot?.messages).toEqual([]);
    const { client: resumed } = await LiveClient.join(t.url, room.path, late.token, { lastSeq: seq - 1 });
    const replayed = await resumed.next('message');
    expect(replayed.message).toMatchObject({ id: message.id, body: '', hidden: true });
    for (const c of [ann.client, moderator.client, late.client, resumed]) c.close();
  });

  it('removes a participant: their socket closes and they cannot come back', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    moderator.client.send({ type: 'remove', participantId: ann.participantId });
    expect((await ann.client.waitClosed()).code).toBe(CLOSE_CODES.removed);
    const again = await LiveClient.open(t.url, room.path);
    again.send({ type: 'hello', token: ann.token });
    expect((await again.next('error')).code).toBe('removed');
    moderator.client.close();
  });

  it('slows the chat down and closes the room', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    moderator.client.send({ type: 'slow-mode', seconds: 60 });
    expect((await ann.client.next('room')).room.slowModeSeconds).toBe(60);
    ann.client.chat('first');
    await ann.client.next('ack');
    const second = ann.client.chat('second');
    const refused = await ann.client.next('error');
    expect(refused).toMatchObject({ code: 'slow-mode', clientId: second });
    expect(refused.retryAfter).toBeGreaterThan(50);
    moderator.client.chat('hosts are not slowed');
    await moderator.client.next('ack');
    moderator.client.send({ type: 'room-status', status: 'closed' });
    // Closing the room ends the meeting in it: everyone is asked for feedback.
    expect((await ann.client.next('room')).room).toMatchObject({ status: 'closed', feedbackAsked: true });
    ann.client.send({ type: 'ask', clientId: randomUUID(), body: 'Too late?' });
    expect((await ann.client.next('error')).code).toBe('room-closed');
    ann.client.close();
    moderator.client.close();
  });
});

describe('questions and polls', () => {
  it('counts one upvote per participant and lets the host mark a question answered', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const bob = await participant('Bob', room.path);
    ann.client.send({ type: 'ask', clientId: randomUUID(), body: 'Miten kunnat aloittavat?' });
    const { message } = await bob.client.next('message');
    expect(message.kind).toBe('question');
    bob.client.send({ type: 'upvote', messageId: message.id });
    bob.client.send({ type: 'upvote', messageId: message.id });
    expect(await ann.client.next('votes')).toEqual({ type: 'votes', messageId: message.id, votes: 1 });
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    moderator.client.send({ type: 'answer', messageId: message.id });
    expect((await ann.client.next('answered')).messageId).toBe(message.id);
    const late = await participant('Late', room.path);
    expect(late.welcome.snapshot?.messages[0]).toMatchObject({ votes: 1, answered: true });
    expect(bob.client.frames.filter((f) => f.type === 'error')).toEqual([]);
    for (const c of [ann.client, bob.client, moderator.client, late.client]) c.close();
  });

  it('runs a poll with live results and refuses votes once it is closed', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    const bob = await participant('Bob', room.path);
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    moderator.client.send({
      type: 'open-poll',
      clientId: randomUUID(),
      question: 'Mikä toimii?',
      kind: 'multiple',
      options: ['A', 'B', 'C'],
    });
    const { poll } = await ann.client.next('poll');
    expect(poll).toMatchObject({ status: 'open', counts: [0, 0, 0], voters: 0 });
    ann.client.send({ type: 'vote', pollId: poll.id, choices: [0, 2] });
    bob.client.send({ type: 'vote', pollId: poll.id, choices: [5] });
    expect(await bob.client.next('error')).toMatchObject({ code: 'invalid-choice', field: 'choices' });
    bob.client.send({ type: 'vote', pollId: poll.id, choices: [2] });
    await moderator.client.next('tally', (f) => f.voters === 2);
    moderator.client.send({ type: 'close-poll', pollId: poll.id });
    const closed = await bob.client.next('poll', (f) => f.poll.status === 'closed');
    expect(closed.poll).toMatchObject({ counts: [1, 0, 2], voters: 2 });
    bob.client.send({ type: 'vote', pollId: poll.id, choices: [1] });
    expect(await bob.client.next('error')).toMatchObject({ code: 'poll-closed' });
    moderator.client.send({
      type: 'open-poll',
      clientId: randomUUID(),
      question: 'Arvio?',
      kind: 'scale',
      options: [],
    });
    expect((await ann.client.next('poll', (f) => f.poll.kind === 'scale')).poll.options).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    moderator.client.send({
      type: 'open-poll',
      clientId: randomUUID(),
      question: 'Yksi?',
      kind: 'single',
      options: ['A'],
    });
    expect(await moderator.client.next('error')).toMatchObject({ code: 'invalid-frame', field: 'options' });
    for (const c of [ann.client, bob.client, moderator.client]) c.close();
  });
});

describe('after the meeting', () => {
  it('exports everything said as CSV and Markdown, for organisers only', async () => {
    const room = await freshRoom();
    const ann = await participant('Ann', room.path);
    ann.client.chat('=SUM(A1) "quoted", text');
    await ann.client.next('ack');
    ann.client.send({ type: 'ask', clientId: randomUUID(), body: 'A *question*?' });
    await ann.client.next('ack');
    ann.client.close();
    const csv = await t.request({ method: 'GET', url: `${room.path}/export.csv`, cookie: room.cookie });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    expect(csv.body).toContain(`"'=SUM(A1) ""quoted"", text"`);
    const md = await t.request({ method: 'GET', url: `${room.path}/export.md`, cookie: room.cookie });
    expect(md.body).toContain('## Questions');
    expect(md.body).toContain('A \\*question\\*?');
    expect((await t.request({ method: 'GET', url: `${room.path}/export.csv` })).statusCode).toBe(401);
    const member = await buildPerson(t);
    expect(
      (await t.request({ method: 'GET', url: `${room.path}/export.md`, cookie: member.cookie })).statusCode,
    ).toBe(403);
  });

  it('shows the organisers’ summary, sanitised, on the room', async () => {
    const room = await freshRoom();
    const summary = '**Key points** <script>alert(1)</script>';
    const saved = await t.request({
      method: 'PUT',
      url: `${room.path}/summary`,
      cookie: room.cookie,
      payload: { summary },
    });
    expect(saved.statusCode).toBe(204);
    const info = (await t.request({ method: 'GET', url: room.path })).json();
    expect(info.summaryHtml).toContain('<strong>Key points</strong>');
    expect(info.summaryHtml).not.toContain('<script');
    expect(info.summary).toBeNull(); // the source is for those who edit it
    const forHost = (await t.request({ method: 'GET', url: room.path, cookie: room.cookie })).json();
    expect(forHost.summary).toBe(summary);
    const visitor = await t.request({
      method: 'PUT',
      url: `${room.path}/summary`,
      payload: { summary: 'x' },
    });
    expect(visitor.statusCode).toBe(401);
  });
});

describe('network slugs', () => {
  it('answers 404 for an unknown network or event', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/networks/${networkSlug}/live/nope` })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/networks/nope/live/nope' })).statusCode).toBe(404);
  });
});

describe('the room of a meeting that is over', () => {
  async function pastRoom() {
    const { network, organiser } = await buildNetwork(t);
    const meeting = await buildMeeting(t, network, { date: '2022-06-03' });
    return { path: `/api/networks/${network.slug}/live/${meeting.slug}`, cookie: organiser.cookie };
  }

  it('is a read-only archive: visitors cannot enter, and it says so', async () => {
    const { path } = await pastRoom();
    expect((await t.request({ method: 'GET', url: path })).json()).toMatchObject({ archived: true });
    const entry = await t.request({
      method: 'POST',
      url: `${path}/participants`,
      payload: { displayName: 'Ann' },
    });
    expect(entry.statusCode).toBe(409);
    expect(entry.json().error.message).toMatch(/ended/);
    expect((await t.request({ method: 'GET', url: roomPath })).json()).toMatchObject({ archived: false });
  });

  it('lets its hosts in to moderate, but nobody writes in it any more', async () => {
    const { path, cookie } = await pastRoom();
    const { token } = await enterRoom(t, path, 'Host', cookie);
    const { client } = await LiveClient.join(t.url, path, token, { cookie });
    client.send({ type: 'chat', clientId: randomUUID(), body: 'Vielä yksi asia' });
    expect(await client.next('error')).toMatchObject({ code: 'room-closed' });
    client.close();
  });

  it('is read by anyone once over: what was said and its polls, not what hosts hid', async () => {
    const room = await freshRoom();
    const { token } = await enterRoom(t, room.path, 'Host', room.cookie);
    const moderator = await LiveClient.join(t.url, room.path, token, { cookie: room.cookie });
    const ann = await participant('Ann', room.path);
    ann.client.chat('Kiitos esityksestä');
    await moderator.client.next('message');
    ann.client.chat('something rude');
    const rude = await moderator.client.next('message');
    moderator.client.send({ type: 'hide', messageId: rude.message.id });
    await ann.client.next('hidden');
    expect((await t.request({ method: 'GET', url: `${room.path}/archive` })).statusCode).toBe(409);
    ann.client.close();
    moderator.client.close();

    const slug = room.path.split('/').at(-1) ?? '';
    const moved = await t.request({
      method: 'PATCH',
      url: room.path.replace(`/live/${slug}`, `/events/${slug}`),
      cookie: room.cookie,
      payload: { date: '2022-06-03' },
    });
    expect(moved.statusCode).toBe(200);
    const archive = await t.request({ method: 'GET', url: `${room.path}/archive` });
    expect(archive.statusCode).toBe(200);
    expect(archive.json().messages.map((m: { body: string }) => m.body)).toEqual(['Kiitos esityksestä']);
    expect(archive.json().messages[0].author).toMatchObject({ displayName: 'Ann', host: false });
    expect(archive.json().polls).toEqual([]);
  });
});
