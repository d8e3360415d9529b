import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '#shared/events.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { fieldError, pageShown, screenshot, signInThroughOutbox } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const NETWORK = 'live-verkosto';
const TITLE = 'Spring meeting';
const HEADING = `Live room: ${TITLE}`;

// Two visitors without accounts hold a meeting chat in two browsers: they chat, ask and upvote a
// question, vote in the organiser's poll; the organiser moderates, and the summary reaches the
// event page. Everyone uses the app in English.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('live room', () => {
  let server: TestServer;
  let organiser: Browser;
  let anna: Browser;
  let ben: Browser;
  let event: Event;
  let roomUrl: string;

  async function api<T>(path: string, body: unknown): Promise<T> {
    const cookies = await organiser.context.cookies(server.url);
    const response = await fetch(`${server.url}/api/networks${path}`, {
      method: 'POST',
      headers: {
        origin: server.url,
        'content-type': 'application/json',
        cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as T;
  }

  const chat = (page: Page) => page.getByTestId('chat-message');
  /** The chat as read: message texts, without the hidden "(opens in a new tab)" of each link. */
  const chatTexts = async (page: Page) =>
    (await page.getByTestId('chat-messages').getByTestId('message-body').allTextContents()).map((text) =>
      text.replaceAll(' (opens in a new tab)', ''),
    );
  const questions = (page: Page) => page.getByTestId('question');
  const poll = (page: Page, question: string) => page.getByTestId('poll').filter({ hasText: question });

  /** Enters the room from its join form and waits until the room is live. */
  async function enter(page: Page, name: string, organisation?: { name: string; type: string }) {
    await page.getByLabel('Your name as others see it').fill(name);
    if (organisation) {
      await page.getByRole('textbox', { name: /^Organisation/ }).fill(organisation.name);
      await page.getByLabel('Type of organisation (optional)').selectOption({ label: organisation.type });
    }
    await page.getByRole('button', { name: 'Enter the room' }).click();
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('Connected');
  }

  async function send(page: Page, text: string) {
    const box = page.getByTestId('chat-form').getByRole('textbox');
    await box.fill(text);
    await page.getByTestId('chat-form').getByRole('button', { name: 'Send' }).click();
  }

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'host@example.org' }); // who creates the network
    organiser = await openBrowser({ locale: 'en-GB' });
    await signInThroughOutbox(server, organiser.page, 'host@example.org');
    // Made admin before signing in, their profile starts in Finnish (not in the browser's language,
    // as a sign-up does), and the UI follows it until they choose one: so choose English.
    await organiser.page.getByRole('button', { name: 'In English' }).click();
    await organiser.page.getByRole('heading', { name: 'Networks' }).waitFor();
    await api('', { slug: NETWORK, name: { fi: 'Live-verkosto', en: 'Live network' } });
    event = await api<Event>(`/${NETWORK}/events`, {
      title: { en: TITLE },
      date: '2030-03-01',
      startTime: '09:00',
      durationMinutes: 90,
      introduction: { en: 'We talk about **open data** and share good practices.' },
    });
    roomUrl = `${server.url}/n/${NETWORK}/live/${event.slug}`;
    anna = await openBrowser({ locale: 'en-GB' });
    ben = await openBrowser({ locale: 'en-GB' });
  });

  afterAll(async () => {
    await ben?.close();
    await anna?.close();
    await organiser?.close();
    await server?.close();
  });

  it('lets a visitor enter with just a name, beside the meeting details', async () => {
    const { page } = anna;
    await page.goto(roomUrl);
    await pageShown(page, HEADING);
    const about = page.getByTestId('about-meeting');
    await about.getByRole('heading', { level: 2, name: 'About the meeting' }).waitFor();
    expect(await about.getByTestId('room-introduction').innerHTML()).toContain('<strong>open data</strong>');
    // Years before it opens, the meeting's link is not offered: the page says when it opens.
    expect(await about.getByTestId('join-opens').textContent()).toMatch(/^The meeting link opens /);
    expect(await about.getByTestId('join-link').count()).toBe(0);
    expect(await page.getByTestId('join-presence').textContent()).toBe('0 in the room');
    await screenshot(page, 'live-join-en');
    await expectNoAxeViolations(page);

    // The name is required; the form says so next to the field and focuses it.
    await page.getByRole('button', { name: 'Enter the room' }).click();
    const name = page.getByLabel('Your name as others see it');
    // (The form's checks load with the room on the first try to enter: wait for them.)
    await expect.poll(() => fieldError(name)).toContain('Fill in this field.');
    await expectNoAxeViolations(page);

    await enter(page, 'Anna Virtanen', { name: 'Tampereen kaupunki', type: 'Municipality' });
    await page.getByRole('heading', { level: 2, name: 'Chat' }).waitFor();
    await page.getByText('No messages yet. Say hello!').waitFor();
    expect(await page.getByTestId('host-tools').count()).toBe(0);

    await ben.page.goto(roomUrl);
    await pageShown(ben.page, HEADING);
    await enter(ben.page, 'Ben Berg');
    await expect.poll(() => page.getByTestId('presence').textContent()).toBe('2 in the room');
  });

  it('carries chat messages between the two browsers, links clickable and HTML as text', async () => {
    await send(anna.page, 'Hello from Tampere! The agenda: https://example.org/agenda.');
    await expect
      .poll(() => chatTexts(ben.page))
      .toEqual(['Hello from Tampere! The agenda: https://example.org/agenda.']);
    const first = chat(ben.page).first();
    expect(await first.getByTestId('message-author').textContent()).toBe('Anna Virtanen');
    expect(await first.getByTestId('message-organisation').textContent()).toBe('Tampereen kaupunki');
    const link = first.getByRole('link', { name: /example\.org\/agenda/ });
    expect(await link.getAttribute('href')).toBe('https://example.org/agenda');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await link.getAttribute('target')).toBe('_blank');
    // Ben's new message is announced politely to screen readers, without taking focus.
    await expect
      .poll(() => ben.page.getByTestId('live-announcer').textContent())
      .toContain('Anna Virtanen wrote');

    // Enter sends; markup stays text.
    const box = ben.page.getByTestId('chat-form').getByRole('textbox');
    await box.fill('Hi Anna! <b>bold</b> <img src=x onerror=alert(1)> javascript:alert(1)');
    await box.press('Enter');
    await expect.poll(() => chatTexts(anna.page)).toHaveLength(2);
    const reply = chat(anna.page).nth(1);
    expect(await reply.getByTestId('message-body').textContent()).toBe(
      'Hi Anna! <b>bold</b> <img src=x onerror=alert(1)> javascript:alert(1)',
    );
    expect(await reply.locator('b, img, a').count()).toBe(0);
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => chatTexts(ben.page)).toHaveLength(2);

    // A reaction shows for a moment in the other browser, named for screen readers.
    await anna.page.getByRole('button', { name: 'React: Applause' }).click();
    await ben.page.getByTestId('incoming-reactions').getByRole('img', { name: 'Applause' }).waitFor();
  });

  it('keeps questions apart from the chat, with upvotes', async () => {
    const ask = anna.page.getByTestId('ask-form');
    await ask.getByRole('textbox').fill('How do we share good practices between municipalities?');
    await ask.getByRole('button', { name: 'Ask' }).click();

    await expect.poll(() => questions(ben.page).count()).toBe(1);
    const question = questions(ben.page).first();
    expect(await question.getByTestId('message-body').textContent()).toBe(
      'How do we share good practices between municipalities?',
    );
    expect(await question.getByTestId('question-votes').textContent()).toBe('0 votes');
    const upvote = question.getByRole('button', { name: 'Upvote: the question by Anna Virtanen' });
    await upvote.click();
    await expect
      .poll(() => question.getByRole('button', { name: /the question by Anna/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => question.getByTestId('question-votes').textContent()).toBe('1 vote');
    await expect
      .poll(() => questions(anna.page).first().getByTestId('question-votes').textContent())
      .toBe('1 vote');
    // Questions are not chat messages.
    expect(await chatTexts(anna.page)).toHaveLength(2);
  });

  it('lets the organiser open a poll that both visitors vote in, with live results', async () => {
    const { page } = organiser;
    await page.goto(roomUrl);
    await pageShown(page, HEADING);
    await enter(page, 'Olga Organiser');
    const tools = page.getByTestId('host-tools');
    await tools.getByRole('heading', { level: 2, name: 'Host tools' }).waitFor();
    // A newcomer gets the history.
    await expect.poll(() => chatTexts(page)).toHaveLength(2);

    await page.getByRole('button', { name: 'Open a new poll' }).click();
    const form = page.getByTestId('poll-form');
    await form.getByLabel('Question').fill('Which theme next?');
    await form.getByLabel('Option 1').fill('Open data');
    await form.getByLabel('Option 2').fill('AI in services');
    await form.getByRole('button', { name: 'Open the poll' }).click();
    await page.getByTestId('poll-form-status').getByText('The poll is open.').waitFor();

    for (const visitor of [anna.page, ben.page]) {
      await poll(visitor, 'Which theme next?').waitFor();
      await expect
        .poll(() => visitor.getByTestId('live-announcer').textContent())
        .toContain('New poll: Which theme next?');
    }
    const annas = poll(anna.page, 'Which theme next?');
    await annas.getByRole('radio', { name: 'Open data' }).check();
    await annas.getByRole('button', { name: 'Vote' }).click();
    await expect
      .poll(() => annas.getByTestId('poll-count').allTextContents())
      .toEqual(['1 vote (100%)', '0 votes (0%)']);

    const bens = poll(ben.page, 'Which theme next?');
    await bens.getByRole('radio', { name: 'AI in services' }).check();
    await bens.getByRole('button', { name: 'Vote' }).click();
    await expect
      .poll(() => annas.getByTestId('poll-count').allTextContents())
      .toEqual(['1 vote (50%)', '1 vote (50%)']);
    await expect.poll(() => annas.getByTestId('poll-voters').textContent()).toBe('2 people have voted.');
    await expect
      .poll(() => poll(page, 'Which theme next?').getByTestId('poll-voters').textContent())
      .toBe('2 people have voted.');

    await poll(page, 'Which theme next?')
      .getByRole('button', { name: 'Close the poll: Which theme next?' })
      .click();
    await expect.poll(() => bens.textContent()).toContain('Closed');
    expect(await bens.getByTestId('poll-count').allTextContents()).toEqual(['1 vote (50%)', '1 vote (50%)']);
    await screenshot(anna.page, 'live-room-en');
    await expectNoAxeViolations(anna.page);
  });

  it('lets the organiser hide a message, answer the question and remove a participant', async () => {
    const { page } = organiser;
    const tools = page.getByTestId('host-tools');

    // Slow mode: Anna wrote a moment ago, so her next message must wait; its text is not lost.
    await tools.getByLabel('Slow mode').selectOption({ label: 'One message every 300 seconds' });
    await tools.getByRole('button', { name: 'Apply' }).click();
    await anna.page.getByText('Slow mode is on: one message every 300 seconds.').waitFor();
    await send(anna.page, 'One more thing');
    const refusal = anna.page.getByTestId('live-error-chat');
    await expect
      .poll(() => refusal.textContent())
      .toMatch(/^Slow mode is on: wait \d+ s before your next message\.$/);
    // The text comes back just after the refusal is shown (an effect of it): wait for it.
    await expect
      .poll(() => anna.page.getByTestId('chat-form').getByRole('textbox').inputValue())
      .toBe('One more thing');
    expect(await chatTexts(anna.page)).toHaveLength(2);
    await tools.getByLabel('Slow mode').selectOption({ label: 'Off' });
    await tools.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => anna.page.getByTestId('slow-mode-notice').count()).toBe(0);

    // A closed room can be read but not written in; reopened, it can.
    await tools.getByRole('button', { name: 'Close the room' }).click();
    await anna.page.getByTestId('room-closed').getByText('The room is closed.').waitFor();
    expect(await anna.page.getByTestId('chat-form').count()).toBe(0);
    await tools.getByRole('button', { name: 'Reopen the room' }).click();
    await anna.page.getByTestId('chat-form').waitFor();
    expect(await anna.page.getByTestId('room-closed').count()).toBe(0);

    await send(ben.page, 'Cheap watches at http://spam.example/now');
    await expect.poll(() => chatTexts(anna.page)).toHaveLength(3);
    await expect.poll(() => chatTexts(page)).toHaveLength(3);

    // Anna reports it; the hosts see the report.
    const spamForAnna = chat(anna.page).filter({ hasText: 'Cheap watches' });
    await spamForAnna.getByRole('button', { name: 'Report the message by Ben Berg' }).click();
    await spamForAnna
      .getByRole('group', { name: 'Report the message by Ben Berg to the hosts?' })
      .getByRole('button', { name: 'Report' })
      .click();
    await spamForAnna.getByText('Reported to the hosts').waitFor();
    const spam = chat(page).filter({ hasText: 'Cheap watches' });
    await expect.poll(() => spam.getByTestId('report-count').textContent()).toBe('Reported 1 time');

    await spam.getByRole('button', { name: 'Hide the message by Ben Berg' }).click();
    for (const viewer of [anna.page, ben.page, page]) {
      await expect.poll(() => chatTexts(viewer)).toHaveLength(2);
      expect((await chatTexts(viewer)).join(' ')).not.toContain('Cheap watches');
    }

    const question = questions(page).first();
    await question.getByRole('button', { name: 'Mark answered: the question by Anna Virtanen' }).click();
    await questions(anna.page).first().getByTestId('answered').waitFor();
    expect(await questions(ben.page).first().getByTestId('answered').textContent()).toBe('Answered');
    await screenshot(page, 'live-room-host-en');
    await expectNoAxeViolations(page);

    const bens = chat(page).filter({ hasText: 'Hi Anna!' });
    await bens.getByRole('button', { name: 'Remove the writer Ben Berg from the room' }).click();
    const confirm = page.getByRole('group', { name: /Remove Ben Berg from the room\?/ });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await ben.page.getByTestId('room-removed').getByText('A host has removed you from this room.').waitFor();
    await expect.poll(() => ben.page.getByTestId('chat').count()).toBe(0);
  });

  it('resumes the room after a reload without losing or repeating anything', async () => {
    const { page } = anna;
    await send(page, 'Still here after the break?');
    await expect.poll(() => chatTexts(page)).toHaveLength(3);
    await page.reload();
    await pageShown(page, HEADING);
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('Connected');
    expect(await page.getByTestId('join-room').count()).toBe(0);
    await expect
      .poll(() => chatTexts(page))
      .toEqual([
        'Hello from Tampere! The agenda: https://example.org/agenda.',
        'Hi Anna! <b>bold</b> <img src=x onerror=alert(1)> javascript:alert(1)',
        'Still here after the break?',
      ]);
    expect(await questions(page).count()).toBe(1);
    // Anna already voted: the poll shows its results, not the vote form again.
    expect(await poll(page, 'Which theme next?').getByRole('button', { name: 'Vote' }).count()).toBe(0);
  });

  it('shows the summary written in the room, and the way into the room, on the event page', async () => {
    const { page } = organiser;
    const form = page.getByTestId('summary-form');
    await form.getByLabel('Summary', { exact: true }).fill('Thanks for coming! **Open data** won the poll.');
    await form.getByRole('region', { name: 'Preview: Summary' }).getByText('Open data').waitFor();
    await form.getByRole('button', { name: 'Save the summary' }).click();
    await form.getByTestId('summary-status').getByText('The summary is saved').waitFor();

    const visitor = anna.page;
    await visitor.goto(`${server.url}/n/${NETWORK}/events/${event.slug}`);
    await pageShown(visitor, TITLE);
    expect(await visitor.getByTestId('event-summary').innerHTML()).toContain('<strong>Open data</strong>');
    const link = visitor.getByRole('link', { name: `Open the live room: ${TITLE}` });
    expect(await link.getAttribute('href')).toBe(`/n/${NETWORK}/live/${event.slug}`);
    await expectNoAxeViolations(visitor);
    await link.click();
    await pageShown(visitor, HEADING);
    expect(await visitor.getByTestId('room-summary').innerHTML()).toContain('<strong>Open data</strong>');
  });

  it('keeps the room, once the meeting is over, as an archive anyone reads', async () => {
    const cookies = await organiser.context.cookies(server.url);
    const moved = await fetch(`${server.url}/api/networks/${NETWORK}/events/${event.slug}`, {
      method: 'PATCH',
      headers: {
        origin: server.url,
        'content-type': 'application/json',
        cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      },
      body: JSON.stringify({ date: '2022-06-03' }),
    });
    expect(moved.status, await moved.clone().text()).toBe(200);
    const visitor = await openBrowser({ locale: 'en-GB' });
    try {
      const { page } = visitor;
      await page.goto(roomUrl);
      await pageShown(page, HEADING);
      const archive = page.getByTestId('room-archived');
      await archive.getByRole('heading', { level: 2, name: 'The meeting has ended' }).waitFor();
      const said = await archive.getByTestId('archived-message').allTextContents();
      expect(said.some((text) => text.includes('Hello from Tampere!'))).toBe(true);
      expect(said.some((text) => text.includes('Cheap watches'))).toBe(false);
      expect(await archive.getByTestId('archived-poll').count()).toBe(1);
      expect(await page.getByTestId('join-room').count()).toBe(0);
      await screenshot(page, 'live-archive');
      await expectNoAxeViolations(page);
    } finally {
      await visitor.close();
    }
  });
});
