import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { OrganisationType } from '#shared/people.ts';
import { signIn } from '#test/app.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildNetwork } from '#test/factories.ts';
import { expectFocused, pageShown, screenshot, signInThroughOutbox, tabTo } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

const ORGANISER = 'results-organiser@example.org';
const MEMBER = 'results-member@example.org';
const SURVEY = 'Feedback on the meeting';

/**
 * Twelve answers: seven promoters from municipalities, five detractors from ministries. NPS
 * (7 − 5) / 12 = +17; the municipalities alone +100. Usefulness 5 × 6, 4 × 5, 2 × 1: the one 2 is
 * small, so it is hidden, and so is the five (otherwise n would give the 2 away). Six of them wrote
 * what to change.
 */
type Answer = { organisationType: OrganisationType; nps: number; usefulness: number; change?: string };
const ANSWERS: Answer[] = [
  ...[10, 10, 10, 10, 10, 9, 9].map((nps, i) => ({
    organisationType: 'municipality' as const,
    nps,
    usefulness: i < 6 ? 5 : 4,
    ...(i < 6 ? { change: 'More time for questions' } : {}),
  })),
  ...[3, 3, 3, 3, 3].map((nps, i) => ({
    organisationType: 'ministry' as const,
    nps,
    usefulness: i < 4 ? 4 : 2,
  })),
];

/** The figures one question shows, by its heading. */
const question = (page: Page, text: RegExp) => page.getByRole('region', { name: text });

/**
 * The page at a desktop's and a small phone's width, its charts drawn at each; with
 * E2E_SCREENSHOTS=dir set, full-page screenshots there (shots-results-NAME-WIDTH.png) to look at.
 */
async function shots(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator('[data-testid="results-chart"] svg').first().waitFor();
    if (dir) await page.screenshot({ path: `${dir}/shots-results-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// An organiser reads the feedback of a meeting twelve people answered: the NPS with its interval
// and n, each question's chart and table with the small counts hidden, and the figures of one kind
// of organisation through a filter kept in the address. A member of the network is refused.
describe.sequential('survey results', () => {
  let server: TestServer;
  let network: NetworkRow;
  let organiser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'admin@example.org' });
    network = (await buildNetwork(server, { organiser: ORGANISER, name: { en: 'Results network' } })).network;
    const meeting = await buildPastMeeting(server, network, 2, { title: { en: 'Spring meeting' } });
    for (const answer of ANSWERS) {
      const { organisationType, ...values } = answer;
      const { surveyToken } = await roomRespondent(server, network, meeting, { organisationType });
      const given = await answerMeeting(
        server,
        network,
        meeting,
        { ...values, 'first-time': 'no' },
        surveyToken,
      );
      if (given.statusCode !== 201) throw new Error(`answer refused: ${given.body}`);
    }
    organiser = await openBrowser({ locale: 'en-GB' });
    page = organiser.page;
    await signInThroughOutbox(server, page, ORGANISER);
    await page.getByRole('button', { name: 'In English' }).click();
  });

  afterAll(async () => {
    await organiser?.close();
    await server?.close();
  });

  it('lists the surveys, the post-meeting one first with its answers', async () => {
    await page.goto(`${server.url}/n/${network.slug}`);
    await pageShown(page, 'Results network');
    await page.getByRole('link', { name: 'Surveys' }).click();
    await pageShown(page, 'Surveys');
    const first = page.getByTestId('survey-list').getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain(SURVEY);
    await expect.poll(() => first.textContent()).toContain('Feedback after each meeting');
    await expect.poll(() => first.textContent()).toContain('12 answers');
    await expectNoAxeViolations(page);
    await screenshot(page, 'shots-results-list-1280');
  });

  it('opens a survey by keyboard and shows the NPS with its interval and n', async () => {
    const link = page.getByRole('link', { name: SURVEY });
    await tabTo(link);
    await page.keyboard.press('Enter');
    await pageShown(page, SURVEY);
    await expect.poll(() => page.getByTestId('results-count').textContent()).toBe('12 answers');
    const score = page.getByTestId('nps-score');
    await expect
      .poll(() => score.textContent())
      .toMatch(/^NPS \+17 \(95% interval -?\+?\d+…\+\d+\), n = 12$/);
  });

  it('shows each question as a chart and a table, small counts hidden in both', async () => {
    const usefulness = question(page, /useful for my work/);
    const table = usefulness.getByTestId('results-table');
    await expect.poll(() => table.locator('caption').textContent()).toMatch(/^Answers: The theme/);
    const cell = (point: string) =>
      table.getByRole('row', { name: new RegExp(`^${point}`) }).getByRole('cell');
    await expect.poll(() => cell('5 – Strongly agree').textContent()).toBe('6');
    await expect.poll(() => cell('2 – Disagree').textContent()).toBe('< 5');
    await expect.poll(() => cell('4 – Agree').textContent()).toBe('< 5');
    await expect.poll(() => cell('1 – Strongly disagree').textContent()).toBe('0');
    const chart = usefulness.getByTestId('results-chart');
    await chart.locator('svg').waitFor();
    expect(await chart.getAttribute('aria-hidden')).toBe('true');
    expect(await chart.getAttribute('aria-label')).toContain(
      '2 – Disagree: < 5, 3 – Neither agree nor disagree: 0',
    );
    // The hidden counts have no bar: their label stands where it would end.
    await expect.poll(() => chart.locator('svg text').allTextContents()).toContain('< 5');
    // Written answers wait for moderation: only how many there are.
    const change = question(page, /What should we change/);
    await expect.poll(() => change.textContent()).toContain('6 written answers.');
    expect(await change.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page);
    await shots(page, 'survey');
  });

  it('filters by keyboard: the address and the figures change, and the address keeps them', async () => {
    const type = page.getByRole('combobox', { name: 'Type of organisation' });
    await tabTo(type);
    await page.keyboard.type('Municipality');
    expect(await type.inputValue()).toBe('municipality');
    await tabTo(page.getByRole('button', { name: 'Show results' }));
    await page.keyboard.press('Enter');
    const count = page.getByTestId('results-count');
    await expectFocused(count);
    await expect.poll(() => count.textContent()).toBe('7 answers match the filters');
    expect(new URL(page.url()).searchParams.get('organisationType')).toBe('municipality');
    await expect.poll(() => page.getByTestId('nps-score').textContent()).toMatch(/^NPS \+100 .*, n = 7$/);
    await expectNoAxeViolations(page);
    await shots(page, 'filtered');

    await page.reload();
    await pageShown(page, SURVEY);
    await expect
      .poll(() => page.getByTestId('results-count').textContent())
      .toBe('7 answers match the filters');
    expect(await page.getByRole('combobox', { name: 'Type of organisation' }).inputValue()).toBe(
      'municipality',
    );
  });

  it('writes the figures the Finnish way in Finnish', async () => {
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    const score = page.getByTestId('nps-score');
    await expect
      .poll(() => score.textContent())
      .toMatch(/^NPS \+100 \(95\u00a0%:n luottamusväli \+\d+…\+100\), n = 7$/);
    await expect
      .poll(() => page.getByTestId('results-count').textContent())
      .toBe('Rajauksiin sopii 7 vastausta');
    await screenshot(page, 'shots-results-fi-1280');
    await page.getByRole('button', { name: 'In English' }).click();
  });

  it('refuses a member of the network', async () => {
    const cookie = await signIn(server, MEMBER);
    const followed = await server.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/membership`,
      cookie,
    });
    expect(followed.statusCode).toBe(201);
    const member = await openBrowser({ locale: 'en-GB' });
    try {
      await signInThroughOutbox(server, member.page, MEMBER);
      await member.page.getByRole('button', { name: 'In English' }).click();
      await member.page.goto(`${server.url}/n/${network.slug}`);
      await pageShown(member.page, 'Results network');
      expect(await member.page.getByRole('link', { name: 'Surveys' }).count()).toBe(0);
      await member.page.goto(`${server.url}/n/${network.slug}/surveys`);
      await pageShown(member.page, 'No access');
      await expect
        .poll(() => member.page.getByRole('main').textContent())
        .toContain("Only the network's organisers can see its surveys and their results.");
    } finally {
      await member.close();
    }
  });
});
