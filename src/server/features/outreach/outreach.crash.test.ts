import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Database, migrateDatabase, openDatabase } from '#server/db/client.ts';
import { ensureUser } from '#server/features/auth/auth.service.ts';
import { createNetwork } from '#server/features/networks/networks.service.ts';
import { startJobs } from '#server/platform/jobs.ts';
import { BUDGET } from '#test/budget.ts';
import { Child } from '#test/child.ts';
import { createTestDatabase } from '#test/database.ts';
import { buildConfirmedList } from '#test/outreach.ts';
import { type SmtpSink, startSmtpSink } from '#test/smtp.ts';
import { createCampaign, sendCampaign } from './outreach.service.ts';
import { campaigns, deliveries } from './outreach.tables.ts';

const cli = join(import.meta.dirname, '../../../../bin/verkosto.js');
const RECIPIENTS = 120;
const PER_MINUTE = 1200; // one message every 50 ms

let dataDir: string;
let postgres: Database | undefined;
let smtp: SmtpSink;
let campaignId: string;

/** The database the server processes use: its own PostgreSQL database, or PGlite in dataDir. */
async function open(): Promise<Database> {
  if (postgres) return postgres;
  const database = await openDatabase({ dataDir });
  await migrateDatabase(database);
  return database;
}
const release = async (database: Database) => {
  if (!postgres) await database.close(); // PGlite allows one process at a time
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'verkosto-crash-'));
  if (process.env.DATABASE_URL) postgres = await createTestDatabase();
  smtp = await startSmtpSink();
  const database = await open();
  const user = await ensureUser(database.db, 'organiser@example.org');
  const actor = { userId: user.id, email: user.email, name: user.name, isAdmin: false };
  const network = await createNetwork(database.db, actor, { slug: 'crash', name: { fi: 'Kaatuminen' } });
  const list = await buildConfirmedList(database.db, network, RECIPIENTS);
  const campaign = await createCampaign(
    database.db,
    network,
    { subject: 'Kutsu', body: 'Tervetuloa!', listIds: [list.id] },
    user.id,
  );
  const jobs = await startJobs(database, (error) => {
    throw error;
  });
  await sendCampaign({ db: database.db, jobs }, network, campaign.id, null);
  await jobs.stop({ graceful: false });
  campaignId = campaign.id;
  await release(database);
});

afterAll(async () => {
  await smtp.close();
  await postgres?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** `verkosto serve`, which picks up the campaign left in "sending" when it starts. */
function serve(name: string): Child {
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    DATABASE_URL: postgres?.kind === 'postgres' ? postgres.url : '',
    SMTP_URL: smtp.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SESSION_SECRET: 'crash-test-secret-that-is-at-least-32-characters',
    OUTREACH_MESSAGES_PER_MINUTE: String(PER_MINUTE),
    OUTREACH_CLAIM_SECONDS: '5',
  };
  return new Child(process.execPath, [cli, 'serve'], env, name);
}

// Two server starts and 120 messages at a set pace: a budget of its own.
it('sends each recipient the campaign after the sender is killed mid-way and restarted', {
  timeout: BUDGET.process,
}, async () => {
  const first = serve('the first sender');
  await smtp.waitFor(40, { timeout: BUDGET.process });
  await first.kill();
  const beforeKill = smtp.messages.length;

  const second = serve('the second sender');
  await smtp.waitFor(RECIPIENTS, { distinct: true, timeout: BUDGET.process });
  // Once the second sender has recorded its last message and closed the campaign, stop it as an operator would.
  await second.untilOutput(/"msg":"campaign sent"/);
  expect((await second.stop()).code).toBe(0);

  // Throttled: the first sender's messages came no faster than the configured rate.
  const firstRun = smtp.messages.slice(0, beforeKill);
  const span = (firstRun.at(-1)?.at ?? 0) - (firstRun[0]?.at ?? 0);
  expect(span).toBeGreaterThanOrEqual((firstRun.length - 1) * (60_000 / PER_MINUTE) * 0.9);

  // Nobody missed; a repeat only for a message in flight at the kill, with the same Message-ID.
  const byRecipient = new Map<string, string[]>();
  for (const message of smtp.messages) {
    const { messageId } = await PostalMime.parse(message.raw);
    byRecipient.set(message.to, [...(byRecipient.get(message.to) ?? []), messageId ?? '']);
  }
  expect(byRecipient.size).toBe(RECIPIENTS);
  const repeated = [...byRecipient.values()].filter((ids) => ids.length > 1);
  expect(repeated.length).toBeLessThanOrEqual(2); // at most one in flight per sender
  for (const ids of repeated) expect(new Set(ids).size).toBe(1);

  const database = await open();
  try {
    const [campaign] = await database.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(campaign?.status).toBe('sent');
    const rows = await database.db.select().from(deliveries).where(eq(deliveries.campaignId, campaignId));
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(RECIPIENTS);
  } finally {
    await release(database);
  }
});
