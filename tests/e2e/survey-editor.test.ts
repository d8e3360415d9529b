import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { Survey, SurveySummary } from '#shared/surveys.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildNetwork } from '#test/factories.ts';
import {
  apiAs,
  expectFocused,
  fieldError,
  pageShown,
  screenshot,
  signInThroughOutbox,
  tabTo,
} from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

const ORGANISER = 'survey-organiser@example.org';

// An organiser edits the network's post-meeting survey by keyboard: a single-choice question and a
// text question shown only after its second option; then, once the survey has an answer, a new
// question starts a new version. The UI is in English.
describe.sequential('the survey editor', () => {
  let server: TestServer;
  let organiser: Browser;
  let page: Page;
  let network: NetworkRow;
  let surveyId: string;

  const api = <T>(method: string, path: string) => apiAs(server, organiser)<T>(method, path);
  const survey = () => api<Survey>('GET', `/${network.slug}/surveys/${surveyId}`);
  const editor = () => page.getByTestId('survey-editor');
  const question = (number: number) =>
    editor()
      .getByTestId('survey-question')
      .nth(number - 1);

  /** Chooses an option of a native select from the keyboard, as a person would with arrow keys. */
  async function chooseByKeyboard(select: Locator, label: string) {
    await tabTo(select, 200);
    const options = await select.locator('option').all();
    const labels = await Promise.all(options.map((o) => o.textContent()));
    const values = await Promise.all(options.map((o) => o.getAttribute('value')));
    const chosen = async () => labels[values.indexOf(await select.inputValue())] ?? null;
    const from = labels.indexOf(await chosen());
    const to = labels.indexOf(label);
    expect(to, `${label} in ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
    const key = to > from ? 'ArrowDown' : 'ArrowUp';
    for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(key);
    await expect.poll(chosen).toBe(label);
  }

  /** Opens a question's card (its fields), by keyboard. */
  async function openQuestion(number: number) {
    const toggle = question(number).getByRole('button', { name: `Edit: question ${number}` });
    await tabTo(toggle, 200);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        question(number)
          .getByRole('button', { name: `Close: question ${number}` })
          .getAttribute('aria-expanded'),
      )
      .toBe('true');
  }

  async function typeInto(field: Locator, text: string) {
    await tabTo(field, 200);
    await page.keyboard.type(text);
  }

  async function openSurvey() {
    await page.goto(`${server.url}/n/${network.slug}/surveys/${surveyId}`);
    await pageShown(page, 'Feedback on the meeting');
    await editor().waitFor();
  }

  beforeAll(async () => {
    server = await startTestServer();
    ({ network } = await buildNetwork(server, { organiser: ORGANISER }));
    organiser = await openBrowser({ locale: 'en-GB' });
    page = organiser.page;
    await signInThroughOutbox(server, page, ORGANISER);
    await page.getByRole('button', { name: 'In English' }).click();
    const { surveys } = await api<{ surveys: SurveySummary[] }>('GET', `/${network.slug}/surveys`);
    surveyId = surveys.find((s) => s.kind === 'post-meeting')?.id ?? '';
  });

  afterAll(async () => {
    await organiser?.close();
    await server?.close();
  });

  it('opens the post-meeting survey from the list, its core items marked and not removable', async () => {
    await page.goto(`${server.url}/n/${network.slug}/surveys`);
    await pageShown(page, /./);
    await page.getByTestId('survey-list').getByRole('link', { name: 'Feedback on the meeting' }).click();
    await pageShown(page, 'Feedback on the meeting');
    await expect.poll(() => editor().getByTestId('survey-question').count()).toBe(4);
    const first = question(1);
    expect(await first.getByText('Core item, compared across the series').count()).toBe(1);
    expect(await first.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await openQuestion(1);
    await first.getByText('A core item keeps its type', { exact: false }).waitFor();
    expect(await first.getByRole('combobox', { name: 'Question type' }).count()).toBe(0);
  });

  it('adds a single-choice question and a text question shown after its second option, by keyboard', async () => {
    await chooseByKeyboard(
      editor().getByRole('combobox', { name: 'Type of the new question' }),
      'One choice',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const role = question(5);
    await expectFocused(role.getByRole('textbox', { name: 'Question in Finnish' }));
    await page.keyboard.type('Mikä on roolisi?');
    await typeInto(role.getByRole('textbox', { name: 'Option 1 in Finnish' }), 'Johto');
    await typeInto(role.getByRole('textbox', { name: 'Option 2 in Finnish' }), 'Asiantuntija');

    await chooseByKeyboard(
      editor().getByRole('combobox', { name: 'Type of the new question' }),
      'Open answer',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const why = question(6);
    await expectFocused(why.getByRole('textbox', { name: 'Question in Finnish' }));
    await page.keyboard.type('Mitä asiantuntija kaipaa?');
    const condition = why.getByRole('combobox', { name: 'Show this question' });
    await chooseByKeyboard(condition, 'Only after an answer to question 5: Mikä on roolisi?');
    await tabTo(why.getByRole('checkbox', { name: 'Asiantuntija' }), 200);
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page);
    await screenshot(page, 'shots-editor-1280');
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, 'shots-editor-320');
    await page.setViewportSize({ width: 1280, height: 900 });

    await tabTo(editor().getByRole('button', { name: 'Save the survey' }), 200);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('survey-editor-status').textContent())
      .toBe('The survey has been saved.');
    const saved = await survey();
    expect(saved.questions.slice(4)).toMatchObject([
      { id: 'q1', type: 'single', options: [{ id: 'o1' }, { id: 'o2' }] },
      { id: 'q2', type: 'text', showIf: { question: 'q1', anyOf: ['o2'] } },
    ]);
  });

  it('offers a condition only on earlier questions, so none can point at a later one', async () => {
    await openSurvey();
    expect(await question(6).textContent()).toContain('Shown after certain answers to question 5');
    for (const number of [1, 5, 6]) await openQuestion(number);
    expect(await question(6).getByRole('combobox', { name: 'Show this question' }).inputValue()).toBe('q1');
    expect(await question(6).getByRole('checkbox', { name: 'Asiantuntija' }).isChecked()).toBe(true);
    // The first question has none before it; question 5 is offered only questions 1 to 4.
    expect(await question(1).getByRole('combobox', { name: 'Show this question' }).count()).toBe(0);
    const offered = await question(5)
      .getByRole('combobox', { name: 'Show this question' })
      .locator('option')
      .allTextContents();
    expect(offered.some((label) => /question [56]/.test(label))).toBe(false);
    expect(offered.length).toBeGreaterThan(1);
    // Moving the text question above the one it depends on drops its condition, and says so.
    await question(6).getByRole('button', { name: 'Move up: question 6' }).click();
    await expect
      .poll(() => page.getByTestId('survey-editor-notice').textContent())
      .toMatch(/condition of question 5 was removed/);
    await expectFocused(question(5).getByRole('button', { name: 'Move up: question 5' }));
  });

  it('with answers, shows errors at their question and saves a structural change as a new version', async () => {
    const meeting = await buildPastMeeting(server, network);
    const { surveyToken } = await roomRespondent(server, network, meeting);
    expect(
      (await answerMeeting(server, network, meeting, { nps: 9, q1: 'o2' }, surveyToken)).statusCode,
    ).toBe(201);
    await openSurvey();
    await editor().getByTestId('survey-version-notice').waitFor();
    await openQuestion(5);
    expect(
      await question(5).getByText('Type: One choice. This question has answers, so its type stays.').count(),
    ).toBe(1);

    await chooseByKeyboard(
      editor().getByRole('combobox', { name: 'Type of the new question' }),
      'Rating (1–5 stars)',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await tabTo(editor().getByRole('button', { name: 'Save the survey' }), 200);
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('survey-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Question 7, text');
    const text = question(7).getByRole('textbox', { name: 'Question in Finnish' });
    await expectFocused(text);
    expect(await fieldError(text)).toBe('Give this in at least one language.');
    await screenshot(page, 'shots-editor-errors');
    await expectNoAxeViolations(page);

    await page.keyboard.type('Arvosana tapaamiselle');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('survey-editor-status').textContent())
      .toContain('saved as version 2');
    expect((await survey()).version).toBe(2);
  });
  it('creates a periodic survey that starts with the post-meeting survey’s two core items', async () => {
    await page.goto(`${server.url}/n/${network.slug}/surveys`);
    await pageShown(page, /./);
    await page.getByRole('button', { name: 'Create a new periodic survey' }).click();
    const title = page.getByRole('textbox', { name: 'Title in Finnish' });
    await expectFocused(title);
    await page.keyboard.type('Kevään kysely');
    await page.getByLabel('Opens on').fill('2030-03-01');
    const closes = page.getByLabel('Closes on');
    await closes.fill('2030-02-01');
    await page.getByRole('checkbox', { name: 'Answers are anonymous' }).uncheck();
    await page.getByTestId('not-anonymous-warning').waitFor();
    await screenshot(page, 'shots-editor-new');
    expect(await editor().getByTestId('survey-question').allTextContents()).toEqual([
      expect.stringContaining('How likely is it that you would recommend these meetings'),
      expect.stringContaining('The theme of the meeting was useful for my work.'),
    ]);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Create the survey' }).click();
    await expect
      .poll(() => fieldError(closes))
      .toContain('The closing day must not be before the opening day.');
    await closes.fill('2030-03-31');
    await page.getByRole('button', { name: 'Create the survey' }).click();
    await pageShown(page, 'Kevään kysely');
    const id = page.url().split('/').at(-1) ?? '';
    const created = await api<Survey>('GET', `/${network.slug}/surveys/${id}`);
    expect(created).toMatchObject({
      kind: 'periodic',
      anonymous: false,
      opensOn: '2030-03-01',
      closesOn: '2030-03-31',
    });
    expect(created.questions.map((q) => [q.core, q.type])).toEqual([
      ['nps', 'nps'],
      ['usefulness', 'likert'],
    ]);
  });
});
