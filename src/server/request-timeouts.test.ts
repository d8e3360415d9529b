import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ REQUEST_TIMEOUT_SECONDS: '1', HEADERS_TIMEOUT_SECONDS: '1' });
});
afterAll(() => t.close());

/** A raw connection that sends `head`, then one more byte of the body every 50 ms until closed. */
async function drip(head: string): Promise<string> {
  const { port } = new URL(t.url);
  const socket = connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write(head);
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString()));
  socket.on('error', () => {}); // a reset after the answer is fine
  let drops = 0;
  const dripping = setInterval(() => {
    if (++drops > 1200)
      socket.destroy(); // a minute: the test has failed by then
    else socket.write('a');
  }, 50);
  await once(socket, 'close');
  clearInterval(dripping);
  return answer;
}

it('cuts off a client that drips its request body, with 408', async () => {
  const answer = await drip(
    'POST /api/markdown/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
      'Content-Length: 100000\r\n\r\n{"markdown":"',
  );
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
});

it('cuts off a client that drips its headers', async () => {
  const answer = await drip('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
});

it('leaves live-room sockets open past the request timeout', async () => {
  const { network } = await buildNetwork(t);
  const meeting = await buildMeeting(t, network);
  const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
  const { token } = await enterRoom(t, path, 'Ann');
  const { client } = await LiveClient.join(t.url, path, token);
  // Past the timeout and several of the server's checks of it.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  client.send({ type: 'ping' });
  await client.next('pong');
  expect(client.closed).toBeNull();
  client.close();
});
