import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type TestApp } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { buildMeeting, enterRoom } from '#test/live.ts';
import { deleteAccount, exportOf, rowsOf } from '#test/personal-data.ts';
import { PERSONAL_DATA_PARTS } from './people.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** Columns that say whose a row is; a table with one, or pointing at such a table, is personal. */
const IDENTIFYING = /(^|_)(user_id|email|ip_address|user_agent|display_name|identifier)$|_by$/;

describe('personal data parts', () => {
  it('cover every table that can hold data about a person, each table in one part', async () => {
    const columns = await rowsOf<{ table: string; column: string }>(
      t,
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public'`,
    );
    const links = await rowsOf<{ child: string; parent: string }>(
      t,
      `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
       WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    const personal = new Set(columns.filter((c) => IDENTIFYING.test(c.column)).map((c) => c.table));
    for (let grew = true; grew; ) {
      grew = false;
      for (const { child, parent } of links) {
        if (personal.has(parent) && !personal.has(child)) {
          personal.add(child);
          grew = true;
        }
      }
    }
    const claimed = PERSONAL_DATA_PARTS.flatMap((part) => part.tables);
    expect(claimed.length, 'a table claimed by two parts').toBe(new Set(claimed).size);
    expect([...personal].filter((table) => !claimed.includes(table)).sort()).toEqual([]);
    const tables = new Set(columns.map((c) => c.table));
    expect(claimed.filter((table) => !tables.has(table))).toEqual([]);
    // The check itself must see the obvious ones, or it proves nothing.
    expect([...personal]).toEqual(expect.arrayContaining(['users', 'live_messages', 'deliveries']));
  });

  it('export no token, hash or secret, only what they mean', async () => {
    const { network, organiser } = await buildNetwork(t);
    const meeting = await buildMeeting(t, network);
    const { token: liveToken } = await enterRoom(
      t,
      `/api/networks/${network.slug}/live/${meeting.slug}`,
      'Olli',
      organiser.cookie,
    );
    const feed = await t.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: organiser.cookie });
    const feedSecret = /calendar\/([^/]+)\.ics$/.exec(feed.json().url)?.[1];
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/invitations`,
      payload: { email: organiser.email },
      cookie: organiser.cookie,
    });
    await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: organiser.email, callbackURL: '/' },
    });
    const secrets = await rowsOf<{ secret: string }>(
      t,
      `SELECT token AS secret FROM sessions WHERE user_id = $1
       UNION ALL SELECT token_hash FROM calendar_tokens WHERE user_id = $1
       UNION ALL SELECT token_hash FROM live_participants WHERE user_id = $1
       UNION ALL SELECT token_hash FROM network_invitations WHERE email = $2
       UNION ALL SELECT identifier FROM verifications WHERE value LIKE '%' || $2 || '%'`,
      [organiser.userId, organiser.email],
    );
    expect(secrets.length).toBeGreaterThanOrEqual(5);

    const data = await exportOf(t, organiser.cookie);
    expect(data).toMatchObject({
      calendarFeed: { createdAt: expect.any(String) },
      liveRooms: [{ displayName: 'Olli' }],
      invitationsReceived: [{ network: network.slug }],
      pendingSignInLinks: [{ expiresAt: expect.any(String) }],
    });
    const text = JSON.stringify(data);
    for (const secret of [...secrets.map((s) => s.secret), liveToken, feedSecret]) {
      expect(text).not.toContain(secret?.replace(/^magic-link:/, ''));
    }
  });

  it('change nothing when the deletion fails part-way', async () => {
    const { network, organiser } = await buildNetwork(t);
    const meeting = await buildMeeting(t, network);
    await enterRoom(t, `/api/networks/${network.slug}/live/${meeting.slug}`, 'Olli', organiser.cookie);
    // The account's own row is deleted last: make that step fail, after every other part erased.
    await rowsOf(
      t,
      `CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'refused'; END $$`,
    );
    await rowsOf(
      t,
      `CREATE TRIGGER refuse_delete BEFORE DELETE ON users FOR EACH ROW
       WHEN (OLD.id = '${organiser.userId}') EXECUTE FUNCTION refuse_delete()`,
    );
    const response = await t.request({ method: 'DELETE', url: '/api/me', cookie: organiser.cookie });
    await rowsOf(t, 'DROP TRIGGER refuse_delete ON users');
    expect(response.statusCode).toBe(500);
    const data = await exportOf(t, organiser.cookie);
    expect(data.liveRooms).toMatchObject([{ displayName: 'Olli' }]);
    expect(data.networks).toMatchObject([{ slug: network.slug, role: 'organiser' }]);
  });
});

describe('the profile', () => {
  it('is exported, and deleted with the account; shared organisations stay', async () => {
    const person = await buildPerson(t);
    const profile = {
      displayName: 'Mikko Kehittäjä',
      organisation: { name: `Kehittäjäkunta ${person.userId}`, type: 'municipality' },
      targetRole: 'service-developer',
      preferredLanguage: 'sv',
    };
    await t.request({ method: 'PUT', url: '/api/me/profile', payload: profile, cookie: person.cookie });
    expect((await exportOf(t, person.cookie)).profile).toMatchObject({ ...profile, email: person.email });

    await deleteAccount(t, person.cookie);
    expect(await rowsOf(t, 'SELECT 1 FROM profiles WHERE user_id = $1', [person.userId])).toEqual([]);
    const found = await t.request({ method: 'GET', url: `/api/organisations?q=${person.userId}` });
    expect(found.json().organisations).toHaveLength(1);
    // Signing in again with the address starts a new, empty account.
    const again = await signIn(t, person.email);
    const fresh = await exportOf(t, again);
    expect(fresh.profile).toMatchObject({ email: person.email, organisation: null, targetRole: null });
  });
});
