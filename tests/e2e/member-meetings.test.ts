import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#server/demo/demo.ts';
import { DEMO_SLUG } from '#server/demo/demo-data.ts';
import { addFile, addLink } from '#server/features/events/materials.service.ts';
import { localized } from '#shared/common.ts';
import type { Event, EventSummary } from '#shared/events.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { pageShown, screenshot, signInThroughOutbox } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const NETWORK = `/n/${DEMO_SLUG}`;
const NETWORK_NAME = 'Digitalisaation edistäjien verkosto';
const PAST_MEETING = '2022-06-03';

const attendingText = (count: number) =>
  count === 1 ? '1 henkilö on kertonut osallistuvansa' : `${count} henkilöä on kertonut osallistuvansa`;

// A new member follows the demo network, says they will attend its next meeting, finds the
// materials of a past one and subscribes to a personal calendar of the networks they follow.
// The member uses the app in Finnish (the default language of a new profile), the visitor in English.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('member meetings', () => {
  let server: TestServer;
  let member: Browser;
  let visitor: Browser | undefined;
  let next: EventSummary;

  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${server.url}/api/networks/${DEMO_SLUG}${path}`)).json()) as T;

  beforeAll(async () => {
    server = await startTestServer();
    await loadDemo(server.database.db, { onlyIfEmpty: true });
    const upcoming = await api<{ events: EventSummary[] }>('/events?when=upcoming&limit=1');
    const first = upcoming.events[0];
    if (!first) throw new Error('the demo has no upcoming meeting');
    next = first;
    member = await openBrowser({ locale: 'fi-FI' });
    await member.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await signInThroughOutbox(server, member.page, 'uusi.jasen@example.org');
  });

  afterAll(async () => {
    await visitor?.close();
    await member?.close();
    await server?.close();
  });

  it('follows the network and says they will attend the next meeting', async () => {
    const { page } = member;
    await page.goto(`${server.url}${NETWORK}`);
    await pageShown(page, NETWORK_NAME);
    await page.getByRole('button', { name: 'Seuraa tätä verkostoa' }).click();
    await page.getByText('Seuraat tätä verkostoa.').waitFor();

    const before = (await api<Event>(`/events/${next.slug}`)).attendingCount;
    await page.goto(`${server.url}${NETWORK}/events/${next.slug}`);
    await pageShown(page, localized(next.title, 'fi'));
    const button = page.getByTestId('attend-button');
    const count = page.getByTestId('attending-count');
    expect(await button.textContent()).toBe('Osallistun');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    // Nobody yet: the page says nothing rather than "0 people".
    if (before === 0) expect(await count.count()).toBe(0);
    else expect(await count.textContent()).toBe(attendingText(before));
    await page.getByText('Tapaamiseen ei tarvitse ilmoittautua').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Osallistun' }).click();
    await expect.poll(() => count.textContent()).toBe(attendingText(before + 1));
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe('Kerroit osallistuvasi · Peru');
    await screenshot(page, 'event-attending-fi');
    await expectNoAxeViolations(page);

    await page.reload();
    await pageShown(page, localized(next.title, 'fi'));
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await count.textContent()).toBe(attendingText(before + 1));
    expect((await api<Event>(`/events/${next.slug}`)).attendingCount).toBe(before + 1);
  });

  it('shows a visitor the count and a way to sign in', async () => {
    visitor = await openBrowser({ locale: 'en-GB' });
    const { page } = visitor;
    const path = `${NETWORK}/events/${next.slug}`;
    await page.goto(`${server.url}${path}`);
    await pageShown(page, localized(next.title, 'en'));
    expect(await page.getByTestId('attend-button').count()).toBe(0);
    const signIn = page.getByRole('link', { name: "Sign in to say you'll attend" });
    expect(await signIn.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    expect(await page.getByTestId('attending-count').textContent()).toMatch(/^\d+ (person|people) said/);
    await expectNoAxeViolations(page);
  });

  it('lists the materials of a past meeting', async () => {
    const event = await api<Event>(`/events/${PAST_MEETING}`);
    const network = await api<{ id: string }>('');
    const scope = { networkId: network.id, eventId: event.id };
    await addLink(server.database.db, scope, {
      title: { fi: 'Esitysdiat' },
      url: 'https://example.org/diat',
    });
    await addFile(server.database.db, scope, {
      title: { fi: 'Muistio' },
      fileName: 'muistio.txt',
      data: Buffer.alloc(2048, 'a'),
    });

    const { page } = member;
    await page.goto(`${server.url}${NETWORK}/events/${PAST_MEETING}`);
    await pageShown(page, localized(event.title, 'fi'));
    const materials = page.getByRole('region', { name: 'Materiaalit' });
    expect(await materials.getByRole('link', { name: 'Esitysdiat' }).getAttribute('href')).toBe(
      'https://example.org/diat',
    );
    const file = materials.getByRole('link', { name: 'Muistio', exact: true });
    expect(await file.getAttribute('download')).toBe('muistio.txt');
    const download = await page.request.get(
      new URL((await file.getAttribute('href')) ?? '', server.url).href,
    );
    expect(download.status()).toBe(200);
    expect(await materials.getByRole('listitem').last().textContent()).toContain('(muistio.txt, 2 kt)');
    await expectNoAxeViolations(page);
  });

  it('creates, copies, replaces and stops the personal calendar address', async () => {
    const { page } = member;
    await page.goto(`${server.url}/me`);
    await pageShown(page, 'Omat tiedot');
    const section = page.getByRole('region', { name: 'Oma kalenteri' });
    await section.getByRole('button', { name: 'Luo oma kalenteriosoite' }).click();
    const field = section.getByLabel('Kalenteriosoitteesi');
    await field.waitFor();
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const first = await field.inputValue();
    expect(new URL(first).searchParams.get('lang')).toBe('fi'); // the address carries the page's language
    const feed = await page.request.get(first);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    expect(
      await section.getByRole('link', { name: 'Tilaa kalenterisovellukseesi' }).getAttribute('href'),
    ).toBe(first.replace(/^https?:/, 'webcal:'));
    await section.getByRole('button', { name: 'Kopioi' }).click();
    await section.getByTestId('calendar-feed-copy-status').getByText('Osoite on kopioitu.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(first);
    await screenshot(page, 'profile-calendar-fi');
    await expectNoAxeViolations(page);

    await section.getByRole('button', { name: 'Luo uusi kalenteriosoite' }).click();
    await expect.poll(() => field.inputValue()).not.toBe(first);
    const second = await field.inputValue();
    expect((await page.request.get(first)).status()).toBe(404);
    expect((await page.request.get(second)).status()).toBe(200);

    await section.getByRole('button', { name: 'Lopeta kalenteriosoite' }).click();
    await section.getByRole('status').getByText('Kalenteriosoite ei enää toimi.').waitFor();
    expect(await field.count()).toBe(0);
    expect((await page.request.get(second)).status()).toBe(404);
  });
});
