import { expect } from 'vitest';
import type { TestApp } from './app.ts';

/** The person's own export, as `/api/me/export` gives it. */
export async function exportOf(t: TestApp, cookie: string) {
  const response = await t.request({ method: 'GET', url: '/api/me/export', cookie });
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Deletes the signed-in person's account, as the profile page does. */
export async function deleteAccount(t: TestApp, cookie: string) {
  const response = await t.request({ method: 'DELETE', url: '/api/me', cookie });
  expect(response.statusCode).toBe(204);
}

/** Rows of a raw query, on PGlite and node-postgres alike. */
export async function rowsOf<T>(t: TestApp, query: string, params: unknown[] = []): Promise<T[]> {
  const database = t.database;
  const result =
    database.kind === 'pglite'
      ? await database.pglite.query<T>(query, params)
      : await database.pool.query(query, params);
  return result.rows as T[];
}
