import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import { buildNetwork } from '#test/factories.ts';
import { mailedTestAppForFile } from '#test/outreach.ts';
import { interestFromForm } from './interest-form-post.ts';

const app = mailedTestAppForFile();

describe('reading the posted interest form', () => {
  it('takes every ticked list and topic, a ticked consent, and no type for an empty select', () => {
    const body = new URLSearchParams([
      ['name', 'Maija'],
      ['email', 'maija@kunta.example'],
      ['organisationType', ''],
      ['listIds', 'a'],
      ['listIds', 'b'],
      ['topics', 'Tekoäly'],
      ['consent', 'on'],
      ['language', 'sv'],
    ]).toString();
    expect(interestFromForm(body)).toMatchObject({
      name: 'Maija',
      organisationType: undefined,
      listIds: ['a', 'b'],
      topics: ['Tekoäly'],
      consent: true,
      language: 'sv',
    });
    expect(interestFromForm('name=x').consent).toBe(false);
  });
});

describe('the interest form without JavaScript', () => {
  async function setUp() {
    const { network, organiser } = await buildNetwork(app.t);
    const created = await app.t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/outreach/lists`,
      cookie: organiser.cookie,
      payload: { name: { fi: 'Kunnat' }, onInterestForm: true },
    });
    const list = created.json().id as string;
    const subscribers = async () =>
      (
        await app.t.request({
          method: 'GET',
          url: `/api/networks/${network.slug}/outreach/lists/${list}/subscribers`,
          cookie: organiser.cookie,
        })
      ).json();
    const post = (fields: [string, string][]) =>
      app.t.request({
        method: 'POST',
        url: `/n/${network.slug}/interest`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    return { network, list, subscribers, post };
  }

  const filled = (list: string, email: string): [string, string][] => [
    ['name', 'Maija'],
    ['email', email],
    ['language', 'fi'],
    ['listIds', list],
    ['consent', 'on'],
    ['consentVersion', CONSENT_VERSION],
  ];

  it('signs up as the API does, then goes back to the form’s page, which says to check the mail', async () => {
    const { network, list, subscribers, post } = await setUp();
    const sent = await post(filled(list, 'lomake@kunta.example'));
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/n/${network.slug}/interest?sent=1`);
    expect(await subscribers()).toMatchObject([{ email: 'lomake@kunta.example', status: 'pending' }]);
    expect(app.smtp.messages.some((m) => m.to === 'lomake@kunta.example')).toBe(true);
  });

  it('shows the page again, refused, for a form without consent or a name, and stores nothing', async () => {
    const { list, subscribers, post } = await setUp();
    const noConsent = filled(list, 'ei@kunta.example').filter(([name]) => name !== 'consent');
    const refused = await post(noConsent);
    expect(refused.statusCode).toBe(400);
    // The form again, filled in as it was sent, with the missing consent named.
    expect(refused.body).toContain('value="ei@kunta.example"');
    expect(refused.body).toContain('Anna suostumuksesi valitsemalla');
    const noName = filled(list, 'ei@kunta.example').map(([k, v]): [string, string] => [
      k,
      k === 'name' ? '' : v,
    ]);
    expect((await post(noName)).statusCode).toBe(400);
    const notOffered = filled('00000000-0000-4000-8000-000000000000', 'ei@kunta.example');
    expect((await post(notOffered)).statusCode).toBe(400);
    expect(await subscribers()).toEqual([]);
  });

  it('answers a bot as if it worked and keeps nothing; an unknown network is not found', async () => {
    const { list, subscribers, post } = await setUp();
    const bot = await post([...filled(list, 'bot@spam.example'), ['website', 'http://spam.example']]);
    expect(bot.statusCode).toBe(303);
    expect(await subscribers()).toEqual([]);
    const unknown = await app.t.request({
      method: 'POST',
      url: '/n/ei-ole/interest',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
