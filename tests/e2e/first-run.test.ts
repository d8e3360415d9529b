import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupCode } from '#server/features/auth/setup-code.ts';
import { readable } from '#test/app.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import {
  expectFocused,
  fieldError,
  htmlLang,
  mailAt,
  pageShown,
  screenshot,
  signInLinkIn,
  tabTo,
} from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

// A new installation, seen in Finnish (the browser's language): its first visitor signs in and
// becomes its admin with the setup code that the server wrote to its log.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('first run', () => {
  const email = 'ensimmainen@example.fi';
  let server: TestServer;
  let browser: Browser;
  let link: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await openBrowser({ locale: 'fi-FI' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers first-run setup on the home page, reachable by keyboard from the skip link', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await pageShown(page, 'Verkosto');
    await page
      .getByTestId('setup-panel')
      .getByRole('heading', { name: 'Tervetuloa uuteen Verkostoosi' })
      .waitFor();
    expect(await htmlLang(page)).toBe('fi');
    await screenshot(page, 'home-first-run');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Siirry sisältöön' });
    await expectFocused(skipLink);
    await page.keyboard.press('Enter');
    await expectFocused(page.locator('main#main'));
  });

  it('sends a sign-in link to the address the visitor gives', async () => {
    const { page } = browser;
    await page.getByTestId('setup-panel').getByRole('link', { name: 'Kirjaudu sisään' }).click();
    const h1 = await pageShown(page, 'Kirjaudu sisään');
    await expectFocused(h1);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // Nothing to offer in the user menu here, so no empty navigation landmark either.
    expect(await page.getByRole('navigation', { name: 'Käyttäjävalikko' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Sähköpostiosoite').fill(email);
    await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
    await page
      .getByTestId('sign-in-sent')
      .getByText(`lähetimme kirjautumislinkin osoitteeseen ${email}`)
      .waitFor();
    await screenshot(page, 'sign-in-sent');
    await expectNoAxeViolations(page);

    const mail = await mailAt(server, 0);
    expect(readable(mail)).toContain(`To: ${email}`);
    link = signInLinkIn(server, mail);
  });

  it('opens the link on a page that names the address and signs in only with its button', async () => {
    const { page } = browser;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Kirjaudu Verkostoon' }).waitFor();
    await page.getByText(`Tällä linkillä kirjaudut sisään osoitteella ${email}.`).waitFor();
    expect(await htmlLang(page)).toBe('fi');
    await screenshot(page, 'sign-in-link-page');
    await expectNoAxeViolations(page);

    await tabTo(page.getByRole('button', { name: 'Kirjaudu sisään' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').getByText('Kirjautunut: ensimmainen').waitFor();
    expect(page.url()).toBe(`${server.url}/`);
    await pageShown(page, 'Verkosto');
    // Signing in made nobody admin: the panel now asks for the setup code.
    await page.getByTestId('setup-panel').getByLabel('Asennuskoodi').waitFor();
    expect(await page.getByRole('link', { name: 'Luo verkosto' }).count()).toBe(0);
    await screenshot(page, 'home-setup-code');
    await expectNoAxeViolations(page);
  });

  it('makes them installation admin when they type the setup code from the server’s log', async () => {
    const { page } = browser;
    const field = page.getByTestId('setup-panel').getByLabel('Asennuskoodi');
    await tabTo(field);
    await page.keyboard.type('AAAA-BBBB-CCCC-DDDD');
    await page.keyboard.press('Enter');
    await expect.poll(() => fieldError(field)).toContain('Tämä ei ole asennuskoodi.');
    await expectFocused(field);
    await screenshot(page, 'home-setup-code-wrong');
    await expectNoAxeViolations(page);

    await field.fill('');
    await page.keyboard.type(setupCode(server.app.config.SESSION_SECRET).toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByText('Olet nyt palvelun ylläpitäjä.').waitFor();
    await expectFocused(page.getByRole('heading', { level: 1, name: 'Verkosto' }));
    expect(await page.getByTestId('setup-panel').count()).toBe(0);
    await page.getByRole('link', { name: 'Luo verkosto' }).waitFor();
    await expectNoAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Käyttäjävalikko' })
      .getByRole('link', { name: 'Ylläpito' })
      .click();
    await pageShown(page, 'Ylläpito');
    await page.getByTestId('admin-list').getByText(email).waitFor();
    await screenshot(page, 'admin');
    await expectNoAxeViolations(page);
  });

  it('refuses the used link with a clear page that leads to a new one', async () => {
    const { page } = browser;
    const userMenu = page.getByRole('navigation', { name: 'Käyttäjävalikko' });
    await userMenu.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await userMenu.getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Kirjautumislinkkiä ei voi käyttää' }).waitFor();
    await page.getByText('Linkki on vanhentunut tai jo käytetty.', { exact: false }).waitFor();
    expect(await page.getByTestId('sign-in-link-button').count()).toBe(0);
    await screenshot(page, 'sign-in-link-used');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Pyydä uusi kirjautumislinkki' }).click();
    await pageShown(page, 'Kirjaudu sisään');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).waitFor();
  });
});
