import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type Database, migrateDatabase, openDatabase } from '#server/db/client.ts';
import { startJobs } from '#server/platform/jobs.ts';
import { adminUrl, TEMPLATE_PREFIX, templateName, templateOwner } from './template.ts';

/**
 * Migrates one template database per run; each test file then gets a copy of it: a PGlite data
 * directory loaded in memory, or `CREATE DATABASE … TEMPLATE` on the PostgreSQL server.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = templateName();
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await dropTemplatesOfEndedRuns(admin);
    await admin.query(`CREATE DATABASE ${name}`);
    const template = await openDatabase({ databaseUrl: withDatabase(url, name) });
    await prepare(template);
    await template.close();
    await admin.end();
    project.provide('templateUrl', withDatabase(url, name));
    return async () => {
      const teardown = new pg.Client({ connectionString: adminUrl(url) });
      await teardown.connect();
      await teardown.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await teardown.end();
    };
  }
  const template = await openDatabase({ memory: true });
  await prepare(template);
  if (template.kind !== 'pglite') throw new Error('expected PGlite');
  const file = join(tmpdir(), `verkosto-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await template.pglite.dumpDataDir('none')).arrayBuffer()));
  await template.close();
  project.provide('pgliteTemplate', file);
  return () => rm(file, { force: true });
}

/** Our migrations and pg-boss's own schema, which each app would otherwise create at start. */
async function prepare(template: Database) {
  await migrateDatabase(template);
  const jobs = await startJobs(template, (error) => console.error(error));
  await jobs.stop({ graceful: true });
}

/** Templates left by runs that were killed: their process is gone. */
async function dropTemplatesOfEndedRuns(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [TEMPLATE_PREFIX],
  );
  for (const { datname } of rows) {
    if (!isRunning(templateOwner(datname)))
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl?: string;
    pgliteTemplate?: string;
  }
}
