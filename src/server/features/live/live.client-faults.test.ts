import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, LIVE_LIMITS } from '#shared/live.ts';
import { UNSTORABLE_TEXT } from '#shared/storable.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { join, postMessage } from './live.service.ts';

type LogLine = { level: number; msg: string; stack?: string; err?: { stack?: string } };

let t: TestServer;
const logLines: LogLine[] = [];

beforeAll(async () => {
  t = await startTestServer(
    { LOG_LEVEL: 'info' },
    { logStream: { write: (line) => void logLines.push(JSON.parse(line) as LogLine) } },
  );
});
afterAll(() => t.close());

async function room() {
  const { network } = await buildNetwork(t);
  const meeting = await buildMeeting(t, network);
  return { meeting, path: `/api/networks/${network.slug}/live/${meeting.slug}` };
}

async function participant(path: string, name: string) {
  const { token } = await enterRoom(t, path, name);
  return (await LiveClient.join(t.url, path, token)).client;
}

describe('a client at fault', () => {
  it('is told which field holds text the database cannot store, and stays connected', async () => {
    const { path } = await room();
    const client = await participant(path, 'Ann');
    for (const body of ['a\u0000b', 'x\ud800']) {
      const clientId = client.chat(body);
      const error = await client.next('error');
      expect(error).toMatchObject({
        code: 'invalid-frame',
        field: 'body',
        message: `body: ${UNSTORABLE_TEXT}`,
      });
      expect(client.frames.some((f) => f.type === 'ack' && f.clientId === clientId)).toBe(false);
    }
    client.send({ type: 'hello\u0000', token: 'x' });
    expect(await client.next('error')).toMatchObject({ code: 'invalid-frame', field: 'type' });
    client.chat('Still here');
    await client.next('ack');
    client.close();
  });

  it('is closed with 1009 for an oversize frame, noted below error level without a stack', async () => {
    const { path } = await room();
    const client = await participant(path, 'Bob');
    const before = logLines.length;
    client.socket.send('x'.repeat(LIVE_LIMITS.frameBytes + 1));
    expect((await client.waitClosed()).code).toBe(1009);
    // ws reports the fault as it sends its close, so the line is written by now.
    const lines = logLines.slice(before);
    expect(lines.find((l) => l.msg === 'live-room client broke the protocol')).toMatchObject({ level: 30 });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.some((l) => l.stack ?? l.err?.stack)).toBe(false);
  });

  it('is closed with 4009 when it stops reading, and reads that once it reads again', async () => {
    const { meeting, path } = await room();
    const slow = await participant(path, 'Slow reader');
    const serverSide = [...t.app.websocketServer.clients].at(-1); // the newest connection: slow's
    const writer = await join(
      t.database.db,
      { networkId: meeting.networkId, eventId: meeting.id },
      { displayName: 'Writer' },
      null,
    );
    slow.socket.pause();
    // The loopback takes about 4 MB before the server's backlog grows; 3-byte characters fill it fastest.
    const body = '€'.repeat(LIVE_LIMITS.messageChars);
    for (let posted = 0; serverSide?.readyState === serverSide?.OPEN && posted < 20_000; posted++) {
      await postMessage(t.database.db, writer.participant, {
        kind: 'chat',
        clientId: randomUUID(),
        body,
      });
    }
    expect(serverSide?.readyState).toBe(serverSide?.CLOSING);
    // Stalled for a while (a phone put away, a train tunnel), longer than the old 5-second cut-off.
    await sleep(8000);
    slow.socket.resume();
    expect((await slow.waitClosed()).code).toBe(CLOSE_CODES.tooSlow);
  });
});
