import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildNetwork } from '#test/factories.ts';
import { apiAs, expectFocused, fieldError, pageShown, signInThroughOutbox, tabTo } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { buildPastMeeting } from '#test/surveys.ts';

const ORGANISER = 'changes-organiser@example.org';
const TITLE = 'Tapaamisissa on nyt enemmän aikaa kysymyksille';
const DESCRIPTION = 'Varaamme jokaisen tapaamisen lopusta **kymmenen minuuttia** kysymyksille.';

/** With E2E_SCREENSHOTS=dir set, the element at 1280 and 320 px wide: `<dir>/shots-changes-<name>-<width>.png`. */
async function shots(page: Page, target: Locator, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await target.screenshot({ path: `${dir}/shots-changes-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// "You said, we changed": an organiser records by keyboard a change made after a meeting's
// feedback, and the network's home page shows it to a Swedish reader, marked as Finnish text, with
// and without JavaScript; hidden again, it leaves the home page. The organiser's UI is in English.
describe.sequential('you said, we changed', () => {
  let server: TestServer;
  let organiser: Browser;
  let reader: Browser;
  let network: NetworkRow;
  let meeting: { id: string; slug: string };
  const errors: string[] = [];

  const home = () => `${server.url}/n/${network.slug}?lang=sv`;
  const section = (page: Page) => page.getByRole('region', { name: 'Ni sade, vi ändrade' });

  beforeAll(async () => {
    server = await startTestServer();
    ({ network } = await buildNetwork(server, { organiser: ORGANISER }));
    meeting = await buildPastMeeting(server, network, 3);
    organiser = await openBrowser({ locale: 'en-GB' });
    await signInThroughOutbox(server, organiser.page, ORGANISER);
    await organiser.page.getByRole('button', { name: 'In English' }).click();
    reader = await openBrowser({ locale: 'sv-SE' });
    reader.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  });

  afterAll(async () => {
    await reader?.close();
    await organiser?.close();
    await server?.close();
  });

  it('shows no section on the home page while nothing is recorded', async () => {
    await reader.page.goto(home());
    await pageShown(reader.page, 'Testiverkosto');
    expect(await section(reader.page).count()).toBe(0);
  });

  it('lets an organiser record a change by keyboard, errors named at their fields', async () => {
    const { page } = organiser;
    await page.goto(`${server.url}/n/${network.slug}/surveys`);
    await pageShown(page, 'Surveys');
    const form = page.getByTestId('new-change-form');
    const submit = form.getByRole('button', { name: 'Record the change' });
    await tabTo(submit, 120);
    await page.keyboard.press('Enter');
    const title = form.getByRole('textbox', { name: 'What we changed in Finnish' });
    await expectFocused(title);
    expect(await fieldError(title)).toContain('at least one language');

    await page.keyboard.type(TITLE);
    await tabTo(form.getByRole('textbox', { name: 'Description in Finnish' }));
    await page.keyboard.type(DESCRIPTION);
    await chooseByKeyboard(
      page,
      form.getByRole('combobox', { name: 'Survey whose feedback the change is based on' }),
      1,
    );
    await chooseByKeyboard(page, form.getByRole('combobox', { name: 'Meeting' }), 1);
    await tabTo(submit);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('survey-changes-status').textContent())
      .toBe(`The change “${TITLE}” was recorded.`);
    const item = page.getByTestId('survey-change-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('Based on: Feedback on the meeting – Kuukausitapaaminen');
    expect(await title.inputValue()).toBe('');
    const changes = await apiAs(server, organiser)<{ changes: { links: unknown[] }[] }>(
      'GET',
      `/${network.slug}/survey-changes`,
    );
    expect(changes.changes[0]?.links).toEqual([
      { surveyId: expect.any(String), eventId: meeting.id, questionId: null },
    ]);
    await expectNoAxeViolations(page);
    await shots(page, page.getByRole('region', { name: 'You said, we changed' }), 'organiser');
  });

  it('shows the change on the home page, its Finnish text marked as Finnish', async () => {
    const { page } = reader;
    await page.goto(home());
    await pageShown(page, 'Testiverkosto');
    const shown = section(page);
    await shown.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    expect(await shown.locator('h3 [lang="fi"]').textContent()).toBe(TITLE);
    expect(await shown.locator('[lang="fi"] strong').textContent()).toBe('kymmenen minuuttia');
    expect(await shown.getByRole('link', { name: 'Kuukausitapaaminen' }).getAttribute('href')).toBe(
      `/n/${network.slug}/events/${meeting.slug}`,
    );
    expect(await shown.locator('time').textContent()).toMatch(/^Beslutat \d+ \S+ \d{4}$/);
    await expectNoAxeViolations(page);
    await shots(page, shown, 'home');
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/shots-changes-home-page-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('is in the server-rendered page, for a reader without JavaScript', async () => {
    const html = await (await fetch(home())).text();
    expect(html).toContain('Ni sade, vi ändrade');
    expect(html).toContain('<strong>kymmenen minuuttia</strong>');
    const scriptless = await openBrowser({ locale: 'sv-SE', javaScriptEnabled: false });
    try {
      await scriptless.page.goto(home());
      await pageShown(scriptless.page, 'Testiverkosto');
      await section(scriptless.page).getByRole('heading', { level: 3, name: TITLE }).waitFor();
    } finally {
      await scriptless.close();
    }
  });

  it('goes into an invitation as a Markdown list, by keyboard', async () => {
    const { page } = organiser;
    await apiAs(server, organiser)('POST', `/${network.slug}/outreach/lists`, {
      name: { en: 'Members' },
      language: 'en',
    });
    await page.goto(`${server.url}/n/${network.slug}/outreach`);
    await pageShown(page, /./);
    await page.getByRole('button', { name: 'Write a new campaign' }).click();
    const composer = page.getByTestId('campaign-composer');
    const body = composer.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => body.inputValue()).not.toBe('');
    await tabTo(composer.getByRole('button', { name: 'Insert “You said, we changed”' }), 120);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => composer.getByTestId('insert-changes-status').textContent())
      .toBe('1 change was added to the end of the message.');
    expect(await body.inputValue()).toMatch(
      new RegExp(`\\*\\*You said, we changed\\*\\*\\n\\n- ${TITLE} \\(decided on .+\\)$`),
    );
    await expectNoAxeViolations(page);
    await composer.getByRole('button', { name: 'Close', exact: true }).click();
    await page.goto(`${server.url}/n/${network.slug}/surveys`);
    await pageShown(page, 'Surveys');
  });

  it('leaves the home page once the organiser hides it, announced', async () => {
    const { page } = organiser;
    const hide = page.getByRole('button', { name: `Hide from the home page: ${TITLE}` });
    await tabTo(hide, 120);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('survey-changes-status').textContent())
      .toBe(`The change “${TITLE}” is no longer shown on the home page.`);
    await reader.page.goto(home());
    await pageShown(reader.page, 'Testiverkosto');
    expect(await section(reader.page).count()).toBe(0);
  });
});

/** Moves a native select `steps` options down from the keyboard, as a person would with arrow keys. */
async function chooseByKeyboard(page: Page, select: Locator, steps: number) {
  await tabTo(select, 60);
  const before = await select.inputValue();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => select.inputValue()).not.toBe(before);
}
