import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createList } from '#server/features/outreach/outreach.service.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildEvent, buildNetwork } from '#test/factories.ts';
import { pageShown, signInThroughOutbox, tabTo } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const ADMIN = 'admin@example.org';

// A visitor reads the accessibility statement and a network's privacy notice from every page's
// footer and from each consent text; an admin prepares the statement and an organiser writes the
// notice, and visitors read what they wrote. Everything in Finnish, as the seed network's visitors.
describe.sequential('the accessibility statement, the privacy notice and the contacts', () => {
  let server: TestServer;
  let visitor: Browser;
  let page: Page;
  let built: Awaited<ReturnType<typeof buildNetwork>>;
  let eventSlug: string;

  beforeAll(async () => {
    server = await startTestServer({}, { admin: ADMIN });
    built = await buildNetwork(server, { name: { fi: 'Saavutettava verkosto' } });
    await createList(server.database.db, built.network, {
      name: { fi: 'Kiinnostuneet' },
      description: 'Sisäinen muistiinpano: tuotu vanhasta rekisteristä.',
      publicDescription: { fi: 'Kutsu jokaiseen tapaamiseen.' },
      onInterestForm: true,
    });
    eventSlug = (await buildEvent(server, { network: built.network })).event.slug;
    visitor = await openBrowser({ locale: 'fi-FI' });
    page = visitor.page;
  });

  afterAll(async () => {
    await visitor?.close();
    await server?.close();
  });

  const networkPath = () => `/n/${built.network.slug}`;

  it('links the statement from the footer; before it is prepared it says so and names the authority', async () => {
    await page.goto(`${server.url}${networkPath()}`);
    await pageShown(page, 'Saavutettava verkosto');
    const footer = page.getByRole('contentinfo');
    await tabTo(footer.getByRole('link', { name: 'Saavutettavuusseloste' }), 80); // by keyboard
    await page.keyboard.press('Enter');
    await pageShown(page, 'Saavutettavuusseloste');
    await expect.poll(() => page.getByText('ei ole vielä laatinut saavutettavuusselostetta').count()).toBe(1);
    const authority = page.getByTestId('supervisory-authority');
    expect(await authority.textContent()).toContain('Digitaalisen saavutettavuuden valvontaviranomainen');
    const site = authority.getByRole('link', { name: 'Valvontaviranomaisen verkkosivut' });
    expect(await site.getAttribute('href')).toBe('https://www.saavutettavuusvaatimukset.fi/');
    await expectNoAxeViolations(page);
  });

  it('links the privacy notice from the interest form’s consent, which shows only the public description', async () => {
    await page.goto(`${server.url}${networkPath()}/interest`);
    await pageShown(page, 'Tilaa kutsut sähköpostiisi');
    const form = page.getByTestId('interest-form');
    expect(await form.textContent()).toContain('Kutsu jokaiseen tapaamiseen.');
    expect(await form.textContent()).not.toContain('vanhasta rekisteristä');
    await form.getByRole('link', { name: 'Lue tietosuojaseloste' }).click();
    await pageShown(page, 'Tietosuojaseloste');
    expect(await page.getByTestId('default-privacy-notice').textContent()).toContain('Postituslistat');
    await expectNoAxeViolations(page);
  });

  it('links the privacy notice from the live room’s entry form', async () => {
    await page.goto(`${server.url}${networkPath()}/live/${eventSlug}`);
    const entry = page.getByTestId('join-room');
    await entry.getByRole('link', { name: 'Lue tietosuojaseloste' }).click();
    await pageShown(page, 'Tietosuojaseloste');
    expect(page.url()).toBe(`${server.url}${networkPath()}/privacy`);
  });

  it('lets an admin prepare the statement, which visitors then read', async () => {
    const admin = await openBrowser({ locale: 'fi-FI' });
    try {
      await signInThroughOutbox(server, admin.page, ADMIN, '/admin');
      await admin.page.goto(`${server.url}/admin`);
      await pageShown(admin.page, 'Ylläpito');
      const form = admin.page.getByTestId('installation-form');
      await form.getByLabel('Palvelun yhteysosoite').fill('saavutettavuus@example.org');
      await form.getByLabel('Täyttää vaatimukset osittain').check();
      await form
        .getByLabel('Ei-saavutettava sisältö ja syyt suomeksi')
        .fill('- Videoilla ei ole tekstityksiä.');
      await form.getByRole('button', { name: 'Tallenna' }).click();
      await admin.page.getByTestId('installation-status').getByText('tallennettiin').waitFor();
      await expectNoAxeViolations(admin.page);
    } finally {
      await admin.close();
    }
    await page.goto(`${server.url}/accessibility`);
    await pageShown(page, 'Saavutettavuusseloste');
    expect(await page.getByTestId('compliance').textContent()).toContain('osittain');
    expect(await page.getByTestId('known-issues').textContent()).toContain('Videoilla ei ole tekstityksiä.');
    expect(await page.getByTestId('feedback-contact').textContent()).toContain('saavutettavuus@example.org');
    expect(await page.getByRole('contentinfo').textContent()).toContain('saavutettavuus@example.org');
    await expectNoAxeViolations(page);
  });

  it('lets an organiser write the notice and the network’s address, shown on the notice and in the footer', async () => {
    const organiser = await openBrowser({ locale: 'fi-FI' });
    try {
      await signInThroughOutbox(server, organiser.page, built.organiser.email);
      await organiser.page.goto(`${server.url}${networkPath()}/settings`);
      await pageShown(organiser.page, 'Verkoston asetukset');
      const form = organiser.page.getByTestId('privacy-form');
      await form.getByLabel('Tietosuojaseloste suomeksi').fill('Rekisterinpitäjä on **Esimerkin kunta**.');
      await form.getByLabel('Verkoston yhteysosoite').fill('verkosto@kunta.example');
      await form.getByRole('button', { name: 'Tallenna' }).click();
      await organiser.page.getByTestId('privacy-status').getByText('tallennettiin').waitFor();
      await expectNoAxeViolations(organiser.page);
    } finally {
      await organiser.close();
    }
    await page.goto(`${server.url}${networkPath()}`);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: /^Tietosuojaseloste/ })
      .click();
    await pageShown(page, 'Tietosuojaseloste');
    expect(await page.getByTestId('network-privacy-notice').innerHTML()).toContain(
      '<strong>Esimerkin kunta</strong>',
    );
    expect(await page.getByTestId('privacy-contacts').textContent()).toContain('verkosto@kunta.example');
    expect(await page.getByRole('contentinfo').textContent()).toContain('verkosto@kunta.example');
    await expectNoAxeViolations(page);
  });
});
