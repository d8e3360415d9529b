import { sql } from 'drizzle-orm';
import pg from 'pg';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { TestApp } from '#test/app.ts';
import { BUDGET, WAIT } from '#test/budget.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildConfirmedList, buildMailedTestApp } from '#test/outreach.ts';
import type { Received, SmtpSink } from '#test/smtp.ts';
import { createCampaign, getCampaign, sendCampaign } from './outreach.service.ts';

// Each test sends a whole campaign while the database fails under it.
vi.setConfig({ testTimeout: BUDGET.process });

// SMTP has accepted a message and then the database fails: the message must be recorded once the
// database answers again, never sent a second time.
let t: TestApp;
let smtp: SmtpSink;
let onAccept: ((received: Received) => Promise<void>) | undefined;

beforeAll(async () => {
  ({ t, smtp } = await buildMailedTestApp(
    { OUTREACH_CLAIM_SECONDS: '5' },
    { beforeAccept: (received: Received) => onAccept?.(received) ?? Promise.resolve() },
  ));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function startCampaign(network: NetworkRow, recipients: number, userId: string) {
  const list = await buildConfirmedList(t.database.db, network, recipients);
  const campaign = await createCampaign(
    t.database.db,
    network,
    { subject: 'Kutsu', body: 'Tervetuloa!', listIds: [list.id] },
    userId,
  );
  return campaign;
}

async function send(network: NetworkRow, campaignId: string) {
  const before = smtp.messages.length;
  await sendCampaign({ db: t.database.db, jobs: t.app.jobs }, network, campaignId, null);
  // The test's reads share the app's pool: one may meet a connection killed on purpose.
  const status = () =>
    getCampaign(t.database.db, network, campaignId).then(
      (campaign) => campaign.status,
      () => 'unknown',
    );
  // A whole campaign on a database that fails on purpose: more than one step's wait.
  await vi.waitFor(
    async () => {
      const now = await status();
      if (now !== 'sent') throw new Error(`the campaign is still ${now}`);
    },
    { ...WAIT, timeout: BUDGET.heavy },
  );
  return smtp.messages.slice(before);
}

async function run(...statements: string[]) {
  for (const statement of statements) await t.database.db.execute(sql.raw(statement));
}

/** Each address's messages by Message-ID: one address, one message, one id. */
async function messagesPerAddress(received: Received[]) {
  const ids = new Map<string, string[]>();
  for (const message of received) {
    const { messageId } = await PostalMime.parse(message.raw);
    ids.set(message.to, [...(ids.get(message.to) ?? []), messageId ?? '']);
  }
  return ids;
}

describe('a database failing right after SMTP accepted a message', () => {
  it('records the message when the database answers again, and sends it once', async () => {
    const { network, organiser } = await buildNetwork(t);
    const campaign = await startCampaign(network, 50, organiser.userId);
    // The database itself refuses the first three "sent" records of this campaign.
    await run(
      'CREATE SEQUENCE refused_marks',
      `CREATE FUNCTION refuse_first_marks() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.status = 'sent' AND nextval('refused_marks') <= 3 THEN
           RAISE EXCEPTION 'the database is failing (test)';
         END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER refuse_first_marks BEFORE UPDATE ON deliveries FOR EACH ROW
       WHEN (NEW.campaign_id = '${campaign.id}') EXECUTE FUNCTION refuse_first_marks()`,
    );
    try {
      const received = await send(network, campaign.id);
      const perAddress = await messagesPerAddress(received);
      expect(perAddress.size).toBe(50);
      expect([...perAddress.values()].filter((ids) => ids.length > 1)).toEqual([]);
      const result = await t.database.db.execute(sql.raw('SELECT last_value FROM refused_marks'));
      const [{ last_value: refused }] = (result as unknown as { rows: [{ last_value: string }] }).rows;
      expect(Number(refused)).toBeGreaterThan(3); // the failures did happen
    } finally {
      await run(
        'DROP TRIGGER refuse_first_marks ON deliveries',
        'DROP FUNCTION refuse_first_marks()',
        'DROP SEQUENCE refused_marks',
      );
    }
  });

  // Killing connections is a PostgreSQL server's failure; PGlite runs inside the process.
  if (process.env.DATABASE_URL) {
    it('sends a 400-address campaign once to each address while its connections are killed', async () => {
      const database = t.database;
      if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const { network, organiser } = await buildNetwork(t);
      const campaign = await startCampaign(network, 400, organiser.userId);
      const killer = new pg.Client({ connectionString: database.url });
      await killer.connect();
      let accepted = 0;
      let kills = 0;
      onAccept = async () => {
        if (++accepted % 100 !== 50) return;
        // Every connection of the app (pool, jobs, bus) dies just before SMTP says "accepted".
        const { rows } = await killer.query(
          'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        kills += Number(rows[0].n);
      };
      try {
        const received = await send(network, campaign.id);
        const perAddress = await messagesPerAddress(received);
        expect(perAddress.size).toBe(400);
        expect([...perAddress.values()].filter((ids) => ids.length > 1)).toEqual([]);
        expect(kills).toBeGreaterThan(0);
      } finally {
        onAccept = undefined;
        await killer.end();
      }
    });
  }
});
