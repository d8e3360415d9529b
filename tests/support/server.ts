import { createServer } from 'node:net';
import { addAdmin, buildTestApp, type TestApp, type TestAppOptions } from './app.ts';

/** A port nobody uses right now, so PUBLIC_URL can be known before the server starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type TestServer = TestApp & { url: string };

export type TestServerOptions = Omit<TestAppOptions, 'admin'> & {
  /** First run done: this person is installation admin; the browser signs them in as a person would. */
  admin?: string;
};

/** The whole app listening on 127.0.0.1 with the built web app, for browser tests. */
export async function startTestServer(
  env: Record<string, string> = {},
  { admin, ...options }: TestServerOptions = {},
): Promise<TestServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await buildTestApp({ ...env, PUBLIC_URL: url, PORT: String(port) }, undefined, options);
  if (admin) await addAdmin(t, admin);
  await t.app.listen({ port, host: '127.0.0.1' });
  return { ...t, url };
}
