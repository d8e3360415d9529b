import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, linkIn, signIn, TEST_ORIGIN, type TestAppWithAdmin } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';

let t: TestAppWithAdmin;
let admin: string;
beforeAll(async () => {
  t = await buildTestApp({}, undefined, { admin: 'admin@example.org' });
  admin = t.admin.cookie;
});
afterAll(() => t.close());

const valid = {
  slug: 'digin-edistajat',
  name: { fi: 'Digitalisaation edistäjien verkosto', en: 'Network for promoters of digitalisation' },
  description: { fi: '**Avoin** verkosto <script>alert(1)</script>' },
  goals: [{ fi: 'Levittää hyviä käytäntöjä.', en: 'Disseminating good practices.' }],
  hashtag: '#DiginEdistäjät',
};

const listSlugs = async () =>
  (await t.request({ method: 'GET', url: '/api/networks' }))
    .json()
    .networks.map((n: { slug: string }) => n.slug);

describe('creating a network', () => {
  it('lets an installation admin create one and become its organiser', async () => {
    const response = await t.request({ method: 'POST', url: '/api/networks', payload: valid, cookie: admin });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      slug: 'digin-edistajat',
      hashtag: '#DiginEdistäjät',
      timeZone: 'Europe/Helsinki',
      status: 'active',
      viewerRole: 'organiser',
    });
    expect(response.json().descriptionHtml.fi).toContain('<p><strong>Avoin</strong> verkosto </p>');
    expect(response.json().descriptionHtml.fi).not.toContain('script');
    const page = await t.request({ method: 'GET', url: '/api/networks/digin-edistajat' });
    expect(page.json()).toMatchObject({ name: valid.name, viewerRole: null });
  });

  it('refuses visitors (401) and people who are not installation admins (403)', async () => {
    const person = await buildPerson(t);
    const payload = { ...valid, slug: 'not-created' };
    expect((await t.request({ method: 'POST', url: '/api/networks', payload })).statusCode).toBe(401);
    const asPerson = await t.request({
      method: 'POST',
      url: '/api/networks',
      payload,
      cookie: person.cookie,
    });
    expect(asPerson.statusCode).toBe(403);
    expect(await listSlugs()).not.toContain('not-created');
  });

  it.each([
    ['an invalid slug', { ...valid, slug: 'Ä b' }, 'slug'],
    ['a missing name', { ...valid, slug: 'x-one', name: {} }, 'name'],
    ['an over-long name', { ...valid, slug: 'x-two', name: { fi: 'x'.repeat(121) } }, 'name.fi'],
    ['an unknown field', { ...valid, slug: 'x-three', owner: 'me' }, 'owner'],
    ['a wrong type', { ...valid, slug: 'x-four', goals: 'many' }, 'goals'],
    ['an unknown time zone', { ...valid, slug: 'x-five', timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a bad hashtag', { ...valid, slug: 'x-six', hashtag: 'no hash' }, 'hashtag'],
  ])('answers %s with 400 naming the field, and writes nothing', async (_, payload, field) => {
    const response = await t.request({ method: 'POST', url: '/api/networks', payload, cookie: admin });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid-input');
    expect(Object.keys(response.json().error.fields)).toContain(field);
    expect(await listSlugs()).toEqual(['digin-edistajat']);
  });

  it('answers malformed JSON with 400 and a taken slug with 409', async () => {
    const malformed = await t.request({
      method: 'POST',
      url: '/api/networks',
      body: '{"slug": ',
      headers: { 'content-type': 'application/json' },
      cookie: admin,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({ code: 'invalid-request' });
    const taken = await t.request({ method: 'POST', url: '/api/networks', payload: valid, cookie: admin });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toHaveProperty('slug');
  });

  it('answers an unknown network with 404', async () => {
    const response = await t.request({ method: 'GET', url: '/api/networks/no-such-network' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not-found');
  });
});

describe('organiser actions', () => {
  it('let the organiser edit the network', async () => {
    const { network, organiser } = await buildNetwork(t);
    const response = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.slug}`,
      payload: { status: 'ended', description: { sv: 'Nätverket har avslutats.' } },
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ended',
      description: { sv: 'Nätverket har avslutats.' },
    });
  });

  it('are refused to a visitor, a member and an organiser of another network', async () => {
    const { network } = await buildNetwork(t);
    const other = await buildNetwork(t);
    const member = await buildPerson(t);
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/membership`,
      cookie: member.cookie,
    });
    const base = `/api/networks/${network.slug}`;
    const actions = [
      { method: 'PATCH' as const, url: base, payload: { status: 'ended' } },
      { method: 'GET' as const, url: `${base}/members` },
      { method: 'POST' as const, url: `${base}/invitations`, payload: { email: 'x@example.org' } },
      {
        method: 'PUT' as const,
        url: `${base}/members/${member.userId}/role`,
        payload: { role: 'organiser' },
      },
      { method: 'DELETE' as const, url: `${base}/members/${member.userId}` },
    ];
    for (const action of actions) {
      expect((await t.request(action)).statusCode, `visitor ${action.method} ${action.url}`).toBe(401);
      for (const cookie of [member.cookie, other.organiser.cookie]) {
        expect((await t.request({ ...action, cookie })).statusCode, `${action.method} ${action.url}`).toBe(
          403,
        );
      }
    }
    const after = await t.request({ method: 'GET', url: base });
    expect(after.json().status).toBe('active');
    const members = await t.request({ method: 'GET', url: `${base}/members`, cookie: admin });
    expect(
      members
        .json()
        .members.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(['member', 'organiser']);
    expect(members.json().invitations).toEqual([]);
  });

  it('keep at least one organiser', async () => {
    const { network, organiser } = await buildNetwork(t);
    const demote = await t.request({
      method: 'PUT',
      url: `/api/networks/${network.slug}/members/${organiser.userId}/role`,
      payload: { role: 'member' },
      cookie: organiser.cookie,
    });
    expect(demote.statusCode).toBe(409);
    const leave = await t.request({
      method: 'DELETE',
      url: `/api/networks/${network.slug}/membership`,
      cookie: organiser.cookie,
    });
    expect(leave.statusCode).toBe(409);
  });
});

describe('following a network', () => {
  it('lets a signed-in person follow and stop following; visitors must sign in', async () => {
    const { network } = await buildNetwork(t);
    const person = await buildPerson(t);
    const url = `/api/networks/${network.slug}/membership`;
    expect((await t.request({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: person.cookie })).statusCode).toBe(201);
    const view = await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}`,
      cookie: person.cookie,
    });
    expect(view.json().viewerRole).toBe('member');
    const session = await t.request({ method: 'GET', url: '/api/session', cookie: person.cookie });
    expect(session.json().user.networks).toEqual([{ slug: network.slug, role: 'member' }]);
    expect((await t.request({ method: 'DELETE', url, cookie: person.cookie })).statusCode).toBe(204);
    const again = await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}`,
      cookie: person.cookie,
    });
    expect(again.json().viewerRole).toBeNull();
  });
});

describe('inviting organisers', () => {
  it('e-mails a one-time link that makes the invited person an organiser', async () => {
    const { network, organiser } = await buildNetwork(t);
    const invite = await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/invitations`,
      payload: { email: 'New.Organiser@Example.org' },
      headers: { 'accept-language': 'en' },
      cookie: organiser.cookie,
    });
    expect(invite.statusCode).toBe(201);
    expect(invite.json()).toMatchObject({
      email: 'new.organiser@example.org',
      role: 'organiser',
      acceptedAt: null,
    });
    const mail = (await t.outbox()).at(-1) ?? '';
    const parsed = await PostalMime.parse(mail);
    // The network's name on a line of its own, the link on its own line, each paragraph apart.
    expect(parsed.text?.trim().split('\n\n')).toEqual([
      expect.stringMatching(/ invited you to become an organiser of this network on\sVerkosto:$/),
      'Test network',
      expect.stringMatching(/^Accept the invitation:\nhttp\S+\/invitations\/\S+$/),
      'The invitation is valid for 14 days.',
    ]);
    expect(parsed.html).toContain('<p style="margin:0 0 16px">Test network</p>');
    const token = linkIn(mail, `${TEST_ORIGIN}/invitations/`).split('/').at(-1) ?? '';

    const described = await t.request({ method: 'GET', url: `/api/invitations/${token}` });
    expect(described.json()).toMatchObject({
      network: { slug: network.slug },
      expired: false,
      accepted: false,
    });

    const stranger = await buildPerson(t);
    const wrong = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      cookie: stranger.cookie,
    });
    expect(wrong.statusCode).toBe(403);

    const invited = await signIn(t, 'new.organiser@example.org');
    const accept = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      cookie: invited,
    });
    expect(accept.statusCode).toBe(200);
    const view = await t.request({ method: 'GET', url: `/api/networks/${network.slug}`, cookie: invited });
    expect(view.json().viewerRole).toBe('organiser');

    const reuse = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      cookie: invited,
    });
    expect(reuse.statusCode).toBe(409);
  });

  it('answers an unknown invitation with 404 and a bad address with 400', async () => {
    const { network, organiser } = await buildNetwork(t);
    expect((await t.request({ method: 'GET', url: `/api/invitations/${'x'.repeat(43)}` })).statusCode).toBe(
      404,
    );
    const bad = await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/invitations`,
      payload: { email: 'not-an-address' },
      cookie: organiser.cookie,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('email');
  });
});

describe("a network's privacy notice and contact address", () => {
  const patch = (slug: string, payload: object, cookie?: string) =>
    t.request({ method: 'PATCH', url: `/api/networks/${slug}`, payload, cookie });
  const read = async (slug: string) =>
    (await t.request({ method: 'GET', url: `/api/networks/${slug}` })).json();

  it('start empty, so the privacy page shows the default', async () => {
    const { network } = await buildNetwork(t);
    expect(await read(network.slug)).toMatchObject({
      privacyNotice: {},
      privacyNoticeHtml: {},
      contactAddress: null,
    });
  });

  it('are written by an organiser and read by anyone, the Markdown rendered and sanitised', async () => {
    const { network, organiser } = await buildNetwork(t);
    const notice = {
      fi: '## Rekisterinpitäjä\n\nKunta <script>alert(1)</script>',
      sv: 'Personuppgiftsansvarig',
    };
    const saved = await patch(
      network.slug,
      { privacyNotice: notice, contactAddress: 'Verkosto@Kunta.example' },
      organiser.cookie,
    );
    expect(saved.statusCode).toBe(200);
    const page = await read(network.slug);
    expect(page).toMatchObject({ privacyNotice: notice, contactAddress: 'verkosto@kunta.example' });
    expect(page.privacyNoticeHtml.fi).toContain('<h2>Rekisterinpitäjä</h2>');
    expect(page.privacyNoticeHtml.fi).not.toContain('script');
  });

  it("refuse a member, and another network's organiser, and change nothing", async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    const member = await buildPerson(t);
    await t.request({
      method: 'POST',
      url: `/api/networks/${ours.network.slug}/membership`,
      cookie: member.cookie,
    });
    const change = { privacyNotice: { fi: 'Ei meidän' }, contactAddress: 'x@example.org' };
    expect((await patch(ours.network.slug, change)).statusCode).toBe(401);
    expect((await patch(ours.network.slug, change, member.cookie)).statusCode).toBe(403);
    expect((await patch(ours.network.slug, change, theirs.organiser.cookie)).statusCode).toBe(403);
    expect(await read(ours.network.slug)).toMatchObject({ privacyNotice: {}, contactAddress: null });
  });

  it('refuse a contact that is no address, naming the field, and change nothing', async () => {
    const { network, organiser } = await buildNetwork(t);
    const response = await patch(network.slug, { contactAddress: 'verkosto' }, organiser.cookie);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('contactAddress');
    expect((await read(network.slug)).contactAddress).toBeNull();
  });
});
