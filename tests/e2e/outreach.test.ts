import type { Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '#shared/events.ts';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import { linkIn } from '#test/app.ts';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import {
  apiAs,
  expectFocused,
  fieldError,
  pageShown,
  screenshot,
  signInThroughOutbox,
} from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const SLUG = 'kutsuverkosto';
const ORGANISER = 'organiser@example.org';
const VISITOR = 'maija@example.org';
const SUBJECT = 'Invitation: Spring meeting, Fri, 1 Mar 2030';
const SV_TEMPLATE_SUBJECT = 'Inbjudan: Spring meeting fre 1.3.2030';
const SV_SUBJECT = 'Inbjudan till vårmötet 1.3.2030';

/**
 * A spreadsheet's CSV export: Windows-1252, semicolons, a duplicate (other case), a bad address
 * and one Swedish-speaking person (the others get the list's language).
 */
const SPREADSHEET = Buffer.from(
  [
    'Nimi;Sähköposti;Organisaatio;Kieli',
    'Äijä Öhman;aija@kunta.example;Kunta;',
    'Bea;bea@virasto.example;Virasto;sv',
    'Dup;AIJA@kunta.example;Kunta;',
    'Bad;not-an-address;X;',
    '',
  ].join('\r\n'),
  'latin1',
);

// A visitor asks for the invitations on the interest form and confirms by e-mail; an organiser
// imports a municipalities' list from a spreadsheet and sends an invitation to a meeting, which
// reaches each confirmed address exactly once. Everyone uses the app in English.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('outreach', () => {
  let server: TestServer;
  let organiser: Browser;
  let page: Page;
  let event: Event;

  const api = <T>(method: string, path: string, body?: unknown) =>
    apiAs(server, organiser)<T>(method, path, body);

  type ListRow = { id: string; name: { en?: string } };
  const listId = async (name: string) =>
    (await api<ListRow[]>('GET', `/${SLUG}/outreach/lists`)).find((l) => l.name.en === name)?.id ?? '';
  const subscribersOf = async (name: string) =>
    api<{ email: string; status: string }[]>(
      'GET',
      `/${SLUG}/outreach/lists/${await listId(name)}/subscribers`,
    );

  /** Opens a list on the organisers' page and waits for its subscribers. */
  async function openList(name: string) {
    await page.getByRole('button', { name: `Open list “${name}”` }).click();
    const details = page.getByTestId('list-details');
    await expectFocused(details.getByRole('heading', { level: 2, name: `List: ${name}` }));
    await expect.poll(() => details.locator('.fi-loadingSpinner').count()).toBe(0);
    return details;
  }

  beforeAll(async () => {
    server = await startTestServer({}, { admin: ORGANISER }); // who creates the network
    organiser = await openBrowser({ locale: 'en-GB' });
    page = organiser.page;
    await signInThroughOutbox(server, page, ORGANISER);
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Networks' }).waitFor();
    await api('POST', '', { slug: SLUG, name: { fi: 'Kutsuverkosto', en: 'Invitation network' } });
    event = await api<Event>('POST', `/${SLUG}/events`, {
      title: { en: 'Spring meeting' },
      date: '2030-03-01',
      startTime: '09:00',
      durationMinutes: 90,
    });
    await api('POST', `/${SLUG}/themes`, {
      title: { en: 'Open data' },
      intendedMonth: '2030-05',
      status: 'planned',
    });
    await api('POST', `/${SLUG}/outreach/lists`, {
      name: { en: 'Interested individuals' },
      description: 'Anyone who wants the invitations.',
      language: 'en',
      onInterestForm: true,
    });
  });

  afterAll(async () => {
    await organiser?.close();
    await server?.close();
  });

  it('subscribes a visitor through the interest form once they confirm by e-mail', async () => {
    const visitor = await openBrowser({ locale: 'en-GB' });
    try {
      const v = visitor.page;
      await v.goto(`${server.url}/n/${SLUG}`);
      await v.getByRole('button', { name: 'In English' }).click();
      await pageShown(v, 'Invitation network');
      await v.getByTestId('interest-link').waitFor();
      await expectNoAxeViolations(v);
      await v.getByRole('link', { name: 'Subscribe to invitations' }).click();
      await pageShown(v, 'Get the invitations by e-mail');
      await screenshot(v, 'interest-form');
      await expectNoAxeViolations(v);

      const form = v.getByTestId('interest-form');
      await form.getByRole('textbox', { name: 'Name' }).fill('Maija Meikäläinen');
      await form.getByRole('textbox', { name: /^E-mail address/ }).fill(VISITOR);
      await form.getByRole('textbox', { name: /^Organisation/ }).fill('Esimerkin kunta');
      await form.getByLabel('Type of organisation (optional)').selectOption({ label: 'Municipality' });
      await form.getByRole('textbox', { name: /^Role or title/ }).fill('Developer of digital services');
      await form.getByRole('checkbox', { name: 'Open data' }).check();
      // The only list on the form is chosen already; e-mails come in the page's language.
      expect(await form.getByRole('checkbox', { name: 'Interested individuals' }).isChecked()).toBe(true);
      expect(await form.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
      // The bot trap is out of the way of keyboards and screen readers.
      const trap = v.locator('#field-website');
      expect(await trap.getAttribute('tabindex')).toBe('-1');
      expect(await trap.inputValue()).toBe('');

      // Without consent: the error is next to the box, which takes the focus.
      const consent = form.getByRole('checkbox', { name: 'I agree' });
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await expect.poll(() => fieldError(consent)).toContain('Tick “I agree” to give your consent');
      expect(await fieldError(consent)).toContain('I agree that the network stores');
      await expectFocused(consent);
      await expectNoAxeViolations(v);
      expect(await subscribersOf('Interested individuals')).toEqual([]);

      await consent.check();
      await form.getByRole('button', { name: 'Subscribe' }).click();
      const done = v.getByRole('heading', { level: 2, name: 'Check your e-mail' });
      await expectFocused(done);
      await v.getByText(`We sent a confirmation link to ${VISITOR}.`).waitFor();
      await expectNoAxeViolations(v);

      // The confirmation e-mail: opening its link only shows a button; pressing it confirms.
      let mail = '';
      await expect
        .poll(async () => {
          mail = (await server.outbox()).find((m) => m.includes(`To: ${VISITOR}`)) ?? '';
          return mail !== '';
        })
        .toBe(true);
      expect((await subscribersOf('Interested individuals'))[0]?.status).toBe('pending');
      await v.goto(linkIn(mail, `${server.url}/confirm/`));
      await v.getByRole('button', { name: 'Confirm subscription' }).click();
      await v.getByRole('heading', { name: 'Subscription confirmed' }).waitFor();
      await v.getByText('You are now on: Interested individuals.').waitFor();
    } finally {
      await visitor.close();
    }

    // The organiser sees the address confirmed, with its consent record.
    await page.goto(`${server.url}/n/${SLUG}`);
    await pageShown(page, 'Invitation network');
    await page.getByRole('link', { name: 'Mailing lists and invitations' }).click();
    await pageShown(page, 'Mailing lists and invitations');
    await expectNoAxeViolations(page);
    const details = await openList('Interested individuals');
    const row = details.getByTestId('subscriber').filter({ hasText: VISITOR });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      VISITOR,
      'Maija Meikäläinen',
      'Esimerkin kuntaMunicipality',
      'Confirmed',
      'Interest form',
    ]);
    expect(cells[5]).toMatch(new RegExp(`^Version ${CONSENT_VERSION}, given \\d`));
    await expectNoAxeViolations(page);
  });

  it('imports a spreadsheet after a preview that saves nothing', async () => {
    const create = page.getByTestId('newList-form');
    await create.getByRole('textbox', { name: 'Name of the list in English' }).fill('Municipalities');
    await create.getByLabel('Language of the list').selectOption('en');
    await create.getByRole('button', { name: 'Create list' }).click();
    await expect
      .poll(() => page.getByTestId('create-list-status').textContent())
      .toBe('The list “Municipalities” was created.');
    await expectNoAxeViolations(page);

    const details = await openList('Municipalities');
    await details.getByText('Nobody is on this list yet.').waitFor();
    const wizard = details.getByTestId('import-form');
    await wizard.getByLabel('CSV file').setInputFiles({
      name: 'kunnat.csv',
      mimeType: 'text/csv',
      buffer: SPREADSHEET,
    });
    await wizard.getByRole('button', { name: 'Preview' }).click();
    const preview = wizard.getByTestId('import-preview');
    await expect.poll(() => preview.getByTestId('import-delimiter').textContent()).toBe('semicolon (;)');
    expect(await preview.getByTestId('import-encoding').textContent()).toBe(
      'Windows-1252 (as saved by Excel on Windows)',
    );
    const counts = () => preview.getByTestId('import-counts').textContent();
    expect(await counts()).toBe('Rows4Valid2Invalid1Duplicates1');
    expect(await preview.getByTestId('import-problems').locator('tbody tr').allTextContents()).toEqual([
      '4aija@kunta.exampleDupThe same address is earlier in the file',
      '5not-an-addressBadNot a valid e-mail address',
    ]);
    expect(
      await preview.getByTestId('import-valid').locator('tbody td:nth-child(3)').allTextContents(),
    ).toEqual(['Äijä Öhman', 'Bea']);
    expect(
      await preview.getByTestId('import-valid').locator('tbody td:nth-child(5)').allTextContents(),
    ).toEqual(['', 'sv']);
    expect(await subscribersOf('Municipalities')).toEqual([]);
    await screenshot(page, 'import-preview');
    await expectNoAxeViolations(page);

    // Each column can be remapped; the preview follows, and says when no column is the address.
    const emailColumn = preview.getByLabel('Column 2: Sähköposti');
    expect(await emailColumn.inputValue()).toBe('email');
    await emailColumn.selectOption({ label: 'Not imported' });
    await expect
      .poll(() => fieldError(emailColumn))
      .toContain('Choose exactly one column as the e-mail address.');
    await expectNoAxeViolations(page);
    await emailColumn.selectOption({ label: 'E-mail address' });
    await expect.poll(() => fieldError(emailColumn)).toBeNull();
    await expect.poll(counts).toBe('Rows4Valid2Invalid1Duplicates1');
    expect(await subscribersOf('Municipalities')).toEqual([]);

    await preview.getByRole('button', { name: 'Import 2 addresses' }).click();
    await expect
      .poll(() => wizard.getByTestId('import-status').textContent())
      .toBe('2 addresses were imported to “Municipalities”. Rows skipped: 2.');
    const rows = details.getByTestId('subscriber');
    await expect.poll(() => rows.count()).toBe(2);
    const first = await rows.first().getByRole('cell').allTextContents();
    expect(first.slice(0, 4)).toEqual(['aija@kunta.example', 'Äijä Öhman', 'Kunta', 'Confirmed']);
    expect(first[4]).toMatch(/^Import of kunnat\.csv by organiser@example\.org on \d{4}-\d{2}-\d{2}$/);
    expect(first[5]).toBe('Not recorded');
    await expectNoAxeViolations(page);
  });

  it('composes an invitation, tests it and sends it once to each confirmed address', async () => {
    await page.getByRole('button', { name: 'Close the list' }).click();
    await page.getByRole('button', { name: 'Write a new campaign' }).click();
    const composer = page.getByTestId('campaign-composer');
    await expectFocused(composer.getByRole('heading', { name: 'New campaign' }));
    expect(await composer.getByRole('radio', { name: 'Invitation' }).isChecked()).toBe(true);
    await composer.getByRole('checkbox', { name: 'Interested individuals' }).check();
    await composer.getByRole('checkbox', { name: 'Municipalities' }).check();
    await composer.getByLabel('Meeting', { exact: true }).selectOption(event.id);
    const subject = composer.getByRole('textbox', { name: 'Subject', exact: true });
    const body = composer.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => subject.inputValue()).toBe(SUBJECT);
    expect(await body.inputValue()).toContain(
      '**When:** Fri, 1 Mar 2030, 9:00–10:30 (Eastern European Standard Time)',
    );
    const preview = composer.getByRole('region', { name: 'Preview: Message', exact: true });
    await expect.poll(() => preview.locator('strong').first().textContent()).toBe('Spring meeting');
    await expectNoAxeViolations(page);

    // A Swedish text for the Swedish-speaking recipient: the template fills it in Swedish.
    const addSwedish = composer.getByRole('checkbox', { name: 'Add a Swedish text' });
    expect(await addSwedish.getAttribute('aria-expanded')).toBe('false');
    await addSwedish.check();
    expect(await addSwedish.getAttribute('aria-expanded')).toBe('true');
    const svSubject = composer.getByRole('textbox', { name: 'Subject in Swedish' });
    const svBody = composer.getByRole('textbox', { name: 'Message in Swedish' });
    await expect.poll(() => svSubject.inputValue()).toBe(SV_TEMPLATE_SUBJECT);
    expect(await svBody.inputValue()).toContain('Välkommen till mötet:\n\n**Spring meeting**');
    const svPreview = composer.getByRole('region', { name: 'Preview: Message in Swedish' });
    await expect.poll(() => svPreview.locator('strong').first().textContent()).toBe('Spring meeting');
    await screenshot(page, 'campaign-composer');
    await expectNoAxeViolations(page);

    // A Swedish message without a subject is not dropped: the subject is asked for.
    await svSubject.fill('');
    await composer.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => fieldError(svSubject)).toContain('Fill in this field.');
    await expectFocused(svSubject);
    await expectNoAxeViolations(page);
    await svSubject.fill(SV_SUBJECT);

    // The saved draft opens again with its Swedish text.
    await composer.getByRole('button', { name: 'Save draft' }).click();
    await expect
      .poll(() => composer.getByTestId('composer-status').textContent())
      .toBe('The draft was saved.');
    await composer.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: `Edit “${SUBJECT}”` }).click();
    await expectFocused(composer.getByRole('heading', { name: 'Edit the campaign' }));
    expect(await addSwedish.isChecked()).toBe(true);
    expect(await svSubject.inputValue()).toBe(SV_SUBJECT);
    expect(await svBody.inputValue()).toContain('Välkommen till mötet:\n\n**Spring meeting**');
    expect(await subject.inputValue()).toBe(SUBJECT);

    const before = (await server.outbox()).length;
    await composer.getByRole('button', { name: 'Send a test to me' }).click();
    await expect
      .poll(() => composer.getByTestId('composer-status').textContent())
      .toBe(`A test message was sent to ${ORGANISER}.`);
    const test = await PostalMime.parse((await server.outbox())[before] ?? '');
    expect(test.to?.map((a) => a.address)).toEqual([ORGANISER]);
    expect(test.subject).toBe(`[Test] ${SUBJECT}`);

    await composer.getByRole('button', { name: 'Send now' }).click();
    const confirm = composer.getByRole('group', { name: `Send “${SUBJECT}” to 3 recipients now?` });
    await expectFocused(confirm);
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Yes, send to 3 recipients' }).click();

    const campaign = page.getByTestId('campaign').filter({ hasText: SUBJECT });
    await expectFocused(campaign);
    await expect
      .poll(() => page.getByTestId('campaigns-status').textContent())
      .toBe(`“${SUBJECT}” has been sent: 3 sent, 0 failed, 0 bounced.`);
    expect(await campaign.getByTestId('campaign-status').textContent()).toMatch(/^Sent \d/);
    expect(await campaign.getByTestId('campaign-counts').textContent()).toBe('Sent3Failed0Bounced0Waiting0');
    const progress = campaign.getByRole('progressbar', { name: `Sending progress: ${SUBJECT}` });
    expect(await progress.getAttribute('value')).toBe('3');
    expect(await progress.getAttribute('max')).toBe('3');
    await campaign.getByText('3 of 3 messages handled').waitFor();
    await expectNoAxeViolations(page);

    const sent = await Promise.all((await server.outbox()).map((raw) => PostalMime.parse(raw)));
    const to = (mails: typeof sent) => mails.flatMap((m) => m.to?.map((a) => a.address) ?? []).sort();
    // The Swedish-speaking recipient gets the Swedish text; the others the main one.
    const invitations = sent.filter((m) => m.subject === SUBJECT);
    expect(to(invitations)).toEqual(['aija@kunta.example', VISITOR]);
    const swedish = sent.filter((m) => m.subject === SV_SUBJECT);
    expect(to(swedish)).toEqual(['bea@virasto.example']);
    // The text part keeps the paragraphs apart and gives the whole time, as the HTML part does.
    expect(swedish[0]?.text).toContain(
      'Välkommen till mötet:\n\nSpring meeting\nTid: fre 1.3.2030 kl. 9.00–10.30 (östeuropeisk normaltid)',
    );
    for (const mail of [...invitations, ...swedish]) {
      expect(mail.attachments.some((a) => a.mimeType === 'text/calendar')).toBe(true);
      expect(mail.headers.some((h) => h.key === 'list-unsubscribe')).toBe(true);
    }
  });

  it('schedules a reminder a day before the meeting', async () => {
    await page.getByRole('button', { name: 'Write a new campaign' }).click();
    const composer = page.getByTestId('campaign-composer');
    await composer.getByRole('radio', { name: 'Reminder' }).check();
    await composer.getByRole('checkbox', { name: 'Interested individuals' }).check();
    const subject = composer.getByRole('textbox', { name: 'Subject', exact: true });
    await composer.getByLabel('Meeting', { exact: true }).selectOption(event.id);
    await expect.poll(() => subject.inputValue()).toContain('Spring meeting');
    const reminderSubject = await subject.inputValue();

    // The reminder's moment is shown in the browser's time zone, as the campaign list shows times.
    const at = await page.evaluate(
      (iso) =>
        new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(
          new Date(Date.parse(iso) - 24 * 60 * 60 * 1000),
        ),
      event.startsAt,
    );
    const reminder = composer.getByTestId('reminder');
    const offset = reminder.getByLabel('How long before the meeting');
    await offset.selectOption({ label: '1 day before' });
    await reminder.getByText(`It will be sent ${at}.`).waitFor();
    await expectNoAxeViolations(page);
    await reminder.getByRole('button', { name: 'Schedule the reminder' }).click();

    const campaign = page.getByTestId('campaign').filter({ hasText: reminderSubject });
    await expectFocused(campaign);
    await expect
      .poll(() => page.getByTestId('campaigns-status').textContent())
      .toContain(`“${reminderSubject}” will be sent `);
    expect(await campaign.getByTestId('campaign-status').textContent()).toBe(`Scheduled for ${at}`);
    await expectNoAxeViolations(page);
  });

  it('erases an address when its owner asks, after a confirmation', async () => {
    await page.goto(`${server.url}/n/${SLUG}/outreach`);
    const details = await openList('Municipalities');
    await details.getByRole('button', { name: 'Remove aija@kunta.example' }).click();
    const confirm = details.getByRole('group', { name: /^Erase aija@kunta\.example from this list\?/ });
    await expectFocused(confirm);
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Erase the address' }).click();
    await details.getByText('aija@kunta.example was erased from the list.').waitFor();
    await expect.poll(() => details.getByTestId('subscriber').count()).toBe(1);
    expect((await subscribersOf('Municipalities')).map((s) => s.email)).toEqual(['bea@virasto.example']);
  });
});
