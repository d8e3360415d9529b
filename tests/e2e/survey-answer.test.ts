import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildNetwork } from '#test/factories.ts';
import { expectFocused, fieldError, pageShown, screenshot, tabTo } from '#test/journeys.ts';
import { rowsOf } from '#test/personal-data.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { useEveryTypeSurvey } from '#test/survey-form.ts';
import { buildPastMeeting, roomRespondent } from '#test/surveys.ts';

const TITLE = 'Palaute tapaamisesta';

/** Console errors and warnings (a hydration mismatch, a missing text) and uncaught errors. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // A refused form is answered with 400, which Chromium reports as a failed load.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

const question = (page: Page, text: string | RegExp) => page.getByRole('group', { name: text });
const radio = (group: Locator, name: string) => group.getByRole('radio', { name, exact: true });
const isChecked = (control: Locator) => control.isChecked();

// A participant answers a meeting's post-meeting survey from their one-time link: by keyboard on
// a phone with the app running, and in a browser without JavaScript, refused once and then sent.
describe.sequential('answering a survey', () => {
  let server: TestServer;
  let network: NetworkRow;
  let surveyId: string;
  let meeting: { id: string; slug: string };

  /** A one-time link to the meeting's survey, as the live room gives one. */
  async function answerLink() {
    const { surveyToken } = await roomRespondent(server, network, meeting);
    return `${server.url}/n/${network.slug}/feedback/${meeting.slug}?token=${encodeURIComponent(surveyToken)}`;
  }
  const answersSaved = (change: string) =>
    rowsOf<{ answers: Record<string, unknown> }>(
      server,
      "SELECT answers FROM survey_responses WHERE survey_id = $1 AND answers->>'change' = $2",
      [surveyId, change],
    );

  beforeAll(async () => {
    server = await startTestServer();
    const built = await buildNetwork(server);
    network = built.network;
    surveyId = await useEveryTypeSurvey(server, network, built.organiser.cookie);
    meeting = await buildPastMeeting(server, network);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('by keyboard on a 320 px screen, in Finnish', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ locale: 'fi-FI' });
      await browser.page.setViewportSize({ width: 320, height: 720 });
    });
    afterAll(() => browser?.close());

    it('answers every type of question with Tab, Space and the arrow keys, and is thanked', async () => {
      const { page } = browser;
      const problems = collectProblems(page);
      await page.goto(await answerLink());
      await pageShown(page, TITLE);
      // The question asked only of first-timers is not there until "Kyllä" is chosen.
      expect(await question(page, /Mistä kuulit tapaamisesta/).count()).toBe(0);
      await expectNoAxeViolations(page);
      await screenshot(page, 'shots-survey-320-form');
      await answerByKeyboard(page);
      await expectNoAxeViolations(page);
      await screenshot(page, 'shots-survey-320-filled');
      await tabTo(page.getByRole('button', { name: 'Lähetä vastaukset' }), 3);
      await page.keyboard.press('Enter');

      const heading = await pageShown(page, 'Kiitos vastauksistasi!');
      await expectFocused(heading);
      expect(new URL(page.url()).search).toBe('?answered=1');
      await expectNoAxeViolations(page);
      await screenshot(page, 'shots-survey-320-thanks');
      expect((await answersSaved('Enemmän aikaa keskustelulle')).map((row) => row.answers)).toEqual([
        {
          nps: 9,
          usefulness: 4,
          parts: { talks: 5, discussion: 'cant-say' },
          overall: 4,
          'first-time': 'yes',
          heard: ['mail', 'colleague'],
          change: 'Enemmän aikaa keskustelulle',
        },
      ]);
      expect(problems).toEqual([]);
    });
  });

  it('on a wide screen, names a missing answer and an address without its token', async () => {
    const wide = await openBrowser({ locale: 'fi-FI' });
    const { page } = wide;
    const problems = collectProblems(page);
    try {
      await page.goto(await answerLink());
      await pageShown(page, TITLE);
      await screenshot(page, 'shots-survey-1280-form');
      const send = page.getByRole('button', { name: 'Lähetä vastaukset' });
      await send.click();
      // The focus goes to the first answer missing, which says why.
      const yes = radio(question(page, /Olitko ensimmäistä kertaa/), 'Kyllä');
      await expectFocused(yes);
      expect(await fieldError(yes)).toBe('Vastaa tähän kysymykseen.');
      await expectNoAxeViolations(page);
      await screenshot(page, 'shots-survey-1280-refused');

      // Opened without its token, the form is there, but sending it says the link is not valid.
      await page.goto(`${server.url}/n/${network.slug}/feedback/${meeting.slug}`);
      await pageShown(page, TITLE);
      await yes.check();
      await send.click();
      await page
        .getByRole('alert')
        .getByText(/Tämä vastauslinkki ei ole voimassa/)
        .waitFor();
      expect(problems).toEqual([]);
    } finally {
      await wide.close();
    }
  });

  describe('without JavaScript', () => {
    let browser: Browser;
    let checker: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ locale: 'fi-FI', javaScriptEnabled: false });
      // axe runs as a script: it checks the same markup in a browser that runs none of the app's.
      checker = await openBrowser({ locale: 'fi-FI' });
      await checker.page.route('**/assets/*.js', (route) => route.abort());
    });
    afterAll(async () => {
      await browser?.close();
      await checker?.close();
    });

    /** axe on the page exactly as the browser without JavaScript has it. */
    async function expectNoAxeViolationsWithoutScripts(page: Page) {
      const html = await page.content();
      await checker.page.goto(page.url());
      await checker.page.setContent(html);
      await expectNoAxeViolations(checker.page);
    }

    it('names what it refuses, each time filled in as sent, then takes the corrected answer', async () => {
      const { page } = browser;
      await page.goto(await answerLink());
      await pageShown(page, TITLE);
      const heard = question(page, /Mistä kuulit tapaamisesta/);
      await heard.getByText('Vastaa vain, jos vastauksesi kysymykseen 5 oli ”Kyllä”.').waitFor();
      await expectNoAxeViolationsWithoutScripts(page);
      await radio(question(page, /Kuinka todennäköisesti/), '7').check();
      await page.getByLabel('Vastauksesi').fill('x'.repeat(2001));
      await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();

      // Too long a text first: the answers are checked before what is required.
      await pageShown(page, TITLE);
      await page.getByRole('alert').getByText('Tarkista virheelliseksi merkityt kentät.').waitFor();
      expect(await fieldError(page.getByLabel('Vastauksesi'))).toBe(
        'Enintään 2000 merkkiä. Vastaus on liian pitkä: enintään 2000 merkkiä.',
      );
      expect(await isChecked(radio(question(page, /Kuinka todennäköisesti/), '7'))).toBe(true);
      await expectNoAxeViolationsWithoutScripts(page);
      await screenshot(page, 'shots-survey-1280-refused-no-js');
      await page.getByLabel('Vastauksesi').fill('Selkeämmät diat');
      await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();

      const firstTime = question(page, /Olitko ensimmäistä kertaa/);
      await expect.poll(() => fieldError(radio(firstTime, 'Kyllä'))).toBe('Vastaa tähän kysymykseen.');
      expect(await page.getByLabel('Vastauksesi').inputValue()).toBe('Selkeämmät diat');
      await expectNoAxeViolationsWithoutScripts(page);
      await radio(firstTime, 'En').check();
      await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
      await pageShown(page, 'Kiitos vastauksistasi!');
      expect(new URL(page.url()).search).toBe('?answered=1');
      await expectNoAxeViolationsWithoutScripts(page);
      expect((await answersSaved('Selkeämmät diat')).map((row) => row.answers)).toEqual([
        { nps: 7, 'first-time': 'no', change: 'Selkeämmät diat' },
      ]);
    });
  });
});

/**
 * Every question by keyboard alone, from the top of the page: Tab to a group, the arrow keys
 * through its radio buttons (which choose as they move), Space to tick a checkbox or to choose
 * the first radio button.
 */
async function answerByKeyboard(page: Page) {
  const nps = question(page, /Kuinka todennäköisesti/);
  await tabTo(radio(nps, '0'));
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  expect(await isChecked(radio(nps, '9'))).toBe(true);

  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  expect(await isChecked(radio(question(page, /Tapaamisen teema/), 'Jokseenkin samaa mieltä'))).toBe(true);

  // The matrix: each row a group of its own; ArrowUp from the first point wraps to "can't say".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  expect(await isChecked(radio(question(page, 'Alustukset'), 'Täysin samaa mieltä'))).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  expect(await isChecked(radio(question(page, 'Keskustelu'), 'En osaa sanoa'))).toBe(true);

  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await isChecked(radio(question(page, /Kokonaisarvio/), '4'))).toBe(true);

  await answerTheRestByKeyboard(page);
}

async function answerTheRestByKeyboard(page: Page) {
  const firstTime = question(page, /Olitko ensimmäistä kertaa/);
  await page.keyboard.press('Tab');
  await expectFocused(radio(firstTime, 'Kyllä'));
  await page.keyboard.press('Space');
  // The conditional question appears after it, and a screen reader is told.
  const heard = question(page, /Mistä kuulit tapaamisesta/);
  await heard.waitFor();
  await page
    .getByRole('status')
    .getByText('Uusi kysymys tuli näkyviin: Mistä kuulit tapaamisesta?')
    .waitFor();
  expect(await heard.getByText('Voit valita enintään 2 vaihtoehtoa.').count()).toBe(1);
  await page.keyboard.press('Tab');
  await expectFocused(heard.getByRole('checkbox', { name: 'Sähköpostista' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');

  await tabTo(page.getByLabel('Vastauksesi'), 2);
  await page.keyboard.type('Enemmän aikaa keskustelulle');
  await page.getByText('Voit kirjoittaa vielä 1973 merkkiä.').waitFor();
}
