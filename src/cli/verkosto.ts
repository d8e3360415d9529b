import { createReadStream, createWriteStream, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '#server/backup/backup.ts';
import type { BackupHeader } from '#server/backup/backup-format.ts';
import { RestoreRefused, readBackupHeader, restoreBackup } from '#server/backup/restore.ts';
import { type Config, ConfigError, ConfigSchema, loadConfig, secretFile } from '#server/config.ts';
import { addAdmin, addDemoNetwork, migrate } from '#server/control/operations.ts';
import type { Database } from '#server/db/client.ts';
import { DataDirInUse } from '#server/db/data-dir-lock.ts';
import { knownMigrations, type Migration } from '#server/db/migration-level.ts';
import { openConfiguredDatabase, serve } from '#server/main.ts';
import { EmailSchema } from '#shared/common.ts';
import { ask, fetchBackup, type Server } from './control-client.ts';

type Command = { summary: string; usage: string; help: string; run(args: string[]): Promise<void> };

// From the one schema, so a new setting is listed here without anyone remembering to.
const environment = `Environment (see README.md): ${Object.keys(ConfigSchema.shape).join(', ')}.`;

const throughServer = `While \`verkosto serve\` runs on the same DATA_DIR (PGlite), this command is
carried out by that server; with DATABASE_URL it acts on the database directly.`;

/** Where a command acts: the database this process opened, or the serving process that holds it. */
type Installation =
  | { kind: 'direct'; database: Database; config: Config }
  | { kind: 'server'; server: Server; config: Config };

/**
 * Opens the installation for `command` and runs `work` on it. A PGlite folder held by a running
 * server is reached through that server (its lock file says how); any other holder is refused.
 */
async function onInstallation(
  command: string,
  work: (on: Installation) => Promise<void>,
  migrateFirst = true,
) {
  const config = loadConfig();
  let database: Database;
  try {
    database = await openConfiguredDatabase(config, `verkosto ${command}`, { migrate: migrateFirst });
  } catch (error) {
    const control = error instanceof DataDirInUse ? error.holder.control : undefined;
    if (!control || !(error instanceof DataDirInUse)) throw error;
    return work({ kind: 'server', server: { ...error.holder, control }, config });
  }
  try {
    await work({ kind: 'direct', database, config });
  } finally {
    await database.close();
  }
}

/** Who runs the command, as the system knows them: the audit log's only name for an operator. */
function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
const via = (server: Server) => `Through the running server (process ${server.pid}): `;

/** Runs a command that returns a message, directly or in the server. */
const say = (command: string, direct: (database: Database) => Promise<string>, body?: object) =>
  onInstallation(command, async (on) => {
    if (on.kind === 'direct') return console.log(await direct(on.database));
    const { message } = await ask<{ message: string }>(on.server, command.split(' ')[0] ?? command, body);
    console.log(`${via(on.server)}${message}`);
  });

const commands: Record<string, Command> = {
  serve: {
    summary: 'serve the platform (migrates the database first)',
    usage: 'verkosto serve',
    help: `Serves Verkosto on PORT (default 3000) with data in DATA_DIR (default ./data), or on the
PostgreSQL server at DATABASE_URL. DEMO=1 loads the demo network into an empty database.
One process at a time may use a PGlite DATA_DIR: a second one is refused, naming the first.`,
    run: async () => void (await serve()),
  },
  migrate: {
    summary: 'apply database migrations and exit',
    usage: 'verkosto migrate',
    help: `Applies the migrations that the database lacks; serve does this too at every start.
${throughServer}`,
    run: () =>
      onInstallation('migrate', async (on) => {
        if (on.kind === 'direct') return console.log(upToDate(await migrate(on.database)));
        const { migration } = await ask<{ migration: Migration | null }>(on.server, 'migrate');
        const latest = knownMigrations().at(-1);
        if (latest && (migration?.when ?? 0) < latest.when) {
          throw new Refused(
            `The running server (process ${on.server.pid}) is at migration ${migration?.tag}; this Verkosto has up to ${latest.tag}. Stop the server and start this version: it migrates at start.`,
          );
        }
        console.log(`${via(on.server)}${upToDate(migration)}`);
      }),
  },
  demo: {
    summary: 'load the demo network (digin-edistajat)',
    usage: 'verkosto demo',
    help: `Loads the synthetic demo network modelled on the network for promoters of digitalisation,
unless it exists. ${throughServer}`,
    run: () => say('demo', addDemoNetwork),
  },
  admin: {
    summary: 'manage installation admins: admin add EMAIL',
    usage: 'verkosto admin add EMAIL',
    help: `Makes the person with EMAIL an installation admin, creating their account if they have not
signed in yet. ${throughServer}`,
    run: async ([action, email]) => {
      const parsed = EmailSchema.safeParse(email ?? '');
      if (action !== 'add' || !parsed.success)
        throw new UsageError('admin', 'expected: verkosto admin add EMAIL');
      const operator = operatorName();
      await say('admin add', (database) => addAdmin(database, parsed.data, operator), {
        email: parsed.data,
        operator,
      });
    },
  },
  backup: {
    summary: 'write the whole installation to one file: backup FILE',
    usage: 'verkosto backup FILE',
    help: `Writes every table of the installation, from one consistent moment, to FILE (gzip'd JSON
lines, mode 0600), with the installation secret from DATA_DIR unless SESSION_SECRET is set.
The file holds personal data: keep it as safe as the database. Safe while serving.
${throughServer}`,
    run: async ([file]) => {
      if (!file) throw new UsageError('backup', 'expected: verkosto backup FILE');
      const target = resolve(file);
      const partial = `${target}.partial-${process.pid}`;
      try {
        await onInstallation(
          'backup',
          async (on) => {
            if (on.kind === 'server') return fetchBackup(on.server, partial, 0o600);
            const secret = { secret: on.config.SESSION_SECRET, from: on.config.sessionSecretFrom };
            await writeBackup(on.database, createWriteStream(partial, { mode: 0o600 }), secret);
          },
          false,
        );
        renameSync(partial, target);
      } finally {
        rmSync(partial, { force: true });
      }
      console.log(describeBackup(target, await readBackupHeader(createReadStream(target))));
    },
  },
  restore: {
    summary: 'load a backup into an empty installation: restore FILE',
    usage: 'verkosto restore FILE',
    help: `Loads a backup written by \`verkosto backup\` into the installation of DATA_DIR (PGlite) or
DATABASE_URL, which must be empty: a new DATA_DIR, or a new PostgreSQL database. Backups from
PGlite restore into PostgreSQL and back. A backup from an older Verkosto is migrated after
loading; one from a newer Verkosto is refused. No server may be running on the installation.`,
    run: async ([file]) => {
      if (!file) throw new UsageError('restore', 'expected: verkosto restore FILE');
      await onInstallation(
        'restore',
        async (on) => {
          if (on.kind === 'server') {
            throw new Refused(
              `A restore needs the installation to itself: stop the running server (process ${on.server.pid}) first.`,
            );
          }
          await refuseWhileServed(on.database);
          const { header, tables } = await restoreBackup(on.database, createReadStream(resolve(file)));
          const rows = Object.values(tables).reduce((a, b) => a + b, 0);
          console.log(
            `Restored ${rows} rows in ${Object.keys(tables).length} tables from ${file} (written ${header.createdAt} from ${header.source}, migration ${header.migration.tag}).`,
          );
          console.log(installSecret(on.config, header));
        },
        false,
      );
    },
  },
};

const upToDate = (migration: Migration | null) => `Migrations are up to date (${migration?.tag ?? 'none'}).`;

function describeBackup(file: string, header: BackupHeader): string {
  const megabytes = (statSync(file).size / 1024 / 1024).toFixed(1);
  const secret =
    header.sessionSecretFrom === 'environment'
      ? 'SESSION_SECRET came from the environment and is not in the file: keep it with the backup.'
      : 'It holds the installation secret too.';
  return `Wrote ${file} (${megabytes} MB, migration ${header.migration.tag}). It holds personal data: keep it safe. ${secret}`;
}

/** On PostgreSQL the folder lock does not apply: a server connected to the database shows in pg_stat_activity. */
async function refuseWhileServed(database: Database) {
  if (database.kind !== 'postgres') return;
  const { rows } = await database.pool.query<{ name: string; address: string | null }>(
    `SELECT application_name AS name, client_addr::text AS address FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND application_name LIKE 'verkosto %' AND application_name <> 'verkosto restore'`,
  );
  if (rows.length > 0) {
    const who = [...new Set(rows.map((r) => `\`${r.name}\`${r.address ? ` from ${r.address}` : ''}`))];
    throw new Refused(
      `A restore needs the database to itself, and ${who.join(', ')} is connected to it. Stop every instance first.`,
    );
  }
}

/** The backup's secret goes where this installation keeps its own, so old links keep working. */
function installSecret(config: Config, header: BackupHeader): string {
  if (!header.sessionSecret) {
    return 'The backed-up installation took SESSION_SECRET from its environment: set the same SESSION_SECRET here, or its sessions and unsubscribe links stop working.';
  }
  writeFileSync(secretFile(config.DATA_DIR), `${header.sessionSecret}\n`, { mode: 0o600 });
  if (config.sessionSecretFrom === 'environment' && config.SESSION_SECRET !== header.sessionSecret) {
    return `The backup's installation secret is now in ${secretFile(config.DATA_DIR)}, but SESSION_SECRET from the environment overrides it: unset SESSION_SECRET (or set it to that value), or the restored sessions and unsubscribe links stop working.`;
  }
  return `The installation secret is in ${secretFile(config.DATA_DIR)}.`;
}

/** A command that cannot be carried out now; the message says why and what to do. */
class Refused extends Error {}

class UsageError extends Error {
  readonly command: string;
  constructor(command: string, message: string) {
    super(message);
    this.command = command;
  }
}

function overview(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Usage: verkosto <command> [--help]\n\nCommands:\n${lines.join('\n')}\n\n${environment}`;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const [name, ...rest] = positionals;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console[name ? 'error' : 'log'](name ? `Unknown command: ${name}\n\n${overview()}` : overview());
    return name ? 2 : values.help ? 0 : 2;
  }
  if (values.help) {
    console.log(`Usage: ${command.usage}\n\n${command.help}\n\n${environment}`);
    return 0;
  }
  await command.run(rest);
  return 0;
}

try {
  const code = await main(process.argv.slice(2));
  if (code !== 0) process.exitCode = code;
} catch (error) {
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(error.message);
    process.exitCode = 2;
  } else if (error instanceof DataDirInUse || error instanceof RestoreRefused || error instanceof Refused) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
