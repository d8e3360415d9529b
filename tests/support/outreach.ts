import { afterAll, beforeAll } from 'vitest';
import type { Db } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { createList, importRows } from '#server/features/outreach/outreach.service.ts';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import { buildTestApp, linkIn, type TestApp } from './app.ts';
import { type SmtpSink, startSmtpSink } from './smtp.ts';

/** A mailing list of `count` confirmed addresses, person0@example.org and on, as an import leaves them. */
export async function buildConfirmedList(db: Db, network: NetworkRow, count: number) {
  const list = await createList(db, network, { name: { fi: 'Kunnat' } });
  const rows = Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    email: `person${i}@example.org`,
    name: `Person ${i}`,
    organisation: '',
    organisationType: '',
    language: '',
    problem: null,
  }));
  await importRows(db, list, rows, { kind: 'import', by: 'organiser@example.org', file: 'test.csv' });
  return list;
}

/**
 * A test app whose every e-mail, sign-in links included, goes to an SMTP server here, sending
 * campaigns as fast as it can unless `env` says otherwise.
 */
export async function buildMailedTestApp(
  env: Record<string, string> = {},
  sink?: Parameters<typeof startSmtpSink>[0],
) {
  const smtp = await startSmtpSink(sink);
  const app = await buildTestApp({ SMTP_URL: smtp.url, OUTREACH_MESSAGES_PER_MINUTE: '0', ...env });
  const t: TestApp = { ...app, outbox: async () => smtp.messages.map((m) => m.raw) };
  return { t, smtp };
}

/** What the campaign worker gives `runCampaign`, for running one campaign's job inside a test. */
export function campaignRunner(t: TestApp) {
  return {
    db: t.database.db,
    jobs: t.app.jobs,
    mailer: t.app.mailer,
    log: t.app.log,
    publicUrl: t.origin,
    secret: t.app.config.SESSION_SECRET,
    messagesPerMinute: 0,
    claimSeconds: 60,
    signal: new AbortController().signal,
  };
}

/** A visitor signs up for `listIds` on the network's interest form: the confirmation link mailed. */
export async function signUpThroughForm(t: TestApp, slug: string, email: string, listIds: string[]) {
  const signUp = await t.request({
    method: 'POST',
    url: `/api/networks/${slug}/interest`,
    payload: {
      name: 'Maija',
      email,
      language: 'fi',
      listIds,
      consent: true,
      consentVersion: CONSENT_VERSION,
    },
  });
  if (signUp.statusCode !== 202) throw new Error(`signing up answered ${signUp.statusCode}: ${signUp.body}`);
  const mail = (await t.outbox()).findLast((m) => m.includes(email)) ?? '';
  return linkIn(mail, `${t.origin}/confirm/`);
}

/** `buildMailedTestApp` for a whole test file: started before its tests, closed after them. */
export function mailedTestAppForFile(): { t: TestApp; smtp: SmtpSink } {
  const shared = {} as { t: TestApp; smtp: SmtpSink };
  beforeAll(async () => void Object.assign(shared, await buildMailedTestApp()));
  afterAll(async () => {
    await shared.t?.close();
    await shared.smtp?.close();
  });
  return shared;
}
