import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { startControlServer } from './control/control-server.ts';
import { type Database, migrateDatabase, openDatabase } from './db/client.ts';
import { loadDemo } from './demo/demo.ts';
import { startRetention } from './features/people/people.service.ts';

/**
 * Opens the configured database: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR (taking
 * the folder's lock, so `command` names this process to anyone else who tries).
 */
export async function openConfiguredDatabase(
  config: Config,
  command: string,
  options: { migrate: boolean } = { migrate: true },
): Promise<Database> {
  const database = await openDatabase(
    config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL, command }
      : { dataDir: config.DATA_DIR, command },
  );
  try {
    if (options.migrate) await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** config → database → app → listen, and a graceful stop on SIGTERM/SIGINT. */
export async function serve(config: Config = loadConfig()): Promise<FastifyInstance> {
  const database = await openConfiguredDatabase(config, 'verkosto serve');
  if (config.DEMO) await loadDemo(database.db, { onlyIfEmpty: true });
  const app = await buildApp({ config, database });
  // Here, not in buildApp: a test must not have its expired rows purged by the clock.
  await startRetention(app.jobs, database.db);
  await app.listen({ port: config.PORT, host: config.HOST });
  // The CLI acts on a PGlite folder through the process that holds it; a PostgreSQL server needs no go-between.
  const lock = database.kind === 'pglite' ? database.lock : undefined;
  const control = lock ? await startControlServer({ database, config, log: app.log }) : null;
  if (lock && control) lock.advertise(control.address);
  app.log.info(
    { database: database.kind, dataDir: database.kind === 'pglite' ? config.DATA_DIR : undefined },
    `Verkosto is serving ${config.PUBLIC_URL}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'finishing open requests, then stopping');
    // Fastify stops accepting connections and waits for requests in flight; then the database closes.
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    await control?.close();
    await app.close();
    await database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return app;
}
