import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

// Two instances on one database, as behind a load balancer (on PostgreSQL when DATABASE_URL is set).
let first: TestServer;
let second: TestApp & { url: string };

beforeAll(async () => {
  first = await startTestServer();
  const app = await buildTestApp({ PUBLIC_URL: first.url }, first.database);
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.app.server.address() as { port: number };
  second = { ...app, url: `http://127.0.0.1:${port}` };
});
afterAll(async () => {
  await second.close();
  await first.close();
});

it('delivers the same ordered stream to clients of both instances', async () => {
  const { network } = await buildNetwork(first);
  const meeting = await buildMeeting(first, network);
  const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
  const people = await Promise.all(
    ['Ann', 'Bob', 'Cec', 'Dan'].map(async (name, i) => {
      const server = i % 2 === 0 ? first : second;
      const { token } = await enterRoom(server, path, name);
      return (await LiveClient.join(server.url, path, token)).client;
    }),
  );
  const perSender = 10;
  for (let n = 0; n < perSender; n++) for (const [i, person] of people.entries()) person.chat(`${i}:${n}`);
  const streams = await Promise.all(
    people.map(async (person) => {
      const received = [];
      for (let k = 0; k < perSender * people.length; k++) received.push(await person.next('message'));
      return received.map((f) => `${f.seq} ${f.message.body}`);
    }),
  );
  for (const stream of streams) expect(stream).toEqual(streams[0]);
  const seqs = streams[0]?.map((line) => Number(line.split(' ')[0])) ?? [];
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(perSender * people.length);
  // Each sender's own messages keep the order they were sent in.
  for (const i of people.keys()) {
    const own = (streams[0] ?? []).filter((line) => line.split(' ')[1]?.startsWith(`${i}:`));
    expect(own.map((line) => line.split(':')[1])).toEqual([...Array(perSender).keys()].map(String));
  }
  for (const person of people) person.close();
});

it('counts the people on both instances in the room', async () => {
  const { network } = await buildNetwork(first);
  const meeting = await buildMeeting(first, network);
  const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
  const ann = await LiveClient.join(first.url, path, (await enterRoom(first, path, 'Ann')).token);
  const bob = await LiveClient.join(second.url, path, (await enterRoom(second, path, 'Bob')).token);
  await ann.client.next('presence', (f) => f.count === 2);
  await bob.client.next('presence', (f) => f.count === 2);
  bob.client.close();
  await ann.client.next('presence', (f) => f.count === 1);
  ann.client.close();
});

it('sends its clients "going away" when an instance stops, and they resume on another', async () => {
  const leaving = await buildTestApp({ PUBLIC_URL: first.url }, first.database);
  await leaving.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = leaving.app.server.address() as { port: number };
  const { network } = await buildNetwork(first);
  const meeting = await buildMeeting(first, network);
  const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
  const ann = await LiveClient.join(first.url, path, (await enterRoom(first, path, 'Ann')).token);
  const bobToken = (await enterRoom(first, path, 'Bob')).token;
  const bob = await LiveClient.join(`http://127.0.0.1:${port}`, path, bobToken);
  ann.client.chat('before');
  const { seq } = await bob.client.next('message');
  await leaving.close();
  expect((await bob.client.waitClosed()).code).toBe(1001);
  ann.client.chat('while away');
  await ann.client.next('message', (f) => f.message.body === 'while away');
  const resumed = await LiveClient.join(second.url, path, bobToken, { lastSeq: seq });
  expect((await resumed.client.next('message')).message.body).toBe('while away');
  ann.client.close();
  resumed.client.close();
});
