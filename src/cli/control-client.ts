import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { LockHolder } from '#server/db/data-dir-lock.ts';

/** The serving process that holds the data folder, reached through its control listener. */
export type Server = LockHolder & { control: NonNullable<LockHolder['control']> };

async function call(server: Server, command: string, body: object = {}): Promise<Response> {
  const response = await fetch(`http://127.0.0.1:${server.control.port}/${command}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.control.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch((error: Error) => {
    throw new Error(`The running server (process ${server.pid}) did not answer: ${error.message}`);
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(`The running server (process ${server.pid}) refused: ${answer.error ?? response.status}`);
  }
  return response;
}

/** Runs a command in the server and returns its JSON answer. */
export async function ask<T>(server: Server, command: string, body?: object): Promise<T> {
  return (await call(server, command, body)).json() as Promise<T>;
}

/** Has the server write a backup and streams it into `file`. */
export async function fetchBackup(server: Server, file: string, mode: number): Promise<void> {
  const response = await call(server, 'backup');
  if (!response.body) throw new Error('The running server sent no backup.');
  await pipeline(Readable.fromWeb(response.body as ReadableStream), createWriteStream(file, { mode }));
}
