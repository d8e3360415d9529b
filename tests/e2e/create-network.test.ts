import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { expectFocused, fieldError, pageShown, screenshot, signInThroughOutbox } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const NAME = { fi: 'Digin edistäjät', sv: 'Främjare av digitalisering', en: 'Digital promoters' };
const SLUG = 'digin-edistajat';
const DESCRIPTION = [
  'We meet **every month** to share *good practices*.',
  '',
  '- challenges',
  '- solutions',
  '',
  '[Read more](https://example.org/digi)',
].join('\n');

// The installation admin (in English) creates a network; a visitor (in Swedish) then looks at it.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('creating a network', () => {
  let server: TestServer;
  let admin: Browser;
  let visitor: Browser | undefined;

  const networkCount = async () =>
    ((await (await fetch(`${server.url}/api/networks`)).json()) as { networks: unknown[] }).networks.length;

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'admin@example.org' });
    admin = await openBrowser({ locale: 'en-GB' });
    await signInThroughOutbox(server, admin.page, 'admin@example.org');
    // A new person's profile language is Finnish whatever their browser's (a known server-side
    // shortcoming), and the UI follows it until they choose one: so choose English, as they would.
    await admin.page.getByRole('button', { name: 'In English' }).click();
    await admin.page.getByRole('heading', { name: 'Networks' }).waitFor();
  });

  afterAll(async () => {
    await visitor?.close();
    await admin?.close();
    await server?.close();
  });

  it('shows each error next to its field and creates nothing from invalid input', async () => {
    const { page } = admin;
    await page.getByRole('link', { name: 'Create a network' }).click();
    await pageShown(page, 'Create a network');
    await expectNoAxeViolations(page);

    const submit = page.getByRole('button', { name: 'Create network' });
    const nameFi = page.getByLabel('Name in Finnish');
    const slug = page.getByLabel('Web address');
    await submit.click();
    await page.getByRole('alert').getByText('Check the fields marked with an error.').waitFor();
    expect(await fieldError(nameFi)).toContain('Give this in at least one language.');
    expect(await fieldError(slug)).toContain('Use at least 3 characters.');
    await expectFocused(nameFi);
    await screenshot(page, 'new-network-errors');
    await expectNoAxeViolations(page);

    await page.getByLabel('Name in English').fill(NAME.en);
    await slug.fill('digital promoters');
    await page.getByLabel('Hashtag').fill('#Digin Edistäjät');
    await submit.click();
    await expect
      .poll(() => fieldError(slug))
      .toContain('Use lower-case letters a–z, digits and single hyphens');
    expect(await fieldError(page.getByLabel('Hashtag'))).toContain('Start with # and use only letters');
    expect(await fieldError(nameFi)).toBeNull();
    await expectFocused(slug);
    await expectNoAxeViolations(page);

    expect(new URL(page.url()).pathname).toBe('/networks/new');
    expect(await networkCount()).toBe(0);
  });

  it('creates the network and shows it at /n/{slug}', async () => {
    const { page } = admin;
    await page.getByLabel('Name in Finnish').fill(NAME.fi);
    await page.getByLabel('Name in Swedish').fill(NAME.sv);
    await page.getByLabel('Name in English').fill(NAME.en);
    await page.getByLabel('Web address').fill(SLUG);
    await page.getByText('Description in Swedish and in English', { exact: true }).click();
    await page.getByLabel('Description in English').fill(DESCRIPTION);
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await expectFocused(page.getByLabel('Goal 1 in Finnish'));
    await page.getByLabel('Goal 1 in Finnish').fill('Digipalvelut toimivat kaikille');
    await page.getByLabel('Goal 1 in English').fill('Digital services work for everyone');
    await page.getByLabel('Hashtag').fill('#DiginEdistäjät');
    await page.getByRole('button', { name: 'Create network' }).click();

    const h1 = await pageShown(page, NAME.en);
    expect(new URL(page.url()).pathname).toBe(`/n/${SLUG}`);
    await expectFocused(h1);
    const network = page.getByTestId('network');
    await network.getByTestId('network-hashtag').getByText('#DiginEdistäjät').waitFor();
    expect(await network.getByTestId('network-status').textContent()).toBe('Status: Active');
    await network.getByText('You are an organiser of this network.').waitFor();
    const about = network.getByRole('region', { name: 'About the network' });
    expect(await about.locator('strong').textContent()).toBe('every month');
    expect(await about.locator('em').textContent()).toBe('good practices');
    expect(await about.getByRole('listitem').allTextContents()).toEqual(['challenges', 'solutions']);
    const more = about.getByRole('link', { name: 'Read more' });
    expect(await more.getAttribute('href')).toBe('https://example.org/digi');
    const goals = network.getByRole('region', { name: 'Goals' });
    expect(await goals.getByRole('listitem').allTextContents()).toEqual([
      'Digital services work for everyone',
    ]);
    expect(await page.title()).toBe(`${NAME.en} – Verkosto`);
    await screenshot(page, 'network');
    await expectNoAxeViolations(page);
    expect(await networkCount()).toBe(1);
  });

  it('lets an organiser edit the network in its settings', async () => {
    const { page } = admin;
    await page.getByRole('link', { name: 'Network settings' }).click();
    await pageShown(page, 'Network settings');
    expect(new URL(page.url()).pathname).toBe(`/n/${SLUG}/settings`);
    expect(await page.getByLabel('Name in English').inputValue()).toBe(NAME.en);
    await expectNoAxeViolations(page);

    await page.getByLabel('Name in English').fill('Digital promoters network');
    await page.getByLabel('Goal 1 in English').fill('Digital services that work for everyone');
    await page.getByLabel('Status').selectOption({ label: 'Ended' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('settings-status').getByText('The changes were saved.').waitFor();
    await screenshot(page, 'settings');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Back to Digital promoters network' }).click();
    await pageShown(page, 'Digital promoters network');
    expect(await page.getByTestId('header-network').textContent()).toBe('Digital promoters network');
    expect(await page.getByTestId('network-status').textContent()).toBe('Status: Ended');
    await page.getByText('Digital services that work for everyone').waitFor();
  });

  it('shows the public page to a visitor, titled with the network’s name by the server', async () => {
    visitor = await openBrowser({ locale: 'sv-FI' });
    const { page } = visitor;
    const response = await page.goto(`${server.url}/n/${SLUG}`);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    expect(html).toContain(`<title>${NAME.sv} – Verkosto</title>`);
    expect(html).toContain(`<meta property="og:title" content="${NAME.sv} – Verkosto">`);

    await pageShown(page, NAME.sv);
    expect(await page.title()).toBe(`${NAME.sv} – Verkosto`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      `${NAME.sv} – Verkosto`,
    );
    await page.getByRole('link', { name: 'Logga in för att följa nätverket' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nätverkets inställningar' }).count()).toBe(0);
    expect(await page.getByTestId('network-hashtag').textContent()).toBe('#DiginEdistäjät');
    // Only an English description was given: it is shown, marked as English.
    await page.locator('[lang="en"] strong').getByText('every month').waitFor();
    await screenshot(page, 'network-visitor');
    await expectNoAxeViolations(page);
  });

  it('answers an unknown network with the not-found page', async () => {
    const { page } = visitor ?? admin;
    const response = await page.goto(`${server.url}/n/no-such-network`);
    expect(response?.status()).toBe(404);
    await pageShown(page, 'Sidan hittades inte');
    await page.getByRole('link', { name: 'Gå till startsidan' }).waitFor();
    await screenshot(page, 'not-found');
    await expectNoAxeViolations(page);
  });
});
