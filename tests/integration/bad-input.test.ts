/**
 * Each class of input that once gave a 500 (issue 9, item 9) now gets a 4xx naming the field,
 * and changes nothing. The fuzz test (api-fuzz.test.ts) looks for new ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTheme } from '#server/features/events/events.service.ts';
import { createList } from '#server/features/outreach/outreach.service.ts';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import { MAX_INPUT_DEPTH, TOO_DEEP, UNSTORABLE_TEXT } from '#shared/storable.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { multipart } from '#test/fuzz-values.ts';
import { buildMeeting } from '#test/live.ts';

let t: TestApp;
let slug: string;
let cookie: string;
let eventSlug: string;
let listId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const { network, organiser } = await buildNetwork(t);
  slug = network.slug;
  cookie = organiser.cookie;
  eventSlug = (await buildMeeting(t, network)).slug;
  listId = (await createList(t.database.db, network, { name: { fi: 'Lista' }, onInterestForm: true })).id;
  await addTheme(t.database.db, network, { title: { fi: 'Olemassa oleva' } });
});
afterAll(() => t.close());

const themes = async () =>
  (await t.request({ method: 'GET', url: `/api/networks/${slug}/programme` })).json().themes.length;

/** The stable code each English field text comes with, so the web can say it in any language. */
const CODE_OF: Record<string, string> = {
  [UNSTORABLE_TEXT]: 'unstorable',
  [TOO_DEEP]: 'too-deep',
  'is given twice': 'given-twice',
};

function expectRefused(response: { statusCode: number; json(): unknown }, fields: Record<string, string>) {
  expect(response.statusCode).toBe(400);
  const fieldIssues = Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path, { code: CODE_OF[message] }]),
  );
  expect(response.json()).toEqual({
    error: { code: 'invalid-input', message: expect.any(String), fields, fieldIssues },
  });
}

describe('text the database cannot store', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone surrogate', 'x\ud800'],
  ])('in a JSON field (%s) is refused naming the field, and nothing is written', async (_, title) => {
    const before = await themes();
    const response = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/themes`,
      cookie,
      payload: { title },
    });
    expectRefused(response, { title: UNSTORABLE_TEXT });
    expect(await themes()).toBe(before);
  });

  it('in a nested field or a key is named by its path', async () => {
    const goals = await t.request({
      method: 'PATCH',
      url: `/api/networks/${slug}`,
      cookie,
      payload: { goals: [{ fi: 'hyvä' }, { fi: 'paha\u0000' }] },
    });
    expectRefused(goals, { 'goals.1.fi': UNSTORABLE_TEXT });
    const key = await t.request({
      method: 'PATCH',
      url: `/api/networks/${slug}`,
      cookie,
      payload: { 'a\u0000': 1 },
    });
    expectRefused(key, { 'a\uFFFD': UNSTORABLE_TEXT });
  });

  it('in the interest form’s topics is refused naming the topic', async () => {
    const mails = (await t.outbox()).length;
    const response = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/interest`,
      payload: {
        name: 'Anna',
        email: 'anna@example.org',
        topics: ['Tekoäly', 'x\ud800'],
        language: 'fi',
        listIds: [listId],
        consent: true,
        consentVersion: CONSENT_VERSION,
      },
    });
    expectRefused(response, { 'topics.1': UNSTORABLE_TEXT });
    expect(await t.outbox()).toHaveLength(mails);
  });

  it.each([
    ['an API path', () => `/api/networks/%00`, 'network'],
    ['an API path below a network', () => `/api/networks/${slug}/events/a%00`, 'event'],
    ['a query', () => `/api/networks/${slug}/events?when=all&q=a%00b`, 'q'],
    ['a page', () => '/n/%00', 'network'],
    ['a meeting page', () => `/n/${slug}/events/%00`, 'event'],
    ['a calendar address', () => `/n/${slug}/events/%00.ics`, 'event'],
    ['a link in an e-mail', () => '/confirm/%00', 'token'],
    ['an unsubscribe link', () => '/unsubscribe/a%00', 'token'],
  ])('in %s is refused naming the parameter', async (_, url, field) => {
    expectRefused(await t.request({ method: 'GET', url: url() }), { [field]: UNSTORABLE_TEXT });
  });

  it('in an address that is not UTF-8 gets a 400 in the error shape', async () => {
    const response = await t.request({ method: 'GET', url: '/api/networks/%ED%A0%80' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid-request', message: 'The address is not valid.' },
    });
  });
});

describe('other bad input', () => {
  it('refuses an id given twice, naming the repeat', async () => {
    const { themes: list } = (
      await t.request({ method: 'GET', url: `/api/networks/${slug}/programme` })
    ).json();
    const id = list[0].id;
    const response = await t.request({
      method: 'PUT',
      url: `/api/networks/${slug}/themes/order`,
      cookie,
      payload: { themeIds: [id, id.toUpperCase()] },
    });
    expectRefused(response, { 'themeIds.1': 'is given twice' });
    const campaign = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/outreach/campaigns`,
      cookie,
      payload: { subject: 'Kutsu', listIds: [listId, listId] },
    });
    expectRefused(campaign, { 'listIds.1': 'is given twice' });
  });

  it('refuses nesting deeper than any contract', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: `/api/networks/${slug}`,
      cookie,
      headers: { 'content-type': 'application/json' },
      // Deeper than JSON.stringify can write: what the guard keeps from recursive code.
      payload: `{"goals":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    });
    expectRefused(response, {
      [Array.from({ length: MAX_INPUT_DEPTH }, (_, i) => (i ? '0' : 'goals')).join('.')]: TOO_DEEP,
    });
  });

  it('answers a write to an unknown network with 404 in the error shape', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/networks/no-such/themes',
      cookie,
      payload: { title: { fi: 'x' } },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not-found', message: 'The network was not found.' } });
  });
});

describe('uploads', () => {
  const files = () => `/api/networks/${slug}/events/${eventSlug}/materials/files`;
  const upload = (contentType: string, payload: string | Buffer) =>
    t.request({ method: 'POST', url: files(), cookie, headers: { 'content-type': contentType }, payload });
  const form = 'multipart/form-data; boundary=fuzzboundary';
  const file = (name: string) => ({
    header: `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf`,
    content: '%PDF-1.4',
  });
  const materials = async () =>
    (await t.request({ method: 'GET', url: `/api/networks/${slug}/events/${eventSlug}/materials` })).json()
      .materials.length;

  it.each([
    ['no boundary', 'multipart/form-data', 'x'],
    ['no parts', form, 'garbage'],
    ['a body cut short', form, multipart([file('a.pdf')], false)],
    ['a broken part header', form, multipart([{ header: 'Content-Disposition: bogus', content: 'x' }])],
  ])('refuses a malformed body (%s) with a 4xx naming the file', async (_, contentType, payload) => {
    const response = await upload(contentType, payload);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.fields).toHaveProperty('file');
    expect(await materials()).toBe(0);
  });

  it('refuses a file name or a field the database cannot store, naming it', async () => {
    expectRefused(await upload(form, multipart([file('diat\u0000.pdf')])), { file: UNSTORABLE_TEXT });
    const title = { header: 'Content-Disposition: form-data; name="title"', content: 'a\u0000b' };
    expectRefused(await upload(form, multipart([title, file('diat.pdf')])), { title: UNSTORABLE_TEXT });
    expect(await materials()).toBe(0);
  });

  it('refuses an imported file holding NUL bytes as not a table', async () => {
    const csv = { ...file('lista.csv'), content: 'email;name\nanna@example.org;A\u0000B\n' };
    const response = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/outreach/lists/${listId}/import`,
      cookie,
      headers: { 'content-type': form },
      payload: multipart([csv]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('import-not-csv');
  });
});
