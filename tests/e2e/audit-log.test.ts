import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildNetwork } from '#test/factories.ts';
import { expectFocused, pageShown, screenshot, signInThroughOutbox, tabTo } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const THEMES = 52; // more than one page of 50

// An organiser (in English) reads their network's audit log, pages through it by keyboard,
// filters it and downloads it; the installation admin (in Finnish) reads every network's.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('audit log', () => {
  let server: TestServer;
  let organiser: Browser;
  let admin: Browser;
  let slug: string;
  let organiserEmail: string;

  const rows = (page: Page) => page.getByTestId('audit-entry');

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'admin@example.org' });
    const built = await buildNetwork(server);
    slug = built.network.slug;
    organiserEmail = built.organiser.email;
    const base = `/api/networks/${slug}`;
    const cookie = built.organiser.cookie;
    for (let i = 1; i <= THEMES; i++) {
      await server.request({
        method: 'POST',
        url: `${base}/themes`,
        payload: { title: { fi: `T${i}` } },
        cookie,
      });
    }
    await server.request({ method: 'PATCH', url: base, payload: { hashtag: '#Audit' }, cookie });

    organiser = await openBrowser({ locale: 'en-GB' });
    await signInThroughOutbox(server, organiser.page, organiserEmail);
    await organiser.page.getByRole('button', { name: 'In English' }).click();
    await organiser.page.getByRole('heading', { name: 'Networks' }).waitFor();
  });

  afterAll(async () => {
    await admin?.close();
    await organiser?.close();
    await server?.close();
  });

  it('shows the organiser their network’s entries from its settings, newest first', async () => {
    const { page } = organiser;
    await page.goto(`${server.url}/n/${slug}/settings`);
    await pageShown(page, 'Network settings');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await pageShown(page, 'Audit log');
    expect(new URL(page.url()).pathname).toBe(`/n/${slug}/audit`);
    const table = page.getByRole('table', { name: 'Audit log entries, newest first, page 1' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Time',
      'Who',
      'Action',
      'Target',
      'Details',
    ]);
    const first = rows(page).first();
    expect(await first.getByRole('cell').nth(1).textContent()).toBe(`${organiserEmail}as organiser`);
    expect(await first.getByRole('cell').nth(2).textContent()).toBe("Edited the network's details");
    expect(await first.getByRole('cell').nth(4).textContent()).toBe('fields: hashtag');
    expect(await rows(page).count()).toBe(50);
    await page.getByTestId('audit-count').getByText('Page 1: 50 entries.').waitFor();
    await screenshot(page, 'audit-network');
    await expectNoAxeViolations(page);
  });

  it('pages by keyboard, taking the reader to the new entries', async () => {
    const { page } = organiser;
    const older = page.getByRole('button', { name: 'Older entries' });
    await tabTo(older);
    await page.keyboard.press('Enter');
    const region = page.getByRole('region', { name: 'Audit log entries, newest first, page 2' });
    await expectFocused(region);
    await page.getByTestId('audit-count').getByText('Page 2: 3 entries.').waitFor();
    expect(await rows(page).allTextContents()).toHaveLength(3);
    expect(await rows(page).last().textContent()).toContain('Added a theme');
    await screenshot(page, 'audit-network-page-2');
    await expectNoAxeViolations(page);

    const newer = page.getByRole('button', { name: 'Newer entries' });
    await tabTo(newer);
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('region', { name: 'Audit log entries, newest first, page 1' }));
    expect(await rows(page).count()).toBe(50);
  });

  it('filters by action and downloads what the filter shows as CSV', async () => {
    const { page } = organiser;
    await page.getByLabel('Action').selectOption({ label: "Edited the network's details" });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('audit-count').getByText('Page 1: 1 entry.').waitFor();
    expect(await page.getByRole('button', { name: 'Older entries' }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}-audit.csv`);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${organiserEmail},`);
    expect(lines[1]).toContain(',network.update,network,');
  });

  it('shows the admin every network’s entries and the installation’s own, in Finnish', async () => {
    admin = await openBrowser({ locale: 'fi-FI' });
    const { page } = admin;
    await signInThroughOutbox(server, page, 'admin@example.org');
    await page.goto(`${server.url}/admin`);
    await pageShown(page, 'Ylläpito');
    await screenshot(page, 'admin');
    await page.getByRole('link', { name: 'Asennuksen tapahtumaloki' }).click();
    await pageShown(page, 'Asennuksen tapahtumaloki');
    const table = page.getByRole('table', { name: 'Tapahtumalokin merkinnät, uusin ensin, sivu 1' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toContain('Verkosto');
    // The organiser's download above is itself an entry.
    expect(await rows(page).first().textContent()).toContain('Vei tapahtumalokin tiedostoon');
    await expectNoAxeViolations(page);

    await page.getByLabel('Verkosto').selectOption({ label: 'Asennus itse' });
    await page.getByRole('button', { name: 'Näytä' }).click();
    await page.getByTestId('audit-count').getByText('Sivu 1: 0 merkintää.').waitFor();
    await page.getByText('Ei merkintöjä näillä rajauksilla.').waitFor();

    await page.getByLabel('Verkosto').selectOption({ label: 'Testiverkosto' });
    await page.getByLabel('Toiminto').selectOption({ label: 'Lisäsi teeman' });
    await page.getByRole('button', { name: 'Näytä' }).click();
    await page.getByTestId('audit-count').getByText('Sivu 1: 50 merkintää.').waitFor();
    expect(await rows(page).first().getByRole('cell').nth(2).textContent()).toBe(slug);
    await screenshot(page, 'audit-admin');
    await expectNoAxeViolations(page);
  });
});
