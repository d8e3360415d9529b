import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildEvent, buildNetwork } from '#test/factories.ts';
import { expectFocused, pageShown, screenshot, signInThroughOutbox, tabTo } from '#test/journeys.ts';
import { rowsOf } from '#test/personal-data.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const TITLE = { fi: 'Palautetapaaminen', sv: 'Responsmöte', en: 'Feedback meeting' };

/** The local date and time in `timeZone` `minutes` from now, as a meeting is created with them. */
function localIn(minutes: number, timeZone: string): { date: string; startTime: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    ...{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    startTime: `${part('hour')}:${part('minute')}`,
  };
}

/** Console errors and warnings (a missing text, a failed render) and uncaught errors. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // An answer given twice is refused with 409, which Chromium reports as a failed load.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

// A meeting on now: its host asks for feedback by keyboard; of the two participants (English on a
// wide screen, Swedish on a 320 px phone) one answers the first question with one key press and
// goes on to the survey's page, the other puts the card away for good.
describe.sequential('the live room’s feedback card', () => {
  let server: TestServer;
  let network: NetworkRow;
  let meeting: { id: string; slug: string };
  let roomUrl: string;
  let host: Browser;
  let ann: Browser;
  let sven: Browser;
  const problems: string[][] = [];

  /** Enters the room from the join form, with the name field's label in the page's language. */
  async function enter(page: Page, nameLabel: string, name: string) {
    await page.goto(roomUrl);
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
    await page.getByLabel(nameLabel).fill(name);
    await page.getByLabel(nameLabel).press('Enter');
    await page.getByTestId('room').waitFor();
  }
  const card = (page: Page) => page.getByTestId('feedback-card');

  beforeAll(async () => {
    server = await startTestServer();
    const built = await buildNetwork(server);
    network = built.network;
    // Started ten minutes ago and on for fifty more: its survey is open, its last minutes not yet come.
    const { event } = await buildEvent(server, {
      network,
      title: TITLE,
      ...localIn(-10, network.timeZone),
      durationMinutes: 60,
    });
    meeting = event;
    roomUrl = `${server.url}/n/${network.slug}/live/${meeting.slug}`;
    host = await openBrowser({ locale: 'fi-FI' });
    ann = await openBrowser({ locale: 'en-GB' });
    sven = await openBrowser({ locale: 'sv-FI' });
    await sven.page.setViewportSize({ width: 320, height: 720 });
    for (const browser of [host, ann, sven]) problems.push(collectProblems(browser.page));
    await signInThroughOutbox(server, host.page, built.organiser.email);
  });

  afterAll(async () => {
    for (const browser of [sven, ann, host]) await browser?.close();
    await server?.close();
  });

  it('shows no card before anyone asks, while the meeting is not in its last minutes', async () => {
    await enter(host.page, 'Nimesi muille näkyvänä', 'Hanna Juontaja');
    await host.page.getByTestId('host-tools').waitFor();
    await enter(ann.page, 'Your name as others see it', 'Ann Answer');
    await enter(sven.page, 'Ditt namn som andra ser det', 'Sven Senare');
    expect(await card(ann.page).count()).toBe(0);
    expect(await card(sven.page).count()).toBe(0);
  });

  it('lets the host ask for feedback by keyboard; the button then says it was asked', async () => {
    const { page } = host;
    const ask = page.getByRole('button', { name: 'Pyydä palautetta' });
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(ask, 80);
    await page.keyboard.press('Enter');
    await page.getByTestId('feedback-asked').getByText('Huoneessa olevat näkevät palautekortin.').waitFor();
    const asked = page.getByRole('button', { name: 'Palautetta on pyydetty' });
    await expectFocused(asked);
    expect(await asked.getAttribute('aria-disabled')).toBe('true');
    // The host is in the room too: the card is theirs as well, in Finnish.
    await card(page).getByRole('heading', { level: 2, name: 'Palaute tapaamisesta' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'shots-livecard-host-1280');
  });

  it('shows both participants the card with the NPS question as eleven buttons', async () => {
    for (const [browser, question] of [
      [ann, 'How likely is it that you would recommend these meetings to a colleague?'],
      [sven, 'Hur troligt är det att du skulle rekommendera de här mötena till en kollega?'],
    ] as const) {
      const group = card(browser.page).getByRole('group', { name: question });
      await group.waitFor();
      expect(await group.getByRole('button').allTextContents()).toEqual(
        ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map(String),
      );
    }
    await expect
      .poll(() => ann.page.getByTestId('feedback-announcer').textContent())
      .toBe(
        'We would like your feedback on the meeting: How likely is it that you would recommend these meetings to a colleague?',
      );
    expect(await card(ann.page).getByText('0 = Not at all likely').count()).toBe(1);
    expect(await card(ann.page).getByText('10 = Extremely likely').count()).toBe(1);
    await expectNoAxeViolations(ann.page);
    await expectNoAxeViolations(sven.page);
    await screenshot(ann.page, 'shots-livecard-1280');
    await screenshot(sven.page, 'shots-livecard-320');
  });

  it('answers 9 with Tab and Enter, thanks, and leads to the rest of the survey', async () => {
    const { page } = ann;
    const nine = card(page).getByRole('button', { name: '9', exact: true });
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(nine, 20);
    await page.keyboard.press('Enter');
    const outcome = card(page).getByTestId('feedback-outcome');
    await outcome.getByText('Thank you! Your answer was saved.').waitFor();
    await expectFocused(outcome);
    await expectNoAxeViolations(page);
    await screenshot(page, 'shots-livecard-1280-thanks');
    const saved = await rowsOf<{ answers: Record<string, unknown> }>(
      server,
      'SELECT answers FROM survey_responses WHERE event_id = $1',
      [meeting.id],
    );
    expect(saved.map((row) => row.answers)).toEqual([{ nps: 9 }]);

    const rest = card(page).getByRole('link', { name: 'Answer the rest (about a minute)' });
    await tabTo(rest, 2);
    expect(await rest.getAttribute('href')).toMatch(
      new RegExp(`^/n/${network.slug}/feedback/${meeting.slug}\\?continuation=[\\w.-]+$`),
    );
    await page.keyboard.press('Enter');
    await pageShown(page, 'Feedback on the meeting');
    expect(new URL(page.url()).pathname).toBe(`/n/${network.slug}/feedback/${meeting.slug}`);
  });

  it('puts the card away for the other, also after a reload; focus goes to the message box', async () => {
    const { page } = sven;
    await card(page).getByRole('button', { name: 'Inte nu' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => card(page).count()).toBe(0);
    await expectFocused(page.getByRole('textbox', { name: 'Meddelande' }));
    await page.reload();
    await page.getByTestId('room').waitFor();
    await page.getByTestId('chat').waitFor();
    expect(await card(page).count()).toBe(0);
  });

  it('tells a participant who answered already in another tab so, without saving again', async () => {
    // Ann's first tab answered; a second tab of hers is the same participant with the same token.
    const token = await ann.page.evaluate(
      ([network, event]) => sessionStorage.getItem(`verkosto.live.${network}.${event}`),
      [network.slug, meeting.slug],
    );
    const second = await ann.context.newPage();
    await second.addInitScript(
      ([name, value]) => sessionStorage.setItem(name as string, value as string),
      [`verkosto.live.${network.slug}.${meeting.slug}`, token],
    );
    await second.goto(roomUrl);
    await card(second).getByRole('button', { name: '7', exact: true }).click();
    await card(second).getByText('You have already answered this survey. Thank you!').waitFor();
    const saved = await rowsOf(server, 'SELECT id FROM survey_responses WHERE event_id = $1', [meeting.id]);
    expect(saved).toHaveLength(1);
    await second.close();
    expect(problems.flat()).toEqual([]);
  });
});
