import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { expectFocused, fieldError, pageShown, screenshot, signInThroughOutbox } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const SLUG = 'digin-edistajat';
type Summary = {
  slug: string;
  localDate: string;
  startsAt: string;
  status: string;
  theme: { title: { en?: string } } | null;
};

/** The local wall-clock time HH:MM of an instant in Helsinki. */
const helsinkiTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

// An organiser (in English) plans the programme: themes, a monthly series, and changes to it.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('planning the programme', () => {
  let server: TestServer;
  let organiser: Browser;
  let page: Page;

  async function api(path: string, init: { method?: string; body?: unknown } = {}) {
    const cookies = await organiser.context.cookies(server.url);
    const response = await fetch(`${server.url}/api/networks/${SLUG}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        origin: server.url,
        cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }
  const allEvents = async () =>
    ((await api('/events?when=all&limit=500')).json as { events: Summary[] }).events;
  const themeTitles = () =>
    page.getByTestId('theme-list').getByRole('heading', { level: 3 }).allTextContents();

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'organiser@example.org' }); // who creates the network
    organiser = await openBrowser({ locale: 'en-GB' });
    page = organiser.page;
    await signInThroughOutbox(server, page, 'organiser@example.org');
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Networks' }).waitFor();
    const cookies = await organiser.context.cookies(server.url);
    const created = await fetch(`${server.url}/api/networks`, {
      method: 'POST',
      headers: {
        origin: server.url,
        'content-type': 'application/json',
        cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      },
      body: JSON.stringify({ slug: SLUG, name: { fi: 'Digin edistäjät', en: 'Digital promoters' } }),
    });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await organiser?.close();
    await server?.close();
  });

  it('adds themes and reorders them with the keyboard', async () => {
    await page.goto(`${server.url}/n/${SLUG}`);
    await pageShown(page, 'Digital promoters');
    await page.getByRole('link', { name: 'Programme and meetings' }).click();
    await pageShown(page, 'Programme and meetings');
    expect(new URL(page.url()).pathname).toBe(`/n/${SLUG}/programme`);
    await page.getByText('No themes have been added yet.').waitFor();
    await expectNoAxeViolations(page);

    const themes = ['Digital services', 'Data and AI', 'Accessibility'];
    for (const [i, title] of themes.entries()) {
      await page.getByLabel('Theme title in English').fill(title);
      await page.getByLabel('Intended month').fill(`2022-0${i + 1}`);
      await page.getByRole('button', { name: 'Add theme', exact: true }).click();
      await expect.poll(themeTitles).toEqual(themes.slice(0, i + 1));
    }
    expect(await page.getByLabel('Theme title in English').inputValue()).toBe('');

    const moveUp = page.getByRole('button', { name: 'Move up: Accessibility' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect.poll(themeTitles).toEqual(['Digital services', 'Accessibility', 'Data and AI']);
    await expectFocused(moveUp);
    await page.keyboard.press('Enter');
    await expect.poll(themeTitles).toEqual(['Accessibility', 'Digital services', 'Data and AI']);
    expect(await page.getByTestId('theme-order-status').textContent()).toBe(
      '“Accessibility” is now at position 1 of 3.',
    );
    // At the top Move up is disabled, so focus moves to Move down rather than being lost.
    await expectFocused(page.getByRole('button', { name: 'Move down: Accessibility' }));
    await expect
      .poll(async () =>
        ((await api('/programme')).json as { themes: { title: { en?: string } }[] }).themes.map(
          (t) => t.title.en,
        ),
      )
      .toEqual(['Accessibility', 'Digital services', 'Data and AI']);
    await expectNoAxeViolations(page);
  });

  it('shows an invalid series’ error next to the end date and creates nothing', async () => {
    const form = page.getByTestId('series-form');
    await form.getByLabel('Meeting title in English').fill('Monthly meeting');
    await form.getByLabel('Start date').fill('2023-03-03');
    await form.getByLabel('End date').fill('2021-11-05');
    await form.getByRole('button', { name: 'Create meetings' }).click();
    await form.getByRole('alert').getByText('Check the fields marked with an error.').waitFor();
    expect(await fieldError(form.getByLabel('End date'))).toContain(
      'The end date cannot be before the start date.',
    );
    await expectFocused(form.getByLabel('End date'));
    await expectNoAxeViolations(page);
    expect(await allEvents()).toEqual([]);
  });

  it('creates the monthly series from friendly controls', async () => {
    const form = page.getByTestId('series-form');
    await form.getByLabel('Start date').fill('2021-11-05');
    await form.getByLabel('End date').fill('2023-03-03');
    await form.getByLabel('Which one in the month').selectOption({ label: 'first' });
    await form.getByLabel('Weekday', { exact: true }).selectOption({ label: 'Friday' });
    await form.getByLabel('Start time').fill('09:00');
    await form.getByLabel('Duration (minutes)').fill('90');
    expect(await form.getByLabel('Time zone').inputValue()).toBe('Europe/Helsinki');
    await form.getByRole('checkbox', { name: 'July' }).check();
    expect(await form.getByTestId('rule-preview').textContent()).toContain(
      'The first Friday of every month at 09:00 (Europe/Helsinki) from 2021-11-05 until 2023-03-03 except in July',
    );
    expect(await form.getByTestId('rule-preview').textContent()).not.toContain('FREQ=');
    // Epiphany, 6 January 2023, is a first Friday: a warning before saving, not a refusal.
    const warning = form.getByTestId('holiday-warning');
    await warning.getByText('Note: the meeting falls on a public holiday.').waitFor();
    expect(await warning.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/6.*2023: Epiphany$/),
    ]);
    await screenshot(page, 'programme-series-form');
    await form.getByRole('button', { name: 'Create meetings' }).click();

    const created = page.getByTestId('series-created');
    await created.getByText('16 meetings created:').waitFor();
    expect(await created.getByRole('listitem').count()).toBe(16);
    await expect.poll(() => page.getByTestId('meeting-list').locator(':scope > li').count()).toBe(16);
    expect(await page.getByTestId('meeting-2022-07-01').count()).toBe(0);
    const events = await allEvents();
    expect(events).toHaveLength(16);
    expect(events.every((e) => helsinkiTime(e.startsAt) === '09:00')).toBe(true);
    // Each theme planned for a month is on that month's meeting.
    expect(events.filter((e) => e.theme).map((e) => [e.localDate, e.theme?.title.en])).toEqual([
      ['2022-01-07', 'Digital services'],
      ['2022-02-04', 'Data and AI'],
      ['2022-03-04', 'Accessibility'],
    ]);
    await expectNoAxeViolations(page);
  });

  it('moves this and the following meetings to 13:00', async () => {
    const item = page.getByTestId('meeting-2022-09-02');
    await item.getByRole('button', { name: /^Edit the meeting on/ }).click();
    await item.getByRole('radio', { name: 'this and the following meetings' }).check();
    expect(await item.getByLabel('Date', { exact: true }).isDisabled()).toBe(true);
    await item.getByLabel('Start time').fill('13:00');
    await item.getByRole('button', { name: 'Add a speaker' }).click();
    await expectFocused(item.getByLabel('Speaker 1 name'));
    await item.getByRole('radio', { name: 'this meeting only' }).check();
    await item.getByLabel('Speaker 1 name').fill('Maija Meikäläinen');
    await item.getByLabel('Speaker 1 organisation').fill('Valtiovarainministeriö');
    await item.getByRole('radio', { name: 'this and the following meetings' }).check();
    await screenshot(page, 'programme-edit-meeting');
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByTestId('meetings-status')
      .getByText('The changes were saved to this and the following meetings.')
      .waitFor();

    const byDate = new Map((await allEvents()).map((e) => [e.localDate, e]));
    expect(helsinkiTime(byDate.get('2022-08-05')?.startsAt ?? '')).toBe('09:00');
    expect(helsinkiTime(byDate.get('2022-09-02')?.startsAt ?? '')).toBe('13:00');
    expect(helsinkiTime(byDate.get('2022-12-02')?.startsAt ?? '')).toBe('13:00');
    await page.getByTestId('meeting-2022-12-02').getByText(/13:00/).waitFor();
    await expectNoAxeViolations(page);
  });

  it('cancels a meeting, which stays in the list marked cancelled', async () => {
    const item = page.getByTestId('meeting-2022-10-07');
    await item.getByRole('button', { name: /^Cancel meeting / }).click();
    await item.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await expect.poll(() => item.getByTestId('meeting-status').textContent()).toBe('Cancelled');
    expect(await item.getByRole('button', { name: /^Cancel meeting / }).count()).toBe(0);
    expect(await page.getByTestId('meeting-list').locator(':scope > li').count()).toBe(16);
    const cancelled = (await allEvents()).find((e) => e.localDate === '2022-10-07');
    expect(cancelled?.status).toBe('cancelled');
    await screenshot(page, 'programme');
    await expectNoAxeViolations(page);
  });

  it('leads by keyboard to each section of the page from its local navigation', async () => {
    const nav = page.getByRole('navigation', { name: 'Sections of the page' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Themes',
      'New theme',
      'New series',
      'Meetings and materials',
      'Single meeting',
      'Mailing lists and invitations',
      'Surveys',
      'Settings and members',
    ]);
    await nav.getByRole('link', { name: 'Single meeting' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#single-heading');
    await page.getByRole('heading', { level: 2, name: 'Add a single meeting' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('warns, before saving, that a single meeting falls on New Year’s Day, and offers common zones first', async () => {
    const zones = page.getByTestId('series-form').getByLabel('Time zone');
    expect(
      await zones.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label'))),
    ).toEqual(['Common', 'All time zones']);
    expect(
      await zones
        .locator('optgroup')
        .first()
        .locator('option')
        .evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual(['Europe/Helsinki', 'Europe/Stockholm', 'Europe/Tallinn', 'UTC']);
    expect(await zones.locator('option[value="Europe/Helsinki"]').textContent()).toMatch(
      /^Helsinki – .+ \(Europe\/Helsinki\)$/,
    );

    const form = page.getByTestId('single-form');
    await form.getByLabel('Date', { exact: true }).fill('2027-01-01');
    const warning = form.getByTestId('holiday-warning');
    await warning.getByText('Note: the meeting falls on a public holiday.').waitFor();
    expect(await warning.getByRole('listitem').textContent()).toMatch(/2027: New Year's Day$/);
    await expectNoAxeViolations(page);
    await form.getByLabel('Date', { exact: true }).fill('2027-01-08');
    await expect.poll(() => form.getByTestId('holiday-warning').count()).toBe(0);
  });

  // One cache entry per meeting: an edit on the planning page shows on the public page the app already
  // holds, without reloading it.
  it('shows a programme edit on the meeting page opened before it', async () => {
    await page.goto(`${server.url}/n/${SLUG}`);
    await pageShown(page, 'Digital promoters');
    const past = page.getByTestId('past-events');
    await past.getByRole('link', { name: 'Monthly meeting' }).first().click();
    await pageShown(page, 'Monthly meeting');
    const slug = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const meeting = (await allEvents()).find((e) => e.slug === slug);
    expect(meeting).toBeDefined();

    await page.goBack();
    await pageShown(page, 'Digital promoters');
    await page.getByRole('link', { name: 'Programme and meetings' }).click();
    await pageShown(page, 'Programme and meetings');
    const item = page.getByTestId(`meeting-${meeting?.localDate}`);
    await item.getByRole('button', { name: /^Edit the meeting on/ }).click();
    await item.getByRole('radio', { name: 'this meeting only' }).check();
    await item.getByLabel('Meeting title in English').fill('Monthly meeting: looking back');
    await item.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByTestId('meetings-status')
      .getByText('The changes to “Monthly meeting: looking back” were saved.')
      .waitFor();

    await page.goBack();
    await pageShown(page, 'Digital promoters');
    await past.getByRole('link', { name: 'Monthly meeting: looking back' }).click();
    await pageShown(page, 'Monthly meeting: looking back');
    expect(new URL(page.url()).pathname).toBe(`/n/${SLUG}/events/${encodeURIComponent(slug)}`);
    await expectNoAxeViolations(page);
  });
});
