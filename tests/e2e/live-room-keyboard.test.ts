import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { buildEvent } from '#test/factories.ts';
import { expectFocused, pageShown, tabTo } from '#test/journeys.ts';
import { enterRoom, LiveClient } from '#test/live.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const TITLE = 'Keyboard meeting';
/** One socket may send 10 frames in a burst: the history is written by several participants. */
const PER_WRITER = 9;

// The live room used by keyboard alone, and beside a video call's window (640 px) or on a phone
// (390 px): a long chat is one Tab stop, skip links lead past it, narrow screens get tabs.
describe.sequential('live room by keyboard', () => {
  let server: TestServer;
  let roomPath: string;
  let roomUrl: string;
  const writers: LiveClient[] = [];
  let visitor: Browser;

  /** Writes `count` chat messages from fresh participants; every third one carries a link. */
  async function writeChat(count: number, prefix: string) {
    for (let first = 0; first < count; first += PER_WRITER) {
      const { token } = await enterRoom(server, roomPath, `Writer ${writers.length + 1}`);
      const { client } = await LiveClient.join(server.url, roomPath, token);
      writers.push(client);
      const bodies = Array.from({ length: Math.min(PER_WRITER, count - first) }, (_, i) => {
        const n = first + i + 1;
        return n % 3 === 1 ? `${prefix} ${n}: see https://example.org/${prefix}/${n}` : `${prefix} ${n}`;
      });
      for (const body of bodies) client.chat(body);
      for (const _ of bodies) await client.next('ack');
    }
  }

  /** Enters from the join form by keyboard alone: the name, then Enter, once the app runs. */
  async function enterByKeyboard(page: Page, nameLabel: string, name: string) {
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
    await page.getByLabel(nameLabel).fill(name);
    await page.getByLabel(nameLabel).press('Enter');
    await page.getByTestId('room').waitFor();
  }

  const focusedIn = (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((el) => el.contains(el.ownerDocument.activeElement));
  const chatBox = (page: Page, label: string) =>
    page.getByTestId('chat-form').getByRole('textbox', { name: label });

  /** Whether the whole of `locator` is in the viewport as the page is, without scrolling. */
  async function insideViewport(locator: Locator) {
    const box = await locator.boundingBox();
    const viewport = locator.page().viewportSize();
    if (!box || !viewport) return false;
    return (
      box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    const { network, event, organiser } = await buildEvent(server, { title: { en: TITLE } });
    roomPath = `/api/networks/${network.slug}/live/${event.slug}`;
    roomUrl = `${server.url}/n/${network.slug}/live/${event.slug}`;
    await writeChat(35, 'Earlier');
    // The host opens a poll, so the room has all three parts.
    const { token } = await enterRoom(server, roomPath, 'Hanna Host', organiser?.cookie);
    const { client: host } = await LiveClient.join(server.url, roomPath, token, {
      cookie: organiser?.cookie,
    });
    writers.push(host);
    host.send({
      type: 'open-poll',
      clientId: randomUUID(),
      question: 'Coffee?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    await host.next('ack');
    visitor = await openBrowser({ locale: 'en-GB' });
  });

  afterAll(async () => {
    for (const writer of writers) writer.close();
    await visitor?.close();
    await server?.close();
  });

  it('puts the entering visitor in the message box, a few Tabs from sending', async () => {
    const { page } = visitor;
    await page.goto(roomUrl);
    await pageShown(page, `Live room: ${TITLE}`);
    await enterByKeyboard(page, 'Your name as others see it', 'Kim Keys');
    const box = chatBox(page, 'Message');
    await expectFocused(box);
    await expect.poll(() => page.getByTestId('chat-message').count()).toBe(35);

    await page.keyboard.type('Hello, typed and sent by keyboard');
    await tabTo(page.getByTestId('chat-form').getByRole('button', { name: 'Send' }), 5);
    await page.keyboard.press('Enter');
    await page
      .getByTestId('chat-messages')
      .getByTestId('message-body')
      .filter({ hasText: 'Hello, typed and sent by keyboard' })
      .waitFor();
    await expectNoAxeViolations(page);
  });

  it('makes the 35 messages one Tab stop, with their links and buttons on the arrow keys', async () => {
    const { page } = visitor;
    await chatBox(page, 'Message').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedIn(page, 'chat-messages')).toBe(true);
    await page
      .getByTestId('chat')
      .getByText('Move between the links and buttons of the messages with the arrow keys.')
      .waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedIn(page, 'chat')).toBe(false);

    // Back in, Home is the first message's link, and the arrows walk on to its Report button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    const first = page.getByTestId('chat-message').first();
    await expectFocused(first.getByRole('link', { name: /example\.org\/Earlier\/1 \(opens in a new tab\)/ }));
    await page.keyboard.press('ArrowDown');
    await expectFocused(first.getByRole('button', { name: 'Report the message by Writer 1' }));
    await expectNoAxeViolations(page);
  });

  it('asks before reporting; Escape cancels and focus goes back to the button', async () => {
    const { page } = visitor;
    const first = page.getByTestId('chat-message').first();
    const report = first.getByRole('button', { name: 'Report the message by Writer 1' });
    await page.keyboard.press('Enter');
    const confirm = first.getByRole('group', { name: 'Report the message by Writer 1 to the hosts?' });
    await expectFocused(confirm);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    await expectFocused(report);
    expect(await first.getByTestId('reported').count()).toBe(0);

    await page.keyboard.press('Enter');
    await tabTo(confirm.getByRole('button', { name: 'Report' }), 2);
    await page.keyboard.press('Enter');
    await first.getByTestId('reported').getByText('Reported to the hosts').waitFor();
  });

  it('leads past everything with skip links that show when focused', async () => {
    const { page } = visitor;
    await page.getByRole('heading', { level: 1 }).click(); // start from the top of the room
    const toQuestions = page.getByRole('link', { name: 'Skip to the questions' });
    await tabTo(toQuestions);
    expect((await toQuestions.boundingBox())?.width).toBeGreaterThan(1);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expectFocused(page.locator('#room-panel-questions'));

    await page.getByRole('heading', { level: 1 }).click();
    await tabTo(page.getByRole('link', { name: 'Skip to the polls' }));
    await page.keyboard.press('Enter');
    await expectFocused(page.locator('#room-panel-polls'));

    await page.getByRole('heading', { level: 1 }).click();
    await tabTo(page.getByRole('link', { name: 'Skip to the message box' }));
    await page.keyboard.press('Enter');
    await expectFocused(chatBox(page, 'Message'));
  });

  it('keeps the page as long as it was while links are posted', async () => {
    const { page } = visitor;
    const height = () => page.locator('html').evaluate((html) => html.scrollHeight);
    const before = await height();
    await writeChat(12, 'Later');
    await expect.poll(() => page.getByTestId('chat-message').count()).toBe(48);
    expect(await height()).toBe(before);
  });

  for (const [width, locale, texts] of [
    [
      640,
      'fi-FI',
      {
        name: 'Nimesi muille näkyvänä',
        box: 'Viesti',
        chat: 'Chat',
        questions: 'Kysymykset',
        polls: 'Kyselyt',
      },
    ],
    [
      390,
      'sv-SE',
      {
        name: 'Ditt namn som andra ser det',
        box: 'Meddelande',
        chat: 'Chatt',
        questions: 'Frågor',
        polls: 'Enkäter',
      },
    ],
  ] as const) {
    it(`shows chat, questions and polls as tabs at ${width} px, the message box in view (${locale})`, async () => {
      const narrow = await openBrowser({ locale });
      try {
        const { page } = narrow;
        await page.setViewportSize({ width, height: 800 });
        await page.goto(roomUrl);
        await page.getByLabel(texts.name).waitFor();
        await enterByKeyboard(page, texts.name, `Narrow ${width}`);
        await expectFocused(chatBox(page, texts.box));
        // As the page first shows, without the scrolling that focus does.
        await page.reload();
        await chatBox(page, texts.box).waitFor();
        await page.locator('html').evaluate((html) => html.ownerDocument.defaultView?.scrollTo(0, 0));
        expect(await insideViewport(chatBox(page, texts.box))).toBe(true);
        await expectNoAxeViolations(page);

        const tabs = page.getByRole('tablist');
        const chatTab = tabs.getByRole('tab', { name: texts.chat });
        expect(await chatTab.getAttribute('aria-selected')).toBe('true');
        await chatTab.focus();
        await page.keyboard.press('ArrowRight');
        const questionsTab = tabs.getByRole('tab', { name: texts.questions });
        await expectFocused(questionsTab);
        expect(await questionsTab.getAttribute('aria-selected')).toBe('true');
        await page.getByTestId('questions').waitFor();
        expect(await page.getByTestId('chat').isVisible()).toBe(false);
        await expectNoAxeViolations(page);
        await page.keyboard.press('End');
        await expectFocused(tabs.getByRole('tab', { name: texts.polls }));
        await page.getByTestId('poll').filter({ hasText: 'Coffee?' }).waitFor();
        await page.keyboard.press('Home');
        await expectFocused(chatTab);
        await page.getByTestId('chat').waitFor();
      } finally {
        await narrow.close();
      }
    });
  }
});
