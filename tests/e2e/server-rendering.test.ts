import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#server/demo/demo.ts';
import { DEMO_SLUG } from '#server/demo/demo-data.ts';
import { localized } from '#shared/common.ts';
import type { EventSummary } from '#shared/events.ts';
import { linkIn } from '#test/app.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { pageShown, screenshot } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const NETWORK = `/n/${DEMO_SLUG}`;

/** Every console error and warning of a page, and its uncaught errors (hydration mismatches are among them). */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // A not-found page is answered with 404, which Chromium reports as a failed load.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

async function hydrated(page: Page, path: string) {
  await page.goto(path);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

// Public pages arrive as complete HTML, read without JavaScript and hydrate without a mismatch.
describe('server-rendered pages', () => {
  let server: TestServer;
  let past: EventSummary;
  let upcoming: EventSummary;
  let withScript: Browser;
  let withoutScript: Browser;

  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${server.url}/api/networks/${DEMO_SLUG}${path}`)).json()) as T;

  beforeAll(async () => {
    server = await startTestServer();
    await loadDemo(server.database.db, { onlyIfEmpty: true });
    const pastEvents = await api<{ events: EventSummary[] }>('/events?when=past&limit=500');
    const coming = await api<{ events: EventSummary[] }>('/events?when=upcoming&limit=1');
    const [lastPast, next] = [pastEvents.events[0], coming.events[0]];
    if (!lastPast || !next) throw new Error('the demo has no past or no upcoming meeting');
    [past, upcoming] = [lastPast, next];
    withScript = await openBrowser({ locale: 'fi-FI' });
    withoutScript = await openBrowser({ locale: 'fi-FI', javaScriptEnabled: false });
  });

  afterAll(async () => {
    await withScript?.close();
    await withoutScript?.close();
    await server?.close();
  });

  it('reads the home page, finds a past meeting by searching and reads it, all without JavaScript', async () => {
    const { page } = withoutScript;
    await page.goto(`${server.url}/`);
    await pageShown(page, 'Verkosto');
    await page.getByRole('link', { name: 'Digitalisaation edistäjien verkosto' }).click();
    await pageShown(page, 'Digitalisaation edistäjien verkosto');
    const search = page.getByRole('search', { name: 'Hae menneistä tapaamisista' });
    await search.getByLabel('Hakusana').fill('lainsäädäntö');
    await search.getByLabel('Vuosi').selectOption('2022');
    await search.getByRole('button', { name: 'Hae' }).click();
    await page.waitForURL(/q=lains%C3%A4%C3%A4d%C3%A4nt%C3%B6/);
    const results = page.getByTestId('past-events').getByRole('listitem');
    const found = await api<{ events: EventSummary[] }>(
      `/events?when=past&year=2022&q=${encodeURIComponent('lainsäädäntö')}&limit=500`,
    );
    expect(found.events.length).toBeGreaterThan(0);
    expect(await results.count()).toBe(found.events.length);
    // (axe needs scripts: the last test checks these pages with them.)
    await screenshot(page, 'ssr-search-no-js');
    const first = found.events[0] as EventSummary;
    await results
      .first()
      .getByRole('link', { name: localized(first.title, 'fi') })
      .click();
    await pageShown(page, localized(first.title, 'fi'));
    await expect.poll(() => page.getByTestId('event').textContent()).toContain('Esittely');
    await screenshot(page, 'ssr-past-meeting-no-js');
  });

  it('renders the interest form and the live room entry without JavaScript', async () => {
    const { page } = withoutScript;
    await page.goto(`${server.url}${NETWORK}/interest`);
    await expect.poll(() => page.locator('form').count()).toBeGreaterThan(0);
    await page.goto(`${server.url}${NETWORK}/live/${upcoming.slug}`);
    await page.getByTestId('live-room-page').waitFor();
    await page.getByTestId('about-meeting').waitFor();
    // Only the app can enter the room: before it runs, its button cannot send the form as a GET.
    expect(await page.getByTestId('join-room').getByRole('button').isDisabled()).toBe(true);
  });

  it('switches to Swedish without JavaScript, for the page and the next ones', async () => {
    const reader = await openBrowser({ locale: 'fi-FI', javaScriptEnabled: false });
    try {
      const { page } = reader;
      await page.goto(`${server.url}${NETWORK}`);
      await pageShown(page, 'Digitalisaation edistäjien verkosto');
      await page.getByRole('button', { name: 'På svenska' }).click();
      await pageShown(page, 'Nätverket för främjare av digitalisering');
      expect(new URL(page.url()).pathname).toBe(NETWORK);
      expect(await page.getByRole('button', { name: 'På svenska' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      await page.goto(`${server.url}${NETWORK}/events/${upcoming.slug}`);
      await pageShown(page, localized(upcoming.title, 'sv'));
    } finally {
      await reader.close();
    }
  });

  it('subscribes through the interest form and confirms from the mailed link, all without JavaScript', async () => {
    const { page } = withoutScript;
    await page.goto(`${server.url}${NETWORK}/interest`);
    const form = page.getByTestId('interest-form');
    await form.getByLabel('Nimi', { exact: true }).fill('Ilman Skriptiä');
    await form.getByLabel('Sähköpostiosoite').fill('ilman.skriptia@kunta.example');
    await form
      .getByRole('group', { name: /Listat/ })
      .getByRole('checkbox')
      .first()
      .check();
    await form.getByRole('checkbox', { name: 'Hyväksyn' }).check();
    await form.getByRole('button', { name: 'Tilaa' }).click();
    await page.getByTestId('interest-done').getByText('Tarkista sähköpostisi').waitFor();
    expect(new URL(page.url()).search).toBe('?sent=1');

    const mail = (await server.outbox()).findLast((m) => m.includes('ilman.skriptia@kunta.example')) ?? '';
    await page.goto(linkIn(mail, `${server.url}/confirm/`));
    await pageShown(page, 'Vahvista tilauksesi');
    await page.getByTestId('confirm-button').click();
    await pageShown(page, 'Tilaus vahvistettu');
  });

  it('renders Swedish on the server for ?lang=sv, with the alternates in the head', async () => {
    const answer = await fetch(`${server.url}${NETWORK}?lang=sv`);
    const html = await answer.text();
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('Nästa möte');
    for (const language of ['fi', 'sv', 'en']) {
      expect(html).toContain(`hreflang="${language}" href="${server.url}${NETWORK}?lang=${language}"`);
    }
    expect(html).toContain(`hreflang="x-default" href="${server.url}${NETWORK}"`);
    const { page } = withScript;
    await hydrated(page, `${server.url}${NETWORK}?lang=sv`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await pageShown(page, 'Nätverket för främjare av digitalisering');
  });

  it('answers a missing network or meeting with 404 and the not-found page, not a spinner', async () => {
    for (const path of ['/n/no-such-network', `${NETWORK}/events/no-such-meeting`]) {
      const answer = await fetch(`${server.url}${path}`);
      expect(answer.status, path).toBe(404);
      const html = await answer.text();
      expect(html, path).toContain('Sivua ei löytynyt');
      expect(html, path).not.toContain('Ladataan…');
    }
  });

  const pages = () => [
    ['home', '/'],
    ['network', NETWORK],
    ['past meeting', `${NETWORK}/events/${past.slug}`],
    ['upcoming meeting', `${NETWORK}/events/${upcoming.slug}`],
    ['live room entry', `${NETWORK}/live/${upcoming.slug}`],
    ['interest form', `${NETWORK}/interest`],
    ['privacy notice', `${NETWORK}/privacy`],
    ['accessibility statement', '/accessibility'],
    ['search results', `${NETWORK}?q=${encodeURIComponent('lainsäädäntö')}`],
    ['a page that does not exist', '/n/no-such-network'],
    ['a meeting that does not exist', `${NETWORK}/events/no-such-meeting`],
  ];

  it('hydrates every public page without a mismatch, in Finnish and in Swedish, and passes axe', async () => {
    const { page } = withScript;
    const problems = collectProblems(page);
    for (const [name, path] of pages()) {
      for (const lang of ['fi', 'sv']) {
        const separator = path?.includes('?') ? '&' : '?';
        await hydrated(page, `${server.url}${path}${separator}lang=${lang}`);
        expect(problems, `${name} (${lang})`).toEqual([]);
      }
      await expectNoAxeViolations(page);
    }
  });
});
