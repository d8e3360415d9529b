import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAdmin } from '#server/features/auth/auth.service.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import {
  expectFocused,
  htmlLang,
  pageShown,
  screenshot,
  signInThroughOutbox,
  tabTo,
} from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

// A signed-in person, starting in Finnish, looks after their own details by keyboard.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('profile and language', () => {
  const email = 'maija.meikalainen@example.fi';
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    // Someone else runs the installation, so this person may delete their account.
    await makeAdmin(server.database.db, 'admin@example.org', { createUser: true });
    browser = await openBrowser({ locale: 'fi-FI' });
    await signInThroughOutbox(server, browser.page, email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fills in and saves the profile by keyboard; the UI switches to the chosen Swedish', async () => {
    const { page } = browser;
    await tabTo(page.getByRole('link', { name: 'Omat tiedot' }));
    await page.keyboard.press('Enter');
    const h1 = await pageShown(page, 'Omat tiedot');
    await expectFocused(h1);
    await expectNoAxeViolations(page);

    const { keyboard } = page;
    await keyboard.press('Tab');
    await expectFocused(page.getByLabel('Nimi', { exact: true }));
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('Maija Meikäläinen');
    await keyboard.press('Tab');
    await expectFocused(page.getByLabel('Organisaation nimi'));
    await keyboard.type('Testilän kaupunki');
    await keyboard.press('Tab');
    await expectFocused(page.getByLabel('Organisaation tyyppi'));
    await keyboard.type('Kunta');
    await keyboard.press('Tab');
    await expectFocused(page.getByLabel('Roolisi'));
    await keyboard.type('Muutosagentti');
    await keyboard.press('Tab');
    await expectFocused(page.getByRole('radio', { name: 'Suomi' }));
    await keyboard.press('ArrowDown');
    await keyboard.press('Tab');
    await expectFocused(page.getByRole('button', { name: 'Tallenna tiedot' }));
    await keyboard.press('Enter');

    await page.getByTestId('profile-status').getByText('Dina uppgifter sparades.').waitFor();
    await expect.poll(() => htmlLang(page)).toBe('sv');
    await pageShown(page, 'Mina uppgifter');
    await page.getByTestId('signed-in-as').getByText('Inloggad: Maija Meikäläinen').waitFor();
    await screenshot(page, 'profile-saved');
    await expectNoAxeViolations(page);

    await page.reload();
    await pageShown(page, 'Mina uppgifter');
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe('Maija Meikäläinen');
    expect(await page.getByLabel('Organisationens namn').inputValue()).toBe('Testilän kaupunki');
    expect(await page.getByLabel('Organisationstyp').inputValue()).toBe('municipality');
    expect(await page.getByLabel('Din roll').inputValue()).toBe('change-agent');
    expect(await page.getByRole('radio', { name: 'Svenska' }).isChecked()).toBe(true);
  });

  it('switches the UI language with the header buttons: Finnish, Swedish, English', async () => {
    const { page } = browser;
    const languages = page.getByRole('group', { name: 'Språk', exact: true });
    await tabTo(languages.getByRole('button', { name: 'Suomeksi' }));
    await page.keyboard.press('Enter');
    await pageShown(page, 'Omat tiedot');
    expect(await htmlLang(page)).toBe('fi');
    expect(await page.title()).toBe('Omat tiedot – Verkosto');
    expect(await page.getByRole('button', { name: 'Suomeksi' }).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Tab');
    await expectFocused(page.getByRole('button', { name: 'På svenska' }));
    await page.keyboard.press('Enter');
    await pageShown(page, 'Mina uppgifter');
    expect(await htmlLang(page)).toBe('sv');
    await page.getByRole('button', { name: 'Spara uppgifterna' }).waitFor();

    await page.keyboard.press('Tab');
    await expectFocused(page.getByRole('button', { name: 'In English' }));
    await page.keyboard.press('Enter');
    await pageShown(page, 'My profile');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe('My profile – Verkosto');
    await page.getByRole('group', { name: 'Language', exact: true }).waitFor();
    await page.getByText('Signed in as Maija Meikäläinen').waitFor();
    expect(await page.getByRole('button', { name: 'In English' }).getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(page);
  });

  it('downloads everything stored about the person as JSON', async () => {
    const { page } = browser;
    await tabTo(page.getByRole('button', { name: 'Download my data' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('verkosto-my-data.json');
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(data.profile).toMatchObject({
      email,
      displayName: 'Maija Meikäläinen',
      organisation: { name: 'Testilän kaupunki', type: 'municipality' },
      targetRole: 'change-agent',
      preferredLanguage: 'sv',
    });
    // Every feature's part is there, even where the person has nothing in it yet.
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'networks',
        'attending',
        'calendarFeed',
        'liveRooms',
        'mailingLists',
        'sessions',
      ]),
    );
    await page
      .getByTestId('export-status')
      .getByText('Your data was downloaded as verkosto-my-data.json.')
      .waitFor();
    await screenshot(page, 'profile-downloaded');
    await expectNoAxeViolations(page);
  });

  it('deletes the account by keyboard, once the person has typed their address', async () => {
    const { page } = browser;
    await tabTo(page.getByRole('button', { name: 'Delete my account' }));
    await page.keyboard.press('Enter');
    await expectFocused(page.getByLabel(`To confirm, type your e-mail address ${email}`));
    await expectNoAxeViolations(page);
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.getByText('Your account was deleted.').waitFor();
    await screenshot(page, 'account-deleted');
    await expectNoAxeViolations(page);
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    expect((session as { user: unknown }).user).toBeNull();
  });
});
