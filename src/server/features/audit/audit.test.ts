import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '#server/features/auth/auth.service.ts';
import { createNetwork } from '#server/features/networks/networks.service.ts';
import type { AuditEntry, AuditPage } from '#shared/audit.ts';
import { linkIn, signIn } from '#test/app.ts';
import { buildMember, buildNetwork, buildPerson } from '#test/factories.ts';
import { buildMeeting, enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { insertEntry } from './audit.queries.ts';
import {
  AUDIT_RETENTION_QUEUE,
  auditEntriesOf,
  deleteExpiredAuditEntries,
  listAuditEntries,
} from './audit.service.ts';

let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer({}, { admin: 'admin@example.org' });
  admin = await signIn(t, 'admin@example.org');
});
afterAll(() => t.close());

type Organiser = Awaited<ReturnType<typeof buildNetwork>>['organiser'];

/** A network whose organiser never signs in (sign-ins from one address are limited). */
async function quietNetwork() {
  const user = await ensureUser(t.database.db, `quiet-${randomUUID()}@example.org`);
  const actor = { userId: user.id, email: user.email, name: user.name, isAdmin: false };
  return createNetwork(t.database.db, actor, {
    slug: `quiet-${randomUUID().slice(0, 8)}`,
    name: { fi: 'Q' },
  });
}

/** A request as the organiser, failing the test unless it succeeds. */
async function act(organiser: Organiser, method: string, url: string, payload?: object) {
  const response = await t.request({ method: method as 'POST', url, payload, cookie: organiser.cookie });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response;
}

async function auditPage(url: string, cookie: string): Promise<AuditPage> {
  const response = await t.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const actions = (page: AuditPage) => page.entries.map((e) => e.action);

describe('recording organiser actions', () => {
  it('records who did what, where and when, newest first, and nothing that people typed', async () => {
    const { network, organiser } = await buildNetwork(t);
    const base = `/api/networks/${network.slug}`;
    await act(organiser, 'PATCH', base, { description: { fi: 'Salainen kuvaus' } });
    const theme = (await act(organiser, 'POST', `${base}/themes`, { title: { fi: 'Lainsäädäntö' } })).json();
    await act(organiser, 'PATCH', `${base}/themes/${theme.id}`, {
      title: { fi: 'Lainsäädäntö 2' },
      status: 'held',
    });
    const list = (await act(organiser, 'POST', `${base}/outreach/lists`, { name: { fi: 'Kunnat' } })).json();
    await act(organiser, 'POST', `${base}/outreach/lists/${list.id}/subscribers`, {
      email: 'maija@kunta.example',
      name: 'Maija Meikäläinen',
    });
    await act(organiser, 'PATCH', `${base}/outreach/lists/${list.id}`, { onInterestForm: true });
    await act(organiser, 'GET', `${base}/outreach/lists/${list.id}/export.csv`);

    const page = await auditPage(`${base}/audit`, organiser.cookie);
    expect(actions(page)).toEqual([
      'list.export',
      'list.update',
      'subscriber.add',
      'list.create',
      'theme.update',
      'theme.create',
      'network.update',
    ]);
    const byAction = (action: string) => page.entries.find((e) => e.action === action) as AuditEntry;
    expect(byAction('network.update')).toMatchObject({
      actor: { userId: organiser.userId, email: organiser.email, as: 'organiser' },
      network: { id: network.id, slug: network.slug },
      target: { type: 'network', id: network.id },
      details: { fields: ['description'] },
    });
    expect(byAction('theme.create').target).toEqual({ type: 'theme', id: theme.id });
    expect(byAction('theme.update').details).toEqual({ fields: ['title', 'status'] });
    // Only the field the organiser sent, not the ones the schema fills in.
    expect(byAction('list.update').details).toEqual({ fields: ['onInterestForm'] });
    expect(byAction('subscriber.add')).toMatchObject({
      target: { type: 'list', id: list.id },
      details: { confirmation: 'sent' },
    });
    const at = Date.parse(byAction('network.update').at);
    expect(Math.abs(Date.now() - at)).toBeLessThan(10 * 60_000);
    for (const typed of ['Salainen', 'Lainsäädäntö', 'Kunnat', 'maija@kunta.example', 'Meikäläinen']) {
      expect(JSON.stringify(page)).not.toContain(typed);
    }
  });

  it('records nothing for refused or invalid requests', async () => {
    const { network, organiser } = await buildNetwork(t);
    const member = await buildMember(t, network);
    const base = `/api/networks/${network.slug}`;
    const attempts = [
      { url: `${base}/themes`, payload: { title: { fi: 'Not mine' } }, cookie: member.cookie, status: 403 },
      { url: `${base}/themes`, payload: { title: { fi: '' } }, cookie: organiser.cookie, status: 400 },
      {
        url: `${base}/outreach/lists/${randomUUID()}`,
        payload: { name: { fi: 'x' } },
        cookie: organiser.cookie,
        status: 404,
      },
    ];
    for (const { url, payload, cookie, status } of attempts) {
      const method = url.endsWith('themes') ? 'POST' : 'PATCH';
      expect((await t.request({ method, url, payload, cookie })).statusCode, url).toBe(status);
    }
    expect((await auditPage(`${base}/audit`, organiser.cookie)).entries).toEqual([]);
  });

  it('records an admin acting in a network as admin, visible to its organisers', async () => {
    const { network, organiser } = await buildNetwork(t);
    const response = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.slug}`,
      payload: { status: 'ended' },
      cookie: admin,
    });
    expect(response.statusCode).toBe(200);
    const [entry] = (await auditPage(`/api/networks/${network.slug}/audit`, organiser.cookie)).entries;
    expect(entry).toMatchObject({
      action: 'network.update',
      actor: { email: 'admin@example.org', as: 'admin' },
      details: { fields: ['status'] },
    });
  });

  it('records installation actions without a network, and an accepted invitation in its network', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/networks',
      payload: { slug: 'audited-network', name: { fi: 'Auditoitu' } },
      cookie: admin,
    });
    expect(created.statusCode).toBe(201);
    const person = await buildPerson(t);
    const added = await t.request({
      method: 'POST',
      url: '/api/admin/admins',
      payload: { email: person.email },
      cookie: admin,
    });
    expect(added.statusCode).toBe(201);
    const installation = await auditPage('/api/admin/audit?network=none', admin);
    expect(installation.entries[0]).toMatchObject({
      action: 'admin.add',
      network: null,
      actor: { email: 'admin@example.org', as: 'admin' },
      target: { type: 'user', id: person.userId },
    });
    const ours = await auditPage('/api/admin/audit?network=audited-network', admin);
    expect(ours.entries).toMatchObject([
      { action: 'network.create', network: { slug: 'audited-network' }, target: { type: 'network' } },
    ]);
  });

  it('records an organiser invitation by its id and its acceptance by the invitee', async () => {
    const { network, organiser } = await buildNetwork(t);
    const base = `/api/networks/${network.slug}`;
    const invited = 'invited-organiser@example.org';
    const before = (await t.outbox()).length;
    await act(organiser, 'POST', `${base}/invitations`, { email: invited });
    const mail = (await t.outbox())[before] ?? '';
    const token = linkIn(mail, `${t.url}/invitations/`).split('/').at(-1) ?? '';
    const cookie = await signIn(t, invited);
    const accepted = await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const page = await auditPage(`${base}/audit`, organiser.cookie);
    expect(page.entries).toMatchObject([
      {
        action: 'invitation.accept',
        actor: { email: invited, as: 'invitee' },
        details: { role: 'organiser' },
      },
      { action: 'organiser.invite', actor: { email: organiser.email }, target: { type: 'invitation' } },
    ]);
    expect(page.entries[0]?.target).toEqual(page.entries[1]?.target);
    expect(JSON.stringify(page.entries[1])).not.toContain(invited);
  });

  it('records the live room’s host actions, without message texts', async () => {
    const { network, organiser } = await buildNetwork(t);
    const meeting = await buildMeeting(t, network);
    const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
    const ann = await enterRoom(t, path, 'Ann');
    const annSocket = await LiveClient.join(t.url, path, ann.token);
    const { token } = await enterRoom(t, path, 'Host', organiser.cookie);
    const { client: host } = await LiveClient.join(t.url, path, token, { cookie: organiser.cookie });
    annSocket.client.chat('Salaisuus, jota ei kirjata');
    const { message } = await host.next('message');
    host.send({ type: 'hide', messageId: message.id });
    host.send({ type: 'slow-mode', seconds: 30 });
    host.send({ type: 'remove', participantId: ann.participantId });
    host.chat('Hosts chat too: not audited');
    // Frames are handled in order: the pong comes after the entries above are written.
    host.send({ type: 'ping' });
    await host.next('pong');
    host.close();
    annSocket.client.close();

    const page = await auditPage(`/api/networks/${network.slug}/audit`, organiser.cookie);
    expect(page.entries).toMatchObject([
      { action: 'live.participant.remove', target: { type: 'participant', id: ann.participantId } },
      { action: 'live.slow-mode', target: { type: 'event', id: meeting.slug }, details: { seconds: 30 } },
      {
        action: 'live.message.hide',
        actor: { email: organiser.email, as: 'organiser' },
        target: { type: 'message', id: message.id },
        details: { event: meeting.slug },
      },
    ]);
    expect(JSON.stringify(page)).not.toContain('Salaisuus');
  });
});

describe('every write route declares its audit action', () => {
  it('refuses to build an app with a write under /api/ that says nothing about the audit log, and to record an unauthorised success', async () => {
    const { buildApp } = await import('#server/app.ts');
    const app = await buildApp({ config: t.app.config, database: t.database });
    try {
      expect(() => app.post('/api/networks/:network/anything', async () => null)).toThrow(
        /POST \/api\/networks\/:network\/anything must declare config\.audit/,
      );
      expect(() => app.delete('/api/admin/anything', async () => null)).toThrow(/config\.audit/);
      // Reads, and writes outside the API, need not say.
      expect(() => app.get('/api/anything', async () => null)).not.toThrow();
      // A declared route that forgot to authorise answers 500 rather than record a visitor's act.
      app.post('/api/unguarded', { config: { audit: { action: 'admin.add' } } }, async () => ({ ok: true }));
      await app.ready();
      const response = await app.inject({ method: 'POST', url: '/api/unguarded', payload: {} });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('internal');
    } finally {
      await app.close();
    }
  });
});

describe('reading the audit log', () => {
  it('is for the network’s organisers and admins: visitors, members and other organisers are refused', async () => {
    const { network, organiser } = await buildNetwork(t);
    const other = await buildNetwork(t);
    const member = await buildMember(t, network);
    for (const url of [
      `/api/networks/${network.slug}/audit`,
      `/api/networks/${network.slug}/audit/export.csv`,
    ]) {
      expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url, cookie: member.cookie })).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url, cookie: other.organiser.cookie })).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url, cookie: organiser.cookie })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url, cookie: admin })).statusCode).toBe(200);
    }
    for (const url of ['/api/admin/audit', '/api/admin/audit/export.csv']) {
      expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url, cookie: organiser.cookie })).statusCode).toBe(403);
    }
  });

  it('never shows an organiser another network’s entries; admins see every network’s', async () => {
    const mine = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    await act(mine.organiser, 'POST', `/api/networks/${mine.network.slug}/themes`, { title: { fi: 'A' } });
    await act(theirs.organiser, 'POST', `/api/networks/${theirs.network.slug}/outreach/lists`, {
      name: { fi: 'B' },
    });
    const page = await auditPage(`/api/networks/${mine.network.slug}/audit`, mine.organiser.cookie);
    expect(page.entries.map((e) => e.network?.slug)).toEqual([mine.network.slug]);
    const all = await auditPage('/api/admin/audit', admin);
    const slugs = all.entries.map((e) => e.network?.slug);
    expect(slugs).toContain(mine.network.slug);
    expect(slugs).toContain(theirs.network.slug);
    const one = await auditPage(`/api/admin/audit?network=${theirs.network.slug}`, admin);
    expect(actions(one)).toEqual(['list.create']);
  });

  it('pages newest first without gaps or repeats, and filters by action and time', async () => {
    const { network, organiser } = await buildNetwork(t);
    const base = `/api/networks/${network.slug}`;
    for (const fi of ['1', '2', '3', '4', '5'])
      await act(organiser, 'POST', `${base}/themes`, { title: { fi } });
    await act(organiser, 'POST', `${base}/outreach/lists`, { name: { fi: 'L' } });
    const seen: AuditEntry[] = [];
    let url = `${base}/audit?limit=2`;
    for (;;) {
      const page = await auditPage(url, organiser.cookie);
      seen.push(...page.entries);
      if (!page.next) break;
      expect(page.entries).toHaveLength(2);
      url = `${base}/audit?limit=2&before=${encodeURIComponent(page.next)}`;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen.map((e) => e.id)).size).toBe(6);
    const times = seen.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(actions(await auditPage(`${base}/audit?action=list.create`, organiser.cookie))).toEqual([
      'list.create',
    ]);
    const newest = seen[0] as AuditEntry;
    const after = new Date(Date.parse(newest.at) + 1).toISOString();
    expect((await auditPage(`${base}/audit?from=${after}`, organiser.cookie)).entries).toEqual([]);
    const upToNewest = await auditPage(`${base}/audit?to=${newest.at}`, organiser.cookie);
    expect(upToNewest.entries.map((e) => e.id)).not.toContain(newest.id);
  });

  it('answers bad filters with 400 naming the field', async () => {
    const network = await quietNetwork();
    for (const [query, field] of [
      ['action=network.delete', 'action'],
      ['from=yesterday', 'from'],
      ['before=12', 'before'],
      ['limit=1000', 'limit'],
      ['secret=1', 'secret'],
    ]) {
      const response = await t.request({
        method: 'GET',
        url: `/api/networks/${network.slug}/audit?${query}`,
        cookie: admin,
      });
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys(response.json().error.fields), query).toContain(field);
    }
    const unknown = await t.request({
      method: 'GET',
      url: '/api/admin/audit?network=no-such',
      cookie: admin,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('network');
  });

  it('exports the entries as CSV for spreadsheets, and records the export', async () => {
    const { network, organiser } = await buildNetwork(t);
    const base = `/api/networks/${network.slug}`;
    await act(organiser, 'POST', `${base}/themes`, { title: { fi: '=HYPERLINK("x")' } });
    const response = await t.request({
      method: 'GET',
      url: `${base}/audit/export.csv?action=theme.create`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${network.slug}-audit.csv"`);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFtime,actor_email,actor_id,acted_as,network,action,target_type,target_id,details',
    );
    expect(lines[1]).toContain(
      `,${organiser.email},${organiser.userId},organiser,${network.slug},theme.create,theme,`,
    );
    expect(lines.filter(Boolean)).toHaveLength(2);
    expect(response.body).not.toContain('HYPERLINK');
    const [exported] = (await auditPage(`${base}/audit`, organiser.cookie)).entries;
    expect(exported).toMatchObject({ action: 'audit.export', details: { action: 'theme.create' } });
  });
});

describe('a person’s entries', () => {
  it('gives the entries where a person acted, and keeps them with the address when the account goes', async () => {
    const { network, organiser } = await buildNetwork(t);
    await act(organiser, 'POST', `/api/networks/${network.slug}/themes`, { title: { fi: 'T' } });
    const mine = await auditEntriesOf(t.database.db, organiser.userId);
    expect(mine).toMatchObject([{ action: 'theme.create', actor: { email: organiser.email } }]);
    const exported = await t.request({ method: 'GET', url: '/api/me/export', cookie: organiser.cookie });
    expect(exported.json().auditLog).toEqual(mine);
    // Another organiser first, as a network keeps at least one.
    const second = await buildMember(t, network);
    await act(organiser, 'PUT', `/api/networks/${network.slug}/members/${second.userId}/role`, {
      role: 'organiser',
    });
    await act(organiser, 'DELETE', `/api/networks/${network.slug}/membership`);
    await act(organiser, 'DELETE', '/api/me');
    const kept = await auditPage(`/api/networks/${network.slug}/audit`, second.cookie);
    expect(kept.entries.map((e) => [e.action, e.actor.email])).toEqual([
      ['member.role.change', organiser.email],
      ['theme.create', organiser.email],
    ]);
    expect(kept.entries[0]?.details).toEqual({ role: 'organiser' });
  });
});

describe('retention', () => {
  const DAY = 24 * 60 * 60 * 1000;

  it('deletes the entries older than the retention period and keeps the rest', async () => {
    const network = await quietNetwork();
    const now = new Date();
    const entry = (daysAgo: number, action: 'theme.create' | 'list.create') => ({
      at: new Date(now.getTime() - daysAgo * DAY),
      actedAs: 'organiser' as const,
      networkId: network.id,
      action,
    });
    await insertEntry(t.database.db, entry(731, 'theme.create'));
    await insertEntry(t.database.db, entry(729, 'list.create'));
    expect(await deleteExpiredAuditEntries(t.database.db, 730, now)).toBeGreaterThanOrEqual(1);
    const left = await listAuditEntries(t.database.db, { scope: { networkId: network.id }, limit: 10 });
    expect(actions(left)).toEqual(['list.create']);
  });

  it('runs every night as a job, with the configured period (two years unless set)', async () => {
    expect(t.app.config.AUDIT_RETENTION_DAYS).toBe(730);
    const [schedule] = await t.app.jobs.getSchedules(AUDIT_RETENTION_QUEUE);
    expect(schedule).toMatchObject({ cron: '17 3 * * *', options: { tz: 'Europe/Helsinki' } });
    const network = await quietNetwork();
    await insertEntry(t.database.db, {
      at: new Date(Date.now() - 800 * DAY),
      actedAs: 'organiser',
      networkId: network.id,
      action: 'theme.create',
    });
    await t.app.jobs.send(AUDIT_RETENTION_QUEUE, {});
    const remaining = () =>
      listAuditEntries(t.database.db, { scope: { networkId: network.id }, limit: 10 }).then(
        (page) => page.entries.length,
      );
    await expect.poll(remaining).toBe(0);
  });
});
