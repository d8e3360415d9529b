import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#server/demo/demo.ts';
import { DEMO_PEOPLE, DEMO_SLUG } from '#server/demo/demo-data.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { expectFocused, fieldError, pageShown, screenshot, signInThroughOutbox } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const NETWORK = `/n/${DEMO_SLUG}`;
const NAME = 'Digitalisaation edistäjien verkosto';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** The smallest valid PNG: one pixel. */
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Both the whole page and the first screen, as a visitor sees it before scrolling. */
async function shots(page: Page, name: string) {
  await screenshot(page, name);
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}-screen.png` });
}

/** The element's box on the page; it must be rendered. */
async function box(page: Page, testId: string) {
  const found = await page.getByTestId(testId).first().boundingBox();
  if (!found) throw new Error(`${testId} is not rendered`);
  return found;
}

// A visitor opens the demo network's home on a phone and on a desktop: the next meeting and how to
// join it come first, then what the held meetings left; the header stays one row with a menu.
describe('network home', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    await loadDemo(server.database.db, { onlyIfEmpty: true });
    browser = await openBrowser({ locale: 'fi-FI' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the next meeting and how to join it without scrolling on a phone', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}${NETWORK}`);
    await pageShown(page, NAME);
    const card = page.getByTestId('next-meeting');
    await card.getByRole('heading', { level: 2, name: 'Seuraava tapaaminen' }).waitFor();
    expect(await card.getByTestId('meeting-time').textContent()).toContain('Itä-Euroopan');
    expect(await card.getByTestId('join-opens').textContent()).toMatch(/^Liittymislinkki avautuu/);
    await card.getByTestId('event-ics-link').waitFor();
    await card.getByRole('link', { name: 'Live-huone' }).waitFor();
    // The whole card, up to its live-room line, is within the first screen.
    const shown = await box(page, 'next-meeting');
    expect(shown.y + shown.height).toBeLessThanOrEqual(PHONE.height);
    const header = await page.locator('header').first().boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    expect(await page.getByTestId('network-host').textContent()).toContain('Valtiovarainministeriö');
    await shots(page, 'network-home-390');
    await expectNoAxeViolations(page);
  });

  it('opens and closes the phone menu by keyboard, announcing its state', async () => {
    const { page } = browser;
    const button = page.getByTestId('header-menu-button');
    const menu = page.getByTestId('header-menu');
    expect(await menu.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await menu.getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    await shots(page, 'network-home-390-menu');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expectFocused(menu.getByRole('button', { name: 'Suomeksi' }));
    await page.keyboard.press('Escape');
    await expectFocused(button);
    expect(await menu.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the held meetings at a glance with their theme, recording and materials', async () => {
    const { page } = browser;
    const latest = page.getByTestId('past-glance-item');
    expect(await latest.count()).toBe(6);
    const newest = latest.first();
    expect(await newest.textContent()).toContain('Teema:');
    expect(await newest.getByTestId('glance-recording').getAttribute('href')).toMatch(
      /^https:\/\/example\.org\//,
    );
    const materials = newest.getByTestId('glance-material');
    expect(await materials.allTextContents()).toEqual([
      'Alustuksen diat (synteettinen esimerkki, ei oikeaa tiedostoa)',
      'Muistio (synteettinen esimerkki)',
    ]);
    const notes = await page.request.get((await materials.nth(1).getAttribute('href')) ?? '');
    expect(await notes.text()).toContain('Synteettinen esimerkkiaineisto');
  });

  it('uses the width of a desktop: the meetings and, beside them, the rest', async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await pageShown(page, NAME);
    await page.getByTestId('past-glance').waitFor();
    const meetings = await box(page, 'next-meeting');
    const programme = await box(page, 'public-programme');
    expect(programme.x).toBeGreaterThan(meetings.x + meetings.width);
    expect(programme.y).toBeLessThan(meetings.y + meetings.height);
    // One header row, with the tools in it and no menu button.
    expect(await page.getByTestId('header-menu-button').isVisible()).toBe(false);
    expect(
      await page.getByTestId('header-menu').getByRole('link', { name: 'Kirjaudu sisään' }).isVisible(),
    ).toBe(true);
    expect((await page.locator('header').first().boundingBox())?.height).toBeLessThanOrEqual(80);
    await shots(page, 'network-home-1280');
    await expectNoAxeViolations(page);
  });

  it('shows the error page inside the layout when a page’s code fails to load, and recovers on the next page', async () => {
    const reader = await openBrowser({ locale: 'fi-FI' });
    try {
      const { page } = reader;
      await page.goto(`${server.url}${NETWORK}`);
      await pageShown(page, NAME);
      // A release replaced the chunk this visitor's app knows: its request fails.
      await page.route('**/assets/AccessibilityPage-*.js', (route) => route.abort());
      await page.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
      await page.getByRole('heading', { name: 'Jokin meni vikaan' }).waitFor();
      await page.getByRole('button', { name: 'Lataa sivu uudelleen' }).waitFor();
      await page.unroute('**/assets/AccessibilityPage-*.js');
      // The layout stayed: its header leads on, and the next page shows.
      await page.getByRole('banner').getByRole('link', { name: 'Verkosto', exact: true }).click();
      await pageShown(page, 'Verkosto');
      expect(await page.getByRole('heading', { name: 'Jokin meni vikaan' }).count()).toBe(0);
    } finally {
      await reader.close();
    }
  });

  it('lets an organiser name the host and upload its logo, refusing an SVG, and shows both', async () => {
    const { page } = browser;
    await signInThroughOutbox(server, page, DEMO_PEOPLE[0]?.email ?? '', `${NETWORK}/settings`);
    await page.goto(`${server.url}${NETWORK}/settings`);
    await pageShown(page, 'Verkoston asetukset');
    const hostName = page.locator('[name="hostName.fi"]');
    expect(await hostName.inputValue()).toBe('Valtiovarainministeriö');
    await hostName.fill('Valtiovarainministeriö (VM)');
    await page.getByTestId('network-form').getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByTestId('settings-status').getByText('Muutokset tallennettiin.').waitFor();

    const form = page.getByTestId('logo-form');
    const file = form.getByLabel('Logon kuvatiedosto');
    // Named .png, but its content is an SVG (which can carry script): the server refuses it.
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(SVG) });
    await form.getByRole('button', { name: 'Tallenna logo' }).click();
    await expect.poll(() => fieldError(file)).toContain('Logon on oltava PNG-, JPEG- tai WebP-kuva.');
    await expectFocused(file);
    await expectNoAxeViolations(page);
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await form.getByRole('button', { name: 'Tallenna logo' }).click();
    await page.getByTestId('logo-status').getByText('Logo on tallennettu.').waitFor();
    const preview = page.getByTestId('logo-preview');
    const logoUrl = await preview.getAttribute('src');
    expect(logoUrl).toMatch(/\/logo\?v=/);
    await shots(page, 'network-settings-logo');
    await expectNoAxeViolations(page);

    await page.goto(`${server.url}${NETWORK}`);
    await pageShown(page, NAME);
    const logo = page.getByTestId('header-host-logo').getByRole('img');
    expect(await logo.getAttribute('alt')).toBe('Valtiovarainministeriö (VM)');
    expect(await logo.getAttribute('src')).toBe(logoUrl);
    await page
      .getByTestId('footer-host')
      .getByText('Verkostoa ylläpitää Valtiovarainministeriö (VM)')
      .waitFor();
    const served = await page.request.get(new URL(logoUrl ?? '', server.url).href);
    expect(served.headers()['content-type']).toBe('image/png');
    await expectNoAxeViolations(page);

    // Signed in, on a phone: the header stays one row, and the menu holds the person's links.
    await page.setViewportSize(PHONE);
    expect((await page.locator('header').first().boundingBox())?.height).toBeLessThanOrEqual(64);
    await page.getByTestId('header-menu-button').click();
    await page.getByTestId('header-menu').getByRole('link', { name: 'Omat tiedot' }).waitFor();
    await shots(page, 'network-home-390-menu-signed-in');
    await expectNoAxeViolations(page);
  });
});

describe('installation home', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'admin@example.org' });
    await loadDemo(server.database.db, { onlyIfEmpty: true });
    browser = await openBrowser({ locale: 'sv-FI' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leads with the networks and their next meetings, on a phone and a desktop', async () => {
    const { page } = browser;
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.goto(server.url);
      await pageShown(page, 'Verkosto');
      const network = page.getByTestId('home-network').first();
      await network.getByRole('link', { name: 'Nätverket för främjare av digitalisering' }).waitFor();
      expect(await network.getByTestId('home-next-meeting').textContent()).toMatch(/Nästa möte/);
      const shown = await box(page, 'home-network');
      expect(shown.y + shown.height).toBeLessThanOrEqual(viewport.height);
      await shots(page, `installation-home-${viewport.width}`);
      await expectNoAxeViolations(page);
    }
  });
});
