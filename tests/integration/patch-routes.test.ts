/**
 * A PATCH changes only what it names (issue 9, item 10): per PATCH route, a field not named keeps
 * its value, however far from its default it is. Every PATCH of /api/openapi.json has a case here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTheme, createEvent } from '#server/features/events/events.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { createList } from '#server/features/outreach/outreach.service.ts';
import { createChange } from '#server/features/surveys/changes.service.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';

let t: TestApp;
let network: NetworkRow;
let cookie: string;
beforeAll(async () => {
  t = await buildTestApp();
  ({
    network,
    organiser: { cookie },
  } = await buildNetwork(t, {
    description: { fi: 'Kuvaus', sv: 'Beskrivning' },
    goals: [{ fi: 'Tavoite' }],
    hashtag: '#Testi',
    timeZone: 'Europe/Stockholm',
  }));
});
afterAll(() => t.close());

type Case = {
  /** The route as in the OpenAPI document. */
  route: string;
  /** Creates what is patched; returns the address to PATCH and how to read it back. */
  setUp(): Promise<{ url: string; read(): Promise<Record<string, unknown>> }>;
  change: Record<string, unknown>;
};

const api = (path: string) => `/api/networks/${network.slug}${path}`;
const get = async (url: string) => (await t.request({ method: 'GET', url, cookie })).json();

const cases: Case[] = [
  {
    route: '/api/networks/{network}',
    setUp: async () => ({ url: api(''), read: () => get(api('')) }),
    change: { name: { fi: 'Uusi nimi' }, mainLanguage: 'sv' },
  },
  {
    route: '/api/networks/{network}/themes/{themeId}',
    setUp: async () => {
      const theme = await addTheme(t.database.db, network, {
        title: { fi: 'Teema' },
        description: { fi: 'Johdanto' },
        intendedMonth: '2031-05',
        status: 'scheduled',
      });
      const read = async () =>
        (await get(api('/programme'))).themes.find((x: { id: string }) => x.id === theme.id);
      return { url: api(`/themes/${theme.id}`), read };
    },
    change: { title: { fi: 'Uusi teema' } },
  },
  {
    route: '/api/networks/{network}/events/{event}',
    setUp: async () => {
      const theme = await addTheme(t.database.db, network, { title: { fi: 'Tapaamisen teema' } });
      const event = await createEvent(t.database.db, network, {
        title: { fi: 'Tapaaminen' },
        date: '2031-06-06',
        startTime: '13:15',
        durationMinutes: 45,
        themeId: theme.id,
        introduction: { fi: 'Johdanto' },
        speakers: [{ name: 'Puhuja', organisation: 'Kunta' }],
        meetingUrl: 'https://example.org/meet',
        joinOpensMinutesBefore: 5,
        recordingUrl: 'https://example.org/recording',
        notes: { fi: 'Muistiinpanot' },
        status: 'draft',
      });
      return { url: api(`/events/${event.slug}`), read: () => get(api(`/events/${event.slug}`)) };
    },
    change: { title: { fi: 'Uusi otsikko' } },
  },
  {
    route: '/api/networks/{network}/outreach/lists/{listId}',
    setUp: async () => {
      const list = await createList(t.database.db, network, {
        name: { fi: 'Lista' },
        description: 'Kuvaus',
        language: 'sv',
        onInterestForm: true,
      });
      const read = async () =>
        (await get(api('/outreach/lists'))).find((x: { id: string }) => x.id === list.id);
      return { url: api(`/outreach/lists/${list.id}`), read };
    },
    change: { name: { fi: 'Uusi lista', sv: 'Ny lista' } },
  },
  {
    route: '/api/networks/{network}/survey-changes/{change}',
    setUp: async () => {
      const change = await createChange(t.database.db, network, {
        title: { fi: 'Muutos' },
        description: { fi: 'Kuvaus' },
        decidedOn: '2031-02-03',
        links: [],
        published: false,
      });
      // When it was last saved moves with every PATCH; the rest must stay.
      const read = async () => {
        const { changes } = await get(api('/survey-changes'));
        const { updatedAt: _, ...found } = changes.find((x: { id: string }) => x.id === change.id);
        return found;
      };
      return { url: api(`/survey-changes/${change.id}`), read };
    },
    change: { title: { fi: 'Uusi muutos' } },
  },
];

describe('PATCH', () => {
  it('has a case here for every PATCH route of the API', async () => {
    const doc = await get('/api/openapi.json');
    const patched = Object.entries(doc.paths as Record<string, object>)
      .filter(([, item]) => 'patch' in item)
      .map(([path]) => path);
    expect(cases.map((c) => c.route).sort()).toEqual(patched.sort());
  });

  it.each(cases.map((c) => [c.route, c] as const))('%s changes only the fields it names', async (_, c) => {
    const { url, read } = await c.setUp();
    const before = await read();
    const response = await t.request({ method: 'PATCH', url, cookie, payload: c.change });
    expect(response.statusCode).toBeLessThan(300);
    expect(await read()).toEqual({ ...before, ...c.change });
  });

  it.each(cases.map((c) => [c.route, c] as const))('%s with nothing named changes nothing', async (_, c) => {
    const { url, read } = await c.setUp();
    const before = await read();
    const response = await t.request({ method: 'PATCH', url, cookie, payload: {} });
    expect(response.statusCode).toBeLessThan(300);
    expect(await read()).toEqual(before);
  });
});
