import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '#shared/events.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { apiAs, expectFocused, pageShown, screenshot, signInThroughOutbox, tabTo } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const ORGANISER = 'organiser@example.org';
const SLUG = 'kieliverkosto';
const NETWORK = { fi: 'Kieliverkosto', sv: 'Språknätverket' };
const TITLE = { fi: 'Kevään tapaaminen', sv: 'Vårens möte' };
const THEME = { fi: 'Avoin data' };
const INTRODUCTION = { fi: 'Puhumme **avoimesta datasta** ja jaamme hyviä käytäntöjä.' };
const NEW_SV_TITLE = 'Vårträffen';

/** The opening tag of the element with `data-testid="<id>"` in server-rendered HTML. */
function openingTag(html: string, id: string): string {
  const at = html.indexOf(`data-testid="${id}"`);
  if (at < 0) throw new Error(`no element ${id} in the HTML`);
  return html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
}

// Organisers write a meeting's texts in Finnish, Swedish and English, each where they have one: a
// Swedish reader gets the Swedish title, and the Finnish-only introduction marked as Finnish
// (WCAG 3.1.2), so a screen reader reads it with a Finnish voice. With and without JavaScript.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('content in three languages', () => {
  let server: TestServer;
  let organiser: Browser;
  let reader: Browser;
  let event: Event;

  const api = <T>(method: string, path: string, body?: unknown) =>
    apiAs(server, organiser)<T>(method, path, body);

  beforeAll(async () => {
    server = await startTestServer({}, { admin: ORGANISER }); // who creates the network
    organiser = await openBrowser({ locale: 'en-GB' });
    await signInThroughOutbox(server, organiser.page, ORGANISER);
    await organiser.page.getByRole('button', { name: 'In English' }).click();
    await organiser.page.getByRole('heading', { name: 'Networks' }).waitFor();
    await api('POST', '', { slug: SLUG, name: NETWORK, mainLanguage: 'fi' });
    const theme = await api<{ id: string }>('POST', `/${SLUG}/themes`, { title: THEME });
    event = await api<Event>('POST', `/${SLUG}/events`, {
      title: TITLE,
      themeId: theme.id,
      introduction: INTRODUCTION,
      date: '2030-03-01',
      startTime: '09:00',
      durationMinutes: 90,
    });
    reader = await openBrowser({ locale: 'sv-SE' });
  });

  afterAll(async () => {
    await reader?.close();
    await organiser?.close();
    await server?.close();
  });

  const meetingPage = () => `${server.url}/n/${SLUG}/events/${event.slug}?lang=sv`;

  async function expectFinnishIntroduction(page: Page) {
    const introduction = page.getByTestId('event-introduction');
    expect(await introduction.getAttribute('lang')).toBe('fi');
    expect(await introduction.locator('strong').textContent()).toBe('avoimesta datasta');
  }

  it('shows a Swedish reader the Swedish title on the network page and the meeting page', async () => {
    const { page } = reader;
    await page.goto(`${server.url}/n/${SLUG}?lang=sv`);
    await pageShown(page, NETWORK.sv);
    const card = page.getByTestId('next-meeting');
    const link = card.getByRole('link', { name: TITLE.sv, exact: true });
    // The Swedish title is in the page's language: nothing to mark.
    expect(await link.locator('[lang]').count()).toBe(0);
    await expectNoAxeViolations(page);

    await link.click();
    await pageShown(page, TITLE.sv);
    expect(await page.title()).toBe(`${TITLE.sv} – ${NETWORK.sv} – Verkosto`);
    await expectFinnishIntroduction(page);
    // The theme has only a Finnish title: shown, and marked Finnish.
    const theme = page.getByTestId('event-theme').locator('[lang="fi"]');
    expect(await theme.textContent()).toBe(THEME.fi);
    await screenshot(page, 'localized-meeting-sv');
    await expectNoAxeViolations(page);
  });

  it('renders the same on the server, for a reader without JavaScript', async () => {
    const html = await (await fetch(meetingPage())).text();
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain(`<title>${TITLE.sv} – ${NETWORK.sv} – Verkosto</title>`);
    // (The page's state for hydration holds every language; what is shown comes before it.)
    expect(html.slice(0, html.indexOf('id="verkosto-state"'))).not.toContain(TITLE.fi);
    expect(openingTag(html, 'event-introduction')).toContain('lang="fi"');
    expect(html).toContain('<strong>avoimesta datasta</strong>');

    const scriptless = await openBrowser({ locale: 'sv-SE', javaScriptEnabled: false });
    try {
      await scriptless.page.goto(meetingPage());
      await pageShown(scriptless.page, TITLE.sv);
      await expectFinnishIntroduction(scriptless.page);
    } finally {
      await scriptless.close();
    }
  });

  it('lets an organiser change the Swedish title by keyboard, and saves it', async () => {
    const { page } = organiser;
    await page.goto(`${server.url}/n/${SLUG}/programme`);
    await pageShown(page, 'Programme and meetings');
    const item = page.getByTestId('meeting-2030-03-01');
    await item.getByRole('button', { name: /^Edit the meeting on/ }).click();
    const titles = item.getByRole('group', { name: 'Meeting title' });
    expect(await titles.getByLabel('Meeting title in Finnish').inputValue()).toBe(TITLE.fi);
    const swedish = titles.getByLabel('Meeting title in Swedish');
    expect(await swedish.getAttribute('lang')).toBe('sv');
    await tabTo(swedish);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_SV_TITLE);
    await screenshot(page, 'localized-meeting-form');
    await expectNoAxeViolations(page);
    await tabTo(item.getByRole('button', { name: 'Save changes' }), 80);
    await page.keyboard.press('Enter');
    await page.getByTestId('meetings-status').getByText('were saved').waitFor();
    const saved = await api<Event>('GET', `/${SLUG}/events/${event.slug}`);
    expect(saved.title).toEqual({ fi: TITLE.fi, sv: NEW_SV_TITLE });
    expect(saved.introduction).toEqual(INTRODUCTION);
  });

  it('shows the Swedish reader the new title', async () => {
    const { page } = reader;
    await page.goto(meetingPage());
    await pageShown(page, NEW_SV_TITLE);
    await expectFinnishIntroduction(page);
  });

  it('offers the main language among the network settings', async () => {
    const { page } = organiser;
    await page.goto(`${server.url}/n/${SLUG}/settings`);
    const main = page.getByLabel('Main language');
    await main.waitFor();
    expect(await main.inputValue()).toBe('fi');
    await main.focus();
    await expectFocused(main);
    await screenshot(page, 'localized-network-settings');
  });
});
