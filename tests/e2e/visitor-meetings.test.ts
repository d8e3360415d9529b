import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#server/demo/demo.ts';
import { DEMO_PEOPLE, DEMO_SLUG } from '#server/demo/demo-data.ts';
import { localized } from '#shared/common.ts';
import type { Event, EventSummary } from '#shared/events.ts';
import { signIn } from '#test/app.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { pageShown, screenshot } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const NETWORK = `/n/${DEMO_SLUG}`;
const MEETING_URL = 'https://meet.example.org/visitor-test';

/** The local date and time in Helsinki `minutes` from now, as the events API takes them. */
function helsinkiIn(minutes: number): { date: string; startTime: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    startTime: `${part('hour')}:${part('minute')}`,
  };
}

// A visitor without an account finds the network's meetings, past and coming, and joins one.
describe('visitor meetings', () => {
  let server: TestServer;
  let visitor: Browser;
  let english: Browser | undefined;
  let next: EventSummary;
  let pastCount: number;

  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${server.url}/api/networks/${DEMO_SLUG}${path}`)).json()) as T;

  beforeAll(async () => {
    server = await startTestServer();
    await loadDemo(server.database.db, { onlyIfEmpty: true });
    const upcoming = await api<{ events: EventSummary[] }>('/events?when=upcoming&limit=1');
    const first = upcoming.events[0];
    if (!first) throw new Error('the demo has no upcoming meeting');
    next = first;
    pastCount = (await api<{ events: EventSummary[] }>('/events?when=past&limit=500')).events.length;
    visitor = await openBrowser({ locale: 'fi-FI' });
  });

  afterAll(async () => {
    await english?.close();
    await visitor?.close();
    await server?.close();
  });

  it('shows the next meeting on the network page and opens its page', async () => {
    const { page } = visitor;
    await page.goto(`${server.url}${NETWORK}`);
    await pageShown(page, 'Digitalisaation edistäjien verkosto');
    const card = page.getByTestId('next-meeting');
    await card.getByRole('heading', { level: 2, name: 'Seuraava tapaaminen' }).waitFor();
    expect(await card.getByTestId('meeting-time').textContent()).toMatch(
      /perjantai \d+\.\d+\.\d{4} klo 9\.00–10\.30/,
    );
    // Days before it opens, the card says when the join link opens instead of offering it.
    expect(await card.getByTestId('join-opens').textContent()).toMatch(/^Liittymislinkki avautuu perjantai/);
    expect(await card.getByTestId('join-link').count()).toBe(0);
    expect(await card.getByTestId('attending-count').count()).toBe(0);
    expect(await card.getByTestId('event-ics-link').getAttribute('href')).toBe(
      `${NETWORK}/events/${next.slug}.ics?lang=fi`,
    );
    // A calendar app sends no cookie: the feed's address carries the page's language.
    const feed = new URL(`${NETWORK}/calendar.ics?lang=fi`, server.url);
    expect(await page.getByTestId('calendar-webcal').getAttribute('href')).toBe(
      feed.href.replace(/^http:/, 'webcal:'),
    );
    expect(await page.getByTestId('calendar-url').inputValue()).toBe(feed.href);
    expect(await page.getByTestId('calendar-apps').getByRole('listitem').count()).toBe(3);
    await expect.poll(() => page.getByTestId('past-count').textContent()).toBe(`${pastCount} tapaamista`);
    await screenshot(page, 'network-meetings-fi');
    await expectNoAxeViolations(page);

    const title = localized(next.title, 'fi');
    await card.getByRole('link', { name: title, exact: true }).click();
    await pageShown(page, title);
    expect(new URL(page.url()).pathname).toBe(`${NETWORK}/events/${next.slug}`);
    expect(await page.getByTestId('event-theme').textContent()).toContain(
      localized(next.theme?.title ?? {}, 'fi'),
    );
    expect(await page.getByTestId('meeting-time').textContent()).toContain('Itä-Euroopan aika');
    // Not open yet: the page says when the link opens, and the join address explains it too.
    expect(await page.getByTestId('join-explanation').textContent()).toContain('avautuu 30 minuuttia ennen');
    await page.getByTestId('join-opens').waitFor();
    expect(await page.getByRole('link', { name: `Liity tapaamiseen: ${title}` }).count()).toBe(0);
    const early = await page.request.get(`${server.url}${NETWORK}/join/${next.slug}`, { maxRedirects: 0 });
    expect(early.status()).toBe(409);
    await screenshot(page, 'event-upcoming-fi');
    await expectNoAxeViolations(page);
  });

  it('finds a past meeting by searching and shows its introduction and recording', async () => {
    const { page } = visitor;
    await page.getByRole('link', { name: /Takaisin verkoston sivulle/ }).click();
    await pageShown(page, 'Digitalisaation edistäjien verkosto');
    const search = page.getByRole('search', { name: 'Hae menneistä tapaamisista' });
    await search.getByLabel('Hakusana').fill('lainsäädäntö');
    await search.getByLabel('Vuosi').selectOption('2022');
    await search.getByLabel('Hakusana').press('Enter');
    const found = await api<{ events: EventSummary[] }>(
      `/events?when=past&year=2022&q=${encodeURIComponent('lainsäädäntö')}`,
    );
    expect(found.events.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('past-count').textContent())
      .toMatch(new RegExp(`^${found.events.length} tapaami`));
    const results = page.getByTestId('past-events').getByRole('listitem');
    expect(await results.count()).toBe(found.events.length);
    await screenshot(page, 'network-search-fi');
    await expectNoAxeViolations(page);

    const title = 'Automaattinen päätöksenteko: lainsäädäntö ja käytäntö';
    await results.getByRole('link', { name: title }).click();
    await pageShown(page, title);
    expect(await page.getByTestId('event-introduction').textContent()).toContain('lainsäädäntö');
    expect(await page.getByTestId('recording-link').getAttribute('href')).toBe(
      'https://example.org/tallenteet/2022-06-03',
    );
    await page.getByRole('heading', { level: 2, name: 'Muistiinpanot' }).waitFor();
    expect(await page.getByTestId('join-link').count()).toBe(0);
    await screenshot(page, 'event-past-fi');
    await expectNoAxeViolations(page);

    // Its room is an archive now: it says so instead of asking for a name.
    await page.goto(`${server.url}${NETWORK}/live/2022-06-03`);
    await page.getByRole('heading', { level: 2, name: 'Tapaaminen on päättynyt' }).waitFor();
    expect(await page.getByTestId('join-room').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('follows the join link of a meeting about to start to the meeting', async () => {
    const organiser = await signIn(server, DEMO_PEOPLE[0]?.email ?? '');
    const created = await server.request({
      method: 'POST',
      url: `/api/networks/${DEMO_SLUG}/events`,
      cookie: organiser,
      payload: {
        title: { fi: 'Pikatapaaminen' },
        ...helsinkiIn(10),
        durationMinutes: 30,
        meetingUrl: MEETING_URL,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const soon = created.json<Event>();

    const { page } = visitor;
    await page.goto(`${server.url}${NETWORK}`);
    await pageShown(page, 'Digitalisaation edistäjien verkosto');
    const card = page.getByTestId('next-meeting');
    await card.getByRole('link', { name: 'Pikatapaaminen', exact: true }).click();
    await pageShown(page, 'Pikatapaaminen');
    expect(await page.getByTestId('join-explanation').textContent()).toContain('Tapaamislinkki on auki');
    const join = page.getByRole('link', { name: 'Liity tapaamiseen: Pikatapaaminen' });
    const href = await join.getAttribute('href');
    expect(href).toBe(`${NETWORK}/join/${soon.slug}`);

    const answer = await page.request.get(`${server.url}${href}`, { maxRedirects: 0 });
    expect(answer.status()).toBe(302);
    expect(answer.headers().location).toBe(MEETING_URL);
  });

  it('shows the event page in English, also on a narrow screen', async () => {
    english = await openBrowser({ locale: 'en-GB' });
    const { page } = english;
    await page.goto(`${server.url}${NETWORK}/events/${next.slug}`);
    const title = localized(next.title, 'en');
    await pageShown(page, title);
    await page.getByText(/^The meeting link opens Friday/).waitFor();
    await page.getByRole('link', { name: `Add to calendar: ${title}` }).waitFor();
    expect(await page.getByTestId('meeting-time').textContent()).toMatch(
      /Friday \d+ \w+ \d{4}, 0?9:00–10:30/,
    );
    expect(await page.getByTestId('join-explanation').textContent()).toContain(
      'opens 30 minutes before the start',
    );
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'event-upcoming-en-375');
    await page.goto(`${server.url}${NETWORK}`);
    await pageShown(page, 'Network for promoters of digitalisation');
    await page.getByRole('heading', { level: 2, name: 'Next meeting' }).waitFor();
    await screenshot(page, 'network-meetings-en-375');
    await expectNoAxeViolations(page);

    await page.goto(`${server.url}${NETWORK}/events/no-such-meeting`);
    await pageShown(page, 'Page not found');
  });

  it('labels a meeting in progress as happening now, not as the next one', async () => {
    const organiser = await signIn(server, DEMO_PEOPLE[0]?.email ?? '');
    const created = await server.request({
      method: 'POST',
      url: `/api/networks/${DEMO_SLUG}/events`,
      cookie: organiser,
      payload: {
        title: { fi: 'Käynnissä oleva' },
        ...helsinkiIn(-5),
        durationMinutes: 60,
        meetingUrl: MEETING_URL,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { page } = visitor;
    await page.goto(`${server.url}${NETWORK}`);
    const card = page.getByTestId('next-meeting');
    await card.getByRole('heading', { level: 2, name: 'Käynnissä nyt' }).waitFor();
    await card.getByRole('link', { name: 'Liity tapaamiseen: Käynnissä oleva' }).waitFor();
    await expectNoAxeViolations(page);
    const cancelled = await server.request({
      method: 'PATCH',
      url: `/api/networks/${DEMO_SLUG}/events/${created.json<Event>().slug}`,
      cookie: organiser,
      payload: { status: 'cancelled' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
  });
});
