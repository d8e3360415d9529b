import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeToken } from '#server/features/outreach/unsubscribe-token.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildEvent, buildNetwork } from '#test/factories.ts';
import { pageShown, screenshot, tabTo } from '#test/journeys.ts';
import { signUpThroughForm } from '#test/outreach.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

// The pages the links in e-mails and calendars open, as a visitor from a municipality sees them:
// in the product's look under the network's header, with Finnish dates and the zone's name, each
// saying what the link does and doing it only with a button.
describe.sequential('the pages of links in e-mails', () => {
  let server: TestServer;
  let visitor: Browser;
  let page: Page;
  let built: Awaited<ReturnType<typeof buildNetwork>>;
  const lists: string[] = [];

  const api = (path: string) => `/api/networks/${built.network.slug}${path}`;

  beforeAll(async () => {
    server = await startTestServer();
    built = await buildNetwork(server, { name: { fi: 'Linkkien verkosto' } });
    for (const name of ['Kunnat', 'Virastot', 'Uutiskirje']) {
      const created = await server.request({
        method: 'POST',
        url: api('/outreach/lists'),
        cookie: built.organiser.cookie,
        payload: { name: { fi: name }, onInterestForm: true },
      });
      lists.push(created.json().id);
    }
    visitor = await openBrowser({ locale: 'fi-FI' });
    page = visitor.page;
  });

  afterAll(async () => {
    await visitor?.close();
    await server?.close();
  });

  const confirmationLink = (email: string) =>
    signUpThroughForm(server, built.network.slug, email, lists.slice(0, 2));

  const headerNetwork = () => page.getByTestId('header-network').textContent();

  it('confirms a subscription with the button of the page the link opens, and says so when opened again', async () => {
    const link = await confirmationLink('maija@kunta.example');
    await page.goto(link);
    await pageShown(page, 'Vahvista tilauksesi');
    expect(await headerNetwork()).toBe('Linkkien verkosto');
    expect(await page.getByTestId('confirm-state').textContent()).toBe('Listat: Kunnat, Virastot.');
    await expectNoAxeViolations(page);
    await tabTo(page.getByTestId('confirm-button'));
    await page.keyboard.press('Enter');
    await pageShown(page, 'Tilaus vahvistettu');
    expect(await page.getByTestId('confirm-state').textContent()).toBe(
      'Olet nyt listoilla: Kunnat, Virastot.',
    );
    await expectNoAxeViolations(page);
    await page.goto(link);
    await pageShown(page, 'Tilaus vahvistettu');
  });

  it('names the list an unsubscribe link leaves, leaves it with one button and offers the other lists', async () => {
    await page.goto(await confirmationLink('liisa@kunta.example'));
    await page.getByTestId('confirm-button').click();
    await pageShown(page, 'Tilaus vahvistettu');
    const subscribers = await server.request({
      method: 'GET',
      url: api(`/outreach/lists/${lists[0]}/subscribers`),
      cookie: built.organiser.cookie,
    });
    const row = subscribers.json().find((s: { email: string }) => s.email === 'liisa@kunta.example');
    await page.goto(
      `${server.url}/unsubscribe/${unsubscribeToken(server.app.config.SESSION_SECRET, row.id)}`,
    );
    await pageShown(page, 'Tilauksen peruminen');
    expect(await headerNetwork()).toBe('Linkkien verkosto');
    expect(await page.getByTestId('unsubscribe-state').textContent()).toBe(
      'Haluatko, että osoitteeseen liisa@kunta.example ei enää lähetetä listan ”Kunnat” viestejä?',
    );
    const others = page.getByTestId('other-lists');
    expect(await others.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Virastot',
      'Uutiskirje',
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'link-unsubscribe');
    await page.getByTestId('unsubscribe-button').click();
    await pageShown(page, 'Tilaus peruttu');
    expect(await page.getByTestId('unsubscribe-state').textContent()).toContain('”Kunnat”');
    await page.getByRole('button', { name: 'Peru myös lista ”Virastot”' }).click();
    await pageShown(page, 'Tilaus peruttu');
    expect(await others.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page);
    await others.page().getByRole('link', { name: 'Liity listoille kiinnostuslomakkeella' }).click();
    await pageShown(page, 'Tilaa kutsut sähköpostiisi');
  });

  it('explains a join link that does not lead to the meeting: not yet open, or ended with its recording', async () => {
    const soon = await buildEvent(server, {
      network: built.network,
      date: '2099-01-02',
      startTime: '09:00',
      meetingUrl: 'https://meet.example.org/tuleva',
    });
    const joinOf = (slug: string) => `${server.url}/n/${built.network.slug}/join/${slug}`;
    const early = await page.goto(joinOf(soon.event.slug));
    expect(early?.status()).toBe(409);
    await pageShown(page, 'Tapaamiseen liittyminen');
    await screenshot(page, 'link-join-early');
    expect(await headerNetwork()).toBe('Linkkien verkosto');
    expect(await page.getByTestId('join-state').textContent()).toBe(
      'Liittymislinkki avautuu perjantai 2.1.2099 klo 8.30 (Itä-Euroopan aika).',
    );
    await expectNoAxeViolations(page);

    const held = await buildEvent(server, {
      network: built.network,
      date: '2022-05-06',
      startTime: '09:00',
      meetingUrl: 'https://meet.example.org/vanha',
      recordingUrl: 'https://video.example.org/tallenne',
    });
    const ended = await page.goto(joinOf(held.event.slug));
    expect(ended?.status()).toBe(410);
    await pageShown(page, 'Tapaamiseen liittyminen');
    expect(await page.getByTestId('join-state').textContent()).toBe('Tämä tapaaminen on päättynyt.');
    expect(await page.getByTestId('join-recording').getAttribute('href')).toBe(
      'https://video.example.org/tallenne',
    );
    await page.getByRole('link', { name: 'Tapaamisen tiedot' }).click();
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/n/${built.network.slug}/events/${held.event.slug}`);
  });
});
