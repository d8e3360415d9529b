import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestAppWithAdmin } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';

let t: TestAppWithAdmin;
beforeAll(async () => {
  t = await buildTestApp({}, undefined, { admin: 'admin@example.org' });
});
afterAll(() => t.close());

const valid = {
  contactAddress: 'Saavutettavuus@Example.org',
  statement: {
    compliance: 'partial',
    knownIssues: {
      fi: '- Videoilla ei ole tekstityksiä <script>alert(1)</script>',
      en: '- Videos lack captions',
    },
    assessment: { fi: 'Itsearvio ja axe-tarkistus.' },
    preparedOn: '2026-09-01',
    updatedOn: '2026-11-30',
    feedbackUrl: 'https://example.org/palaute',
  },
  supervisoryAuthority: {
    name: { fi: 'Valvova viranomainen' },
    address: { fi: 'PL 1, 00001 Kaupunki' },
    url: 'https://www.saavutettavuusvaatimukset.fi/',
  },
};

const read = async () => (await t.request({ method: 'GET', url: '/api/installation' })).json();
const save = (payload: object, cookie?: string) =>
  t.request({ method: 'PUT', url: '/api/installation', payload, cookie });

describe('the installation settings', () => {
  it('show the defaults before anyone saves: no statement, the authority by its role and its site', async () => {
    expect(await read()).toEqual({
      contactAddress: null,
      statement: null,
      supervisoryAuthority: {
        name: {
          fi: 'Digitaalisen saavutettavuuden valvontaviranomainen',
          sv: 'Tillsynsmyndigheten för digital tillgänglighet',
          en: 'The supervisory authority for digital accessibility',
        },
        address: {},
        url: 'https://www.saavutettavuusvaatimukset.fi/',
      },
    });
  });

  it('are saved by an installation admin, rendered and sanitised for visitors, and audited', async () => {
    const saved = await save(valid, t.admin.cookie);
    expect(saved.statusCode).toBe(200);
    const settings = await read();
    expect(settings).toMatchObject({
      contactAddress: 'saavutettavuus@example.org',
      statement: { compliance: 'partial', answerDays: 14, preparedOn: '2026-09-01' },
      supervisoryAuthority: valid.supervisoryAuthority,
    });
    expect(settings.statement.knownIssuesHtml.fi).toContain('<li>Videoilla ei ole tekstityksiä');
    expect(settings.statement.knownIssuesHtml.fi).not.toContain('script');
    const audit = await t.request({
      method: 'GET',
      url: '/api/admin/audit?network=none',
      cookie: t.admin.cookie,
    });
    expect(audit.json().entries[0]).toMatchObject({
      action: 'installation.settings.update',
      actor: { email: 'admin@example.org', as: 'admin' },
      details: { fields: ['contactAddress', 'statement', 'supervisoryAuthority'] },
    });
  });

  it('refuse anyone but an installation admin, an organiser too, and change nothing', async () => {
    const before = await read();
    const { organiser } = await buildNetwork(t);
    const person = await buildPerson(t);
    const change = { ...valid, contactAddress: 'other@example.org' };
    expect((await save(change)).statusCode).toBe(401);
    expect((await save(change, person.cookie)).statusCode).toBe(403);
    expect((await save(change, organiser.cookie)).statusCode).toBe(403);
    expect(await read()).toEqual(before);
  });

  it.each([
    [
      'an update before the statement was prepared',
      { statement: { ...valid.statement, updatedOn: '2026-08-01' } },
      'statement.updatedOn',
    ],
    [
      'a date that is no date',
      { statement: { ...valid.statement, preparedOn: '1.9.2026' } },
      'statement.preparedOn',
    ],
    [
      'a script as the feedback form',
      { statement: { ...valid.statement, feedbackUrl: 'javascript:alert(1)' } },
      'statement.feedbackUrl',
    ],
    [
      'an unknown compliance',
      { statement: { ...valid.statement, compliance: 'mostly' } },
      'statement.compliance',
    ],
    [
      'an answer time of no days',
      { statement: { ...valid.statement, answerDays: 0 } },
      'statement.answerDays',
    ],
    [
      'an authority without a name',
      { supervisoryAuthority: { ...valid.supervisoryAuthority, name: {} } },
      'supervisoryAuthority.name',
    ],
    ['a contact that is no address', { contactAddress: 'saavutettavuus' }, 'contactAddress'],
  ])('refuse %s, naming the field, and change nothing', async (_, change, field) => {
    const before = await read();
    const response = await save({ ...valid, ...change }, t.admin.cookie);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toContain(field);
    expect(await read()).toEqual(before);
  });

  it('take back the statement when an admin clears it, keeping the authority', async () => {
    expect((await save({ ...valid, statement: null }, t.admin.cookie)).statusCode).toBe(200);
    expect(await read()).toMatchObject({ statement: null, supervisoryAuthority: valid.supervisoryAuthority });
  });
});
