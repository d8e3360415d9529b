import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestAppWithAdmin } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';

let t: TestAppWithAdmin;
let admin: string;
beforeAll(async () => {
  t = await buildTestApp({}, undefined, { admin: 'admin@example.org' });
  admin = t.admin.cookie;
});
afterAll(() => t.close());

const profile = {
  displayName: 'Mikko Kehittäjä',
  organisation: { name: 'Tampereen kaupunki', type: 'municipality' },
  targetRole: 'service-developer',
  preferredLanguage: 'sv',
};

describe('profile', () => {
  it('is edited by its owner and shared organisations are found in any letter case', async () => {
    const person = await buildPerson(t);
    const saved = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: profile,
      cookie: person.cookie,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...profile, email: person.email });

    const other = await buildPerson(t);
    const same = { ...profile, organisation: { name: 'TAMPEREEN KAUPUNKI', type: 'municipality' } };
    const second = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: same,
      cookie: other.cookie,
    });
    expect(second.json().organisation.id).toBe(saved.json().organisation.id);

    const found = await t.request({ method: 'GET', url: '/api/organisations?q=tampere' });
    expect(found.json().organisations).toEqual([
      { ...profile.organisation, id: saved.json().organisation.id },
    ]);
    const session = await t.request({ method: 'GET', url: '/api/session', cookie: person.cookie });
    expect(session.json().user).toMatchObject({ displayName: 'Mikko Kehittäjä', preferredLanguage: 'sv' });
  });

  it('needs a signed-in person', async () => {
    expect((await t.request({ method: 'GET', url: '/api/me/profile' })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url: '/api/me/profile', payload: profile })).statusCode).toBe(
      401,
    );
  });

  it.each([
    ['an empty name', { ...profile, displayName: ' ' }, 'displayName'],
    [
      'an unknown organisation type',
      { ...profile, organisation: { name: 'X Oy', type: 'pirate' } },
      'organisation.type',
    ],
    ['an unknown role', { ...profile, targetRole: 'wizard' }, 'targetRole'],
    ['an unknown language', { ...profile, preferredLanguage: 'de' }, 'preferredLanguage'],
    ['an unknown field', { ...profile, isAdmin: true }, 'isAdmin'],
  ])('answers %s with 400 naming the field, and changes nothing', async (_, payload, field) => {
    const person = await buildPerson(t);
    const response = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload,
      cookie: person.cookie,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toContain(field);
    const after = await t.request({ method: 'GET', url: '/api/me/profile', cookie: person.cookie });
    expect(after.json()).toMatchObject({ organisation: null, targetRole: null, preferredLanguage: 'fi' });
  });
});

describe('own data', () => {
  it('exports everything about the person as JSON', async () => {
    const { network, organiser } = await buildNetwork(t);
    await t.request({ method: 'PUT', url: '/api/me/profile', payload: profile, cookie: organiser.cookie });
    const response = await t.request({ method: 'GET', url: '/api/me/export', cookie: organiser.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('verkosto-my-data.json');
    const data = response.json();
    expect(data.profile).toMatchObject({ email: organiser.email, displayName: profile.displayName });
    expect(data.networks).toEqual([
      { slug: network.slug, name: network.name, role: 'organiser', since: expect.any(String) },
    ]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/token/i);
  });

  it('deletes the person, their sessions and roles', async () => {
    const { network } = await buildNetwork(t);
    const person = await buildPerson(t);
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/membership`,
      cookie: person.cookie,
    });
    const deleted = await t.request({ method: 'DELETE', url: '/api/me', cookie: person.cookie });
    expect(deleted.statusCode).toBe(204);
    const session = await t.request({ method: 'GET', url: '/api/session', cookie: person.cookie });
    expect(session.json().user).toBeNull();
    const members = await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/members`,
      cookie: admin,
    });
    expect(members.json().members.map((m: { email: string }) => m.email)).not.toContain(person.email);
  });

  it('keeps the only installation admin until another is named', async () => {
    const response = await t.request({ method: 'DELETE', url: '/api/me', cookie: admin });
    expect(response.statusCode).toBe(409);
    expect((await t.request({ method: 'GET', url: '/api/session', cookie: admin })).json().user.isAdmin).toBe(
      true,
    );
  });
});
