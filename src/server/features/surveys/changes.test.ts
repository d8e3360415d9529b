import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { SurveyChange } from '#shared/survey-changes.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';
import { buildPastMeeting } from '#test/surveys.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;
let meeting: { id: string; slug: string };

const base = () => `/api/networks/${network.slug}`;
const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  cookie = organiser,
) => t.request({ method, url: `${base()}${url}`, payload, cookie });
const publicList = async () => (await call('GET', '/survey-changes/public', undefined, '')).json().changes;

const change = (fields: object = {}) => ({
  title: { fi: 'Tapaamisissa enemmän aikaa kysymyksille', en: 'More time for questions' },
  description: { fi: 'Varaamme **kymmenen minuuttia** kysymyksille.' },
  decidedOn: '2027-02-01',
  ...fields,
});

beforeAll(async () => {
  t = await buildTestApp();
  const built = await buildNetwork(t);
  network = built.network;
  organiser = built.organiser.cookie;
  surveyId = (await call('GET', '/surveys')).json().surveys[0].id;
  meeting = await buildPastMeeting(t, network, 3);
});
afterAll(() => t.close());

describe('recording a change', () => {
  it('adds, edits and deletes a change, each in the audit log', async () => {
    const links = [{ surveyId, eventId: meeting.id, questionId: 'change' }];
    const created = await call('POST', '/survey-changes', change({ links }));
    expect(created.statusCode, created.body).toBe(201);
    const body: SurveyChange = created.json();
    expect(body).toMatchObject({
      published: true,
      decidedOn: '2027-02-01',
      links,
      description: change().description,
    });

    const edited = await call('PATCH', `/survey-changes/${body.id}`, { title: { fi: 'Uusi otsikko' } });
    expect(edited.statusCode, edited.body).toBe(200);
    // A PATCH changes what it names only: the description and the links stay.
    expect(edited.json()).toMatchObject({
      title: { fi: 'Uusi otsikko' },
      links,
      description: change().description,
    });
    expect((await call('GET', '/survey-changes')).json().changes.map((c: SurveyChange) => c.id)).toContain(
      body.id,
    );

    expect((await call('DELETE', `/survey-changes/${body.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/survey-changes/${body.id}`)).statusCode).toBe(404);
    const audit = (await call('GET', '/audit'))
      .json()
      .entries.filter((e: { target: { id: string } | null }) => e.target?.id === body.id);
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual([
      'survey-change.create',
      'survey-change.delete',
      'survey-change.update',
    ]);
    expect(audit.find((e: { action: string }) => e.action === 'survey-change.update').details).toEqual({
      fields: ['title'],
    });
  });

  it('names each refused field', async () => {
    const refused = await call('POST', '/survey-changes', {
      title: {},
      decidedOn: '1.2.2027',
      description: { sv: 'x'.repeat(4001) },
      links: [{ surveyId: 'not-a-uuid' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fieldIssues).toMatchObject({
      title: { code: 'one-language' },
      decidedOn: { code: 'not-a-date' },
      'description.sv': { code: 'too-long', limit: 4000 },
      'links.0.surveyId': { code: 'invalid-format' },
    });
  });

  it("refuses a link to another network's survey or meeting, naming it by its place", async () => {
    const other = await buildNetwork(t);
    const theirs = (
      await t.request({
        method: 'GET',
        url: `/api/networks/${other.network.slug}/surveys`,
        cookie: other.organiser.cookie,
      })
    ).json().surveys[0].id;
    const theirMeeting = await buildPastMeeting(t, other.network, 2);
    const links = [{ surveyId }, { surveyId: theirs }, { surveyId, eventId: theirMeeting.id }];
    const refused = await call('POST', '/survey-changes', change({ links }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fieldIssues).toEqual({
      'links.1.surveyId': { code: 'not-in-network' },
      'links.2.eventId': { code: 'not-in-network' },
    });
    // An id in capitals names the same survey (as PostgreSQL compares uuids).
    const capitals = await call(
      'POST',
      '/survey-changes',
      change({ links: [{ surveyId: surveyId.toUpperCase() }] }),
    );
    expect(capitals.json().links).toEqual([{ surveyId, eventId: null, questionId: null }]);
    const created = (await call('POST', '/survey-changes', change())).json();
    const patched = await call('PATCH', `/survey-changes/${created.id}`, { links: [{ surveyId: theirs }] });
    expect(patched.json().error.fieldIssues).toEqual({ 'links.0.surveyId': { code: 'not-in-network' } });
  });
});

describe('the home page’s newest changes', () => {
  it('are the three newest published, rendered, with the public meetings behind them', async () => {
    const fresh = await buildNetwork(t);
    network = fresh.network;
    organiser = fresh.organiser.cookie;
    surveyId = (await call('GET', '/surveys')).json().surveys[0].id;
    const draft = await buildPastMeeting(t, network, 4, { status: 'draft' });
    const held = await buildPastMeeting(t, network, 2);
    const links = [
      { surveyId, eventId: held.id },
      { surveyId, eventId: draft.id },
    ];
    for (const [day, published] of [
      ['01', true],
      ['05', false],
      ['02', true],
      ['03', true],
      ['04', true],
    ] as const)
      await call('POST', '/survey-changes', change({ decidedOn: `2027-03-${day}`, published, links }));
    const shown = await publicList();
    expect(shown.map((c: { decidedOn: string }) => c.decidedOn)).toEqual([
      '2027-03-04',
      '2027-03-03',
      '2027-03-02',
    ]);
    expect(shown[0].descriptionHtml.fi).toBe(
      '<p>Varaamme <strong>kymmenen minuuttia</strong> kysymyksille.</p>\n',
    );
    // A draft meeting is the organisers' own; the survey itself is never named in public.
    expect(shown[0].meetings).toEqual([{ slug: held.slug, title: held.title }]);
    expect(shown[0]).not.toHaveProperty('links');
  });

  it('leave out an unpublished change, and show it again once published', async () => {
    const created = (await call('POST', '/survey-changes', change({ decidedOn: '2027-04-01' }))).json();
    expect((await publicList())[0].id).toBe(created.id);
    await call('PATCH', `/survey-changes/${created.id}`, { published: false });
    expect((await publicList()).map((c: { id: string }) => c.id)).not.toContain(created.id);
    await call('PATCH', `/survey-changes/${created.id}`, { published: true });
    expect((await publicList())[0].id).toBe(created.id);
  });

  it('sanitise the markdown', async () => {
    const markdown = '<script>x()</script>\n\n[a](javascript:x) [b](https://example.org)';
    await call('POST', '/survey-changes', change({ decidedOn: '2027-05-01', description: { fi: markdown } }));
    const html = (await publicList())[0].descriptionHtml.fi;
    expect(html).not.toMatch(/<script|href="javascript/);
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">b</a>');
  });
});

describe('who may record changes', () => {
  it('refuses visitors, members and another network’s organisers', async () => {
    const created = (await call('POST', '/survey-changes', change())).json();
    const member = await buildMember(t, network);
    const other = await buildNetwork(t);
    for (const cookie of ['', member.cookie, other.organiser.cookie]) {
      const status = cookie ? 403 : 401;
      expect((await call('GET', '/survey-changes', undefined, cookie)).statusCode).toBe(status);
      expect((await call('POST', '/survey-changes', change(), cookie)).statusCode).toBe(status);
      expect(
        (await call('PATCH', `/survey-changes/${created.id}`, { published: false }, cookie)).statusCode,
      ).toBe(status);
      expect((await call('DELETE', `/survey-changes/${created.id}`, undefined, cookie)).statusCode).toBe(
        status,
      );
    }
    expect(
      (await call('GET', '/survey-changes')).json().changes.find((c: SurveyChange) => c.id === created.id),
    ).toMatchObject({
      published: true,
    });
  });
});
