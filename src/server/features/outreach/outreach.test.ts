import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import { buildTestApp, linkIn, type TestApp } from '#test/app.ts';
import { WAIT } from '#test/budget.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { buildMeeting } from '#test/live.ts';
import { buildMailedTestApp } from '#test/outreach.ts';
import type { SmtpSink } from '#test/smtp.ts';
import { campaignMail } from './campaign-mail.ts';
import { queueCampaign } from './campaign-runner.ts';

let t: TestApp;
let smtp: SmtpSink;
let refuse: ((to: string, attempt: number) => number | null) | undefined;

beforeAll(async () => {
  ({ t, smtp } = await buildMailedTestApp(
    {},
    { refuse: (to: string, attempt: number) => refuse?.(to, attempt) ?? null },
  ));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
afterEach(() => {
  refuse = undefined;
});

async function setUp() {
  const { network, organiser } = await buildNetwork(t);
  const base = `/api/networks/${network.slug}`;
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    cookie = organiser.cookie,
  ) =>
    t.request({
      method,
      url: `${base}${url}`,
      cookie,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const list = (
    await call('POST', '/outreach/lists', { name: { fi: 'Kunnat' }, onInterestForm: true })
  ).json().id as string;
  return { network, organiser, base, call, list };
}

/** A multipart upload of a file and its column mapping (a JSON array, or raw text as given). */
function upload(fileName: string, bytes: Buffer, mapping?: string[] | string) {
  const boundary = '----verkosto-test';
  const parts = [
    ...(mapping
      ? [
          `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${typeof mapping === 'string' ? mapping : JSON.stringify(mapping)}\r\n`,
        ]
      : []),
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
  ];
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(parts.join('')), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

const interest = (listIds: string[], overrides: Record<string, unknown> = {}) => ({
  name: 'Maija Meikäläinen',
  email: 'maija@kunta.example',
  organisation: 'Esimerkin kunta',
  organisationType: 'municipality',
  role: 'Digikehittäjä',
  topics: ['Tekoäly'],
  language: 'fi',
  listIds,
  consent: true,
  consentVersion: CONSENT_VERSION,
  ...overrides,
});

/** The campaign, once the worker has finished it. */
async function sentCampaign(call: Awaited<ReturnType<typeof setUp>>['call'], id: string) {
  return vi.waitFor(async () => {
    const campaign = (await call('GET', `/outreach/campaigns/${id}`)).json();
    if (campaign.status !== 'sent')
      throw new Error(`campaign still ${campaign.status}: ${JSON.stringify(campaign.counts)}`);
    return campaign;
  }, WAIT);
}

describe('the interest form', () => {
  it("shows a list's public description, never the organisers' note", async () => {
    const { call } = await setUp();
    const created = await call('POST', '/outreach/lists', {
      name: { fi: 'Kiinnostuneet' },
      description: 'Lomakkeella liittyneet, tuotu vanhasta rekisteristä.',
      publicDescription: { fi: 'Kutsu jokaiseen tapaamiseen.' },
      onInterestForm: true,
    });
    expect(created.statusCode).toBe(201);
    const form = await call('GET', '/interest', undefined, '');
    const offered = form.json().lists.find((l: { id: string }) => l.id === created.json().id);
    expect(offered).toEqual({
      id: created.json().id,
      name: { fi: 'Kiinnostuneet' },
      description: { fi: 'Kutsu jokaiseen tapaamiseen.' },
    });
    expect(form.body).not.toContain('vanhasta rekisteristä');
    const lists = (await call('GET', '/outreach/lists')).json();
    expect(lists.find((l: { id: string }) => l.id === created.json().id)).toMatchObject({
      description: 'Lomakkeella liittyneet, tuotu vanhasta rekisteristä.',
      publicDescription: { fi: 'Kutsu jokaiseen tapaamiseen.' },
    });
  });

  it('subscribes only after the person confirms, recording the consent', async () => {
    const { call, list } = await setUp();
    expect((await call('POST', '/interest', interest([list]), '')).statusCode).toBe(202);
    const mail = smtp.messages.find((m) => m.to === 'maija@kunta.example');
    expect(mail).toBeDefined();
    let subscribers = (await call('GET', `/outreach/lists/${list}/subscribers`)).json();
    expect(subscribers[0]).toMatchObject({
      status: 'pending',
      consentVersion: CONSENT_VERSION,
      source: 'interest-form',
      sourceBy: null,
    });
    const link = new URL(linkIn(mail?.raw ?? '', `${t.origin}/confirm/`));
    const opened = await t.request({ method: 'GET', url: link.pathname });
    expect(opened.statusCode).toBe(302);
    subscribers = (await call('GET', `/outreach/lists/${list}/subscribers`)).json();
    expect(subscribers[0].status).toBe('pending'); // opening the link (a mail scanner) changes nothing
    const confirmed = await t.request({ method: 'POST', url: link.pathname });
    expect(confirmed.statusCode).toBe(303);
    subscribers = (await call('GET', `/outreach/lists/${list}/subscribers`)).json();
    expect(subscribers[0]).toMatchObject({ status: 'confirmed', organisation: 'Esimerkin kunta' });
    expect(subscribers[0].consentAt).not.toBeNull();
  });

  it('sends one address at most 3 confirmations an hour, and the last one sent keeps working', async () => {
    const { call, list } = await setUp();
    const email = 'toistuva@kunta.example';
    for (let i = 0; i < 5; i++) {
      const response = await call('POST', '/interest', interest([list], { email, name: `Yritys ${i}` }), '');
      expect(response.statusCode).toBe(202);
    }
    const mails = smtp.messages.filter((m) => m.to === email);
    expect(mails).toHaveLength(3);
    const link = new URL(linkIn(mails.at(-1)?.raw ?? '', `${t.origin}/confirm/`));
    expect((await t.request({ method: 'POST', url: link.pathname })).statusCode).toBe(303);
    const [subscriber] = (await call('GET', `/outreach/lists/${list}/subscribers`)).json();
    expect(subscriber).toMatchObject({ status: 'confirmed', name: 'Yritys 2' });
  });

  it('names the field for bad input and stores nothing', async () => {
    const { call, list } = await setUp();
    const cases: [Record<string, unknown>, string][] = [
      [{ consent: false }, 'consent'],
      [{ email: 'not-an-address' }, 'email'],
      [{ name: '' }, 'name'],
      [{ listIds: [] }, 'listIds'],
    ];
    for (const [change, field] of cases) {
      const response = await call('POST', '/interest', interest([list], change), '');
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toContain(field);
    }
    const hidden = (await call('POST', '/outreach/lists', { name: { fi: 'Sisäinen' } })).json().id;
    const notOffered = await call('POST', '/interest', interest([hidden]), '');
    expect(notOffered.json().error.fields).toHaveProperty('listIds');
    expect(notOffered.json().error.fieldIssues.listIds).toEqual({ code: 'not-on-form' });
    expect((await call('GET', `/outreach/lists/${list}/subscribers`)).json()).toEqual([]);
  });

  it('answers a bot that fills the hidden field as if it worked, and keeps nothing', async () => {
    const { call, list } = await setUp();
    const bot = await call('POST', '/interest', interest([list], { website: 'http://spam.example' }), '');
    expect(bot.statusCode).toBe(202);
    expect((await call('GET', `/outreach/lists/${list}/subscribers`)).json()).toEqual([]);
  });

  it('shows the not-found page for an unknown confirmation link', async () => {
    const response = await t.request({ method: 'POST', url: '/confirm/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('importing a list', () => {
  const spreadsheet = Buffer.from(
    new Uint8Array([
      ...Buffer.from('Nimi;Sähköposti;Organisaatio\r\n', 'latin1'),
      ...Buffer.from('Äijä Öhman;aija@kunta.example;Kunta\r\n', 'latin1'),
      ...Buffer.from('Bea;bea@virasto.example;Virasto\r\n', 'latin1'),
      ...Buffer.from('Dup;AIJA@kunta.example;Kunta\r\n', 'latin1'),
      ...Buffer.from('Bad;not-an-address;X\r\n', 'latin1'),
    ]),
  );

  it('previews a Windows-1252 semicolon file without saving, then imports the valid rows as confirmed', async () => {
    const { call, base, organiser, list } = await setUp();
    const preview = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import/preview`,
      cookie: organiser.cookie,
      ...upload('kunnat.csv', spreadsheet),
    });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      mapping: ['name', 'email', 'organisation'],
    });
    expect(body.rows[0]).toMatchObject({ name: 'Äijä Öhman', email: 'aija@kunta.example', problem: null });
    expect(body.rows.map((r: { problem: string | null }) => r.problem)).toEqual([
      null,
      null,
      'duplicate-in-file',
      'invalid-email',
    ]);
    expect(body.counts).toEqual({ total: 4, valid: 2, invalid: 1, duplicates: 1 });
    expect((await call('GET', `/outreach/lists/${list}/subscribers`)).json()).toEqual([]);

    const saved = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import`,
      cookie: organiser.cookie,
      ...upload('kunnat.csv', spreadsheet),
    });
    expect(saved.json()).toEqual({ added: 2, skipped: 2 });
    const subscribers = (await call('GET', `/outreach/lists/${list}/subscribers`)).json();
    expect(subscribers.map((s: { email: string; status: string }) => `${s.email} ${s.status}`)).toEqual([
      'aija@kunta.example confirmed',
      'bea@virasto.example confirmed',
    ]);
    expect(subscribers[0]).toMatchObject({
      source: 'import',
      sourceBy: organiser.email,
      sourceFile: 'kunnat.csv',
    });
    const again = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import/preview`,
      cookie: organiser.cookie,
      ...upload('kunnat.csv', spreadsheet),
    });
    expect(again.json().rows[0].problem).toBe('already-on-list');
    const csv = await call('GET', `/outreach/lists/${list}/export.csv`);
    expect(csv.body).toContain('aija@kunta.example');
  });

  it('reports the file’s own line numbers and reads organisation types written as labels', async () => {
    const { base, organiser, list } = await setUp();
    const file = Buffer.from(
      'email,name,type\n\na@example.org,"Anna\nAnd",Kunta\nb@example.org,Bo,Kommun\nc@example.org,Cy,Planet\n',
    );
    const preview = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import/preview`,
      cookie: organiser.cookie,
      ...upload('types.csv', file, ['email', 'name', 'organisationType']),
    });
    const rows = preview
      .json()
      .rows.map((r: { line: number; organisationType: string; problem: string | null }) => [
        r.line,
        r.organisationType,
        r.problem,
      ]);
    expect(rows).toEqual([
      [3, 'municipality', null],
      [5, 'municipality', null],
      [6, 'Planet', 'invalid-type'],
    ]);
  });

  it('refuses a file whose delimiter hides the e-mail column, and one mapped without e-mail', async () => {
    const { base, organiser, list } = await setUp();
    const pipes = Buffer.from('name|email\nA|a@example.org\n');
    const refused = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import/preview`,
      cookie: organiser.cookie,
      ...upload('x.csv', pipes),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'import-one-column',
      fields: { file: expect.any(String) },
      fieldIssues: { file: { code: 'one-column' } },
    });
    const unmapped = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import/preview`,
      cookie: organiser.cookie,
      ...upload('k.csv', spreadsheet, ['name', 'ignore', 'organisation']),
    });
    expect(unmapped.json().error.fields).toHaveProperty('mapping');
    expect(unmapped.json().error.fieldIssues.mapping).toEqual({ code: 'one-email-column' });
    const garbled = await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import/preview`,
      cookie: organiser.cookie,
      ...upload('k.csv', spreadsheet, '{not json'),
    });
    expect(garbled.statusCode).toBe(400);
  });
});

describe('campaigns', () => {
  async function withSubscribers(count: number) {
    const setup = await setUp();
    const rows = Array.from({ length: count }, (_, i) => `Person ${i};person${i}@example.org`).join('\n');
    const file = Buffer.from(`name;email\n${rows}\n`);
    await t.request({
      method: 'POST',
      url: `${setup.base}/outreach/lists/${setup.list}/import`,
      cookie: setup.organiser.cookie,
      ...upload('l.csv', file),
    });
    return setup;
  }

  it('sends an invitation once to each address, with the meeting’s .ics and one-click unsubscribe', async () => {
    const { call, list, network } = await withSubscribers(3);
    const meeting = await buildMeeting(t, network);
    const created = await call('POST', '/outreach/campaigns', {
      template: 'invitation',
      subject: 'Tervetuloa tapaamiseen',
      body: 'Hei! **Tervetuloa**.',
      listIds: [list],
      eventId: meeting.id,
    });
    expect(created.statusCode).toBe(201);
    const before = smtp.messages.length;
    expect((await call('POST', `/outreach/campaigns/${created.json().id}/send`, {})).statusCode).toBe(202);
    const done = await sentCampaign(call, created.json().id);
    expect(done.counts).toMatchObject({ sent: 3, pending: 0, sending: 0, failed: 0 });
    const mine = smtp.messages.slice(before);
    expect(mine.map((m) => m.to).sort()).toEqual([
      'person0@example.org',
      'person1@example.org',
      'person2@example.org',
    ]);
    const mail = await PostalMime.parse(mine[0]?.raw ?? '');
    const header = (name: string) => mail.headers.find((h) => h.key === name)?.value ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]+\.[0-9a-f-]+@verkosto>$/);
    expect(mail.html).toContain('<strong>Tervetuloa</strong>');
    expect(mail.text).toContain('Tervetuloa');
    const ics = mail.attachments.find((a) => a.mimeType === 'text/calendar');
    const vevent = new ICAL.Component(
      ICAL.parse(new TextDecoder().decode(ics?.content as ArrayBuffer)),
    ).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('uid')).toBe(`${meeting.id}@verkosto`);

    const unsubscribeUrl = new URL(/<([^>]+)>/.exec(header('list-unsubscribe'))?.[1] ?? '');
    const oneClick = await t.request({
      method: 'POST',
      url: unsubscribeUrl.pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    const statuses = (await call('GET', `/outreach/lists/${list}/subscribers`))
      .json()
      .map((s: { status: string }) => s.status);
    expect(statuses.filter((s: string) => s === 'unsubscribed')).toHaveLength(1);
    const twice = await call('POST', `/outreach/campaigns/${created.json().id}/send`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fieldIssues.campaign).toEqual({ code: 'already-sent' });
  });

  it('sends the text in the recipient’s language when the organiser wrote one', async () => {
    const { call, list, base, organiser } = await setUp();
    const file = Buffer.from('email;language\nfi@example.org;fi\nsv@example.org;sv\nen@example.org;en\n');
    await t.request({
      method: 'POST',
      url: `${base}/outreach/lists/${list}/import`,
      cookie: organiser.cookie,
      ...upload('l.csv', file),
    });
    const campaign = {
      subject: 'Tervetuloa',
      body: 'Hei!',
      listIds: [list],
      translations: { sv: { subject: 'Välkommen', body: 'Hej!' } },
    };
    const id = (await call('POST', '/outreach/campaigns', campaign)).json().id;
    const before = smtp.messages.length;
    await call('POST', `/outreach/campaigns/${id}/send`, {});
    await sentCampaign(call, id);
    const subjects = await Promise.all(
      smtp.messages.slice(before).map(async (m) => `${m.to} ${(await PostalMime.parse(m.raw)).subject}`),
    );
    expect(subjects.sort()).toEqual([
      'en@example.org Tervetuloa',
      'fi@example.org Tervetuloa',
      'sv@example.org Välkommen',
    ]);
  });

  it('invites to join before a meeting, and points to its recording in a thank-you', async () => {
    const { network } = await setUp();
    const meeting = { ...(await buildMeeting(t, network)), recordingUrl: 'https://video.example.org/42' };
    const mail = (template: 'invitation' | 'thank-you') =>
      campaignMail({
        publicUrl: t.origin,
        network,
        list: { id: '00000000-0000-4000-8000-000000000000', name: { fi: 'Kunnat' } },
        sender: { address: 'verkosto@localhost' },
        campaign: { subject: 'S', body: 'B', translations: {}, template },
        event: meeting,
        recipient: { email: 'a@example.org', language: 'en' },
        messageId: '<m@verkosto>',
      });
    const invitation = mail('invitation');
    expect(invitation.text).toContain(
      `Join the meeting:\n${t.origin}/n/${network.slug}/join/${meeting.slug}`,
    );
    expect(invitation.attachments).toHaveLength(1);
    const thanks = mail('thank-you');
    expect(thanks.text).toContain('Watch the recording:\nhttps://video.example.org/42');
    expect(thanks.text).not.toContain('/join/');
    expect(thanks.attachments).toEqual([]);
  });

  it('sends each address one message when two instances work on the same campaign', async () => {
    const { call, list, network } = await withSubscribers(40);
    const other = await buildTestApp({ SMTP_URL: smtp.url, OUTREACH_MESSAGES_PER_MINUTE: '0' }, t.database);
    try {
      const id = (
        await call('POST', '/outreach/campaigns', { subject: 'Kaksi', body: 'x', listIds: [list] })
      ).json().id;
      const before = smtp.messages.length;
      await call('POST', `/outreach/campaigns/${id}/send`, {});
      await queueCampaign(other.app.jobs, { networkId: network.id, campaignId: id }); // a second run of the same campaign, on the other instance
      await sentCampaign(call, id);
      const recipients = smtp.messages.slice(before).map((m) => m.to);
      expect(recipients).toHaveLength(40);
      expect(new Set(recipients).size).toBe(40);
    } finally {
      await other.close();
    }
  });

  it('retries a temporary refusal later and records a rejected address as bounced', async () => {
    const { call, list } = await withSubscribers(3);
    refuse = (to, attempt) =>
      to === 'person1@example.org' && attempt === 1 ? 451 : to === 'person2@example.org' ? 550 : null;
    const id = (
      await call('POST', '/outreach/campaigns', { subject: 'Muistutus', body: 'Huomenna!', listIds: [list] })
    ).json().id;
    const before = smtp.messages.length;
    await call('POST', `/outreach/campaigns/${id}/send`, {});
    const done = await sentCampaign(call, id);
    expect(done.counts).toMatchObject({ sent: 2, bounced: 1 });
    expect(
      smtp.messages
        .slice(before)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['person0@example.org', 'person1@example.org']);
    const statuses = (await call('GET', `/outreach/lists/${list}/subscribers`))
      .json()
      .map((s: { email: string; status: string }) => `${s.email} ${s.status}`);
    expect(statuses).toContain('person2@example.org bounced');
  });

  it('refuses an empty subject, an empty list and lists of another network', async () => {
    const { call, list } = await setUp();
    const noSubject = await call('POST', '/outreach/campaigns', { subject: ' ', listIds: [list] });
    expect(noSubject.json().error.fields).toHaveProperty('subject');
    const id = (await call('POST', '/outreach/campaigns', { subject: 'Hei', listIds: [list] })).json().id;
    const empty = await call('POST', `/outreach/campaigns/${id}/send`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('listIds');
    expect(empty.json().error.fieldIssues.listIds).toEqual({ code: 'no-confirmed-addresses' });
    const other = await setUp();
    const foreign = await call('POST', '/outreach/campaigns', { subject: 'Hei', listIds: [other.list] });
    expect(foreign.json().error.fields).toHaveProperty('listIds');
    expect(foreign.json().error.fieldIssues.listIds).toEqual({ code: 'not-in-network' });
  });

  it('sends a test to the organiser only', async () => {
    const { call, list, organiser } = await withSubscribers(2);
    const id = (
      await call('POST', '/outreach/campaigns', { subject: 'Koe', body: 'Testi', listIds: [list] })
    ).json().id;
    const before = smtp.messages.length;
    expect((await call('POST', `/outreach/campaigns/${id}/test`, {})).statusCode).toBe(202);
    await smtp.waitFor(before + 1);
    expect(smtp.messages.slice(before).map((m) => m.to)).toEqual([organiser.email]);
    expect((await call('GET', `/outreach/campaigns/${id}`)).json().status).toBe('draft');
  });
});

describe('erasing an address', () => {
  it('removes an address from a list for the organiser, and for nobody else', async () => {
    const { call, list, base } = await setUp();
    await call('POST', '/interest', interest([list]), '');
    const [subscriber] = (await call('GET', `/outreach/lists/${list}/subscribers`)).json();
    const path = `/outreach/lists/${list}/subscribers/${subscriber.id}`;
    const member = await buildPerson(t);
    const refused = await t.request({ method: 'DELETE', url: `${base}${path}`, cookie: member.cookie });
    expect(refused.statusCode).toBe(403);
    expect((await call('DELETE', path)).statusCode).toBe(204);
    expect((await call('GET', `/outreach/lists/${list}/subscribers`)).json()).toEqual([]);
    expect((await call('DELETE', path)).statusCode).toBe(404);
  });
});

describe('permissions', () => {
  it('keeps lists and campaigns to the network’s organisers', async () => {
    const { call, list } = await setUp();
    const member = await buildPerson(t);
    const stranger = await buildNetwork(t);
    expect((await call('GET', '/outreach/lists', undefined, '')).statusCode).toBe(401);
    expect((await call('GET', '/outreach/lists', undefined, member.cookie)).statusCode).toBe(403);
    expect(
      (await call('GET', `/outreach/lists/${list}/subscribers`, undefined, stranger.organiser.cookie))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/outreach/campaigns', { subject: 'x', listIds: [list] }, member.cookie))
        .statusCode,
    ).toBe(403);
  });
});
