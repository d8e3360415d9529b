import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, ConfigSchema, loadConfig } from '#server/config.ts';
import { loadDemo } from '#server/demo/demo.ts';
import { makeAdminAtCommandLine } from '#server/features/auth/auth.service.ts';
import { openConfiguredDatabase, serve } from '#server/main.ts';
import { EmailSchema } from '#shared/common.ts';

type Command = { summary: string; usage: string; help: string; run(args: string[]): Promise<void> };

// From the one schema, so a new setting is listed here without anyone remembering to.
const environment = `Environment (see README.md): ${Object.keys(ConfigSchema.shape).join(', ')}.`;

/** Opens the database, runs `work`, and closes it again. */
async function withDatabase(work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<void>) {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await work(database);
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

const commands: Record<string, Command> = {
  serve: {
    summary: 'serve the platform (migrates the database first)',
    usage: 'verkosto serve',
    help: `Serves Verkosto on PORT (default 3000) with data in DATA_DIR (default ./data), or on the
PostgreSQL server at DATABASE_URL. DEMO=1 loads the demo network into an empty database.`,
    run: async () => void (await serve()),
  },
  migrate: {
    summary: 'apply database migrations and exit',
    usage: 'verkosto migrate',
    help: 'Applies the migrations that the database lacks; serve does this too at every start.',
    run: () => withDatabase(async () => console.log('Migrations are up to date.')),
  },
  demo: {
    summary: 'load the demo network (digin-edistajat)',
    usage: 'verkosto demo',
    help: 'Loads the synthetic demo network modelled on the network for promoters of digitalisation, unless it exists.',
    run: () =>
      withDatabase(async ({ db }) => {
        const loaded = await loadDemo(db, { onlyIfEmpty: false });
        console.log(
          loaded ? 'Loaded the demo network digin-edistajat.' : 'The demo network is already there.',
        );
      }),
  },
  admin: {
    summary: 'manage installation admins: admin add EMAIL',
    usage: 'verkosto admin add EMAIL',
    help: 'Makes the person with EMAIL an installation admin, creating their account if they have not signed in yet.',
    run: async ([action, email]) => {
      const parsed = EmailSchema.safeParse(email ?? '');
      if (action !== 'add' || !parsed.success)
        throw new UsageError('admin', 'expected: verkosto admin add EMAIL');
      await withDatabase(async ({ db }) => {
        await makeAdminAtCommandLine(db, parsed.data, operatorName());
        console.log(`${parsed.data} is an installation admin.`);
      });
    },
  },
};

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
  } else {
    throw error;
  }
}
