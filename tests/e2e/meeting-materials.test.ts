import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { fieldError, pageShown, signInThroughOutbox } from '#test/journeys.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const SLUG = 'aineistoverkosto';

// An organiser (in English) prepares a meeting: introduction with a live preview, and materials.
// A journey: each step continues where the one before left off, so they run in order.
describe.sequential('meeting materials and previews', () => {
  let server: TestServer;
  let organiser: Browser;
  let page: Page;

  async function api(path: string, body: unknown) {
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
    expect(response.status).toBe(201);
  }

  beforeAll(async () => {
    server = await startTestServer({}, { admin: 'organiser@example.org' }); // who creates the network
    organiser = await openBrowser({ locale: 'en-GB' });
    page = organiser.page;
    await signInThroughOutbox(server, page, 'organiser@example.org');
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Networks' }).waitFor();
    await api('', { slug: SLUG, name: { fi: 'Aineistoverkosto', en: 'Materials network' } });
    await api(`/${SLUG}/events`, {
      title: { en: 'Spring meeting' },
      date: '2030-03-01',
      startTime: '09:00',
      durationMinutes: 60,
    });
    await api(`/${SLUG}/themes`, { title: { en: 'Open data' }, intendedMonth: '2030-05', status: 'planned' });
    await api(`/${SLUG}/themes`, { title: { en: 'Old times' }, intendedMonth: '2020-05', status: 'held' });
  });

  afterAll(async () => {
    await organiser?.close();
    await server?.close();
  });

  const meeting = () => page.getByTestId('meeting-2030-03-01');
  const materialTitles = () => meeting().getByTestId('material').getByRole('link').allTextContents();

  it('previews the introduction as it is typed', async () => {
    await page.goto(`${server.url}/n/${SLUG}/programme`);
    await pageShown(page, 'Programme and meetings');
    await meeting().getByRole('button', { name: 'Edit' }).click();
    // The network's main language is Finnish: the other languages of a long text are folded.
    const english = meeting().getByLabel('Introduction in English');
    expect(await english.isVisible()).toBe(false);
    await meeting().getByText('Introduction in Swedish and in English', { exact: true }).click();
    await english.fill('We discuss **open data** together.');
    const preview = meeting().getByRole('region', { name: 'Preview: Introduction in English' });
    await expect.poll(() => preview.locator('strong').textContent()).toBe('open data');
    expect(await preview.getAttribute('aria-live')).toBeNull();
    await meeting().getByText('No materials have been added yet.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('adds a link and uploads a file', async () => {
    const link = meeting().getByTestId('link-material-form');
    await link.getByLabel('Link title in English').fill('Slides online');
    await link.getByLabel('Link address').fill('https://example.org/slides');
    await link.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(materialTitles).toEqual(['Slides online']);
    await expectNoAxeViolations(page);

    const upload = meeting().getByTestId('file-material-form');
    expect(await upload.getByLabel('File', { exact: true }).getAttribute('accept')).toContain('.pdf');
    await upload.getByLabel('File title in English').fill('Memo');
    await upload.getByLabel('File', { exact: true }).setInputFiles({
      name: 'diat.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
    });
    await upload.getByRole('button', { name: 'Upload file' }).click();
    await expect.poll(materialTitles).toEqual(['Slides online', 'Memo']);
    expect(await meeting().getByTestId('materials-status').textContent()).toBe(
      'The material “Memo” was added.',
    );
    await meeting().getByText('diat.pdf').waitFor();
    await expectNoAxeViolations(page);
  });

  it('refuses an HTML file next to the file field', async () => {
    const upload = meeting().getByTestId('file-material-form');
    const file = upload.getByLabel('File', { exact: true });
    await file.setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<p>hi</p>') });
    await upload.getByRole('button', { name: 'Upload file' }).click();
    await expect.poll(() => fieldError(file)).toContain('This type of file cannot be shared.');
    expect(await materialTitles()).toEqual(['Slides online', 'Memo']);
    await expectNoAxeViolations(page);
  });

  it('removes the link after confirming', async () => {
    await meeting().getByRole('button', { name: 'Remove material: Slides online' }).click();
    await meeting().getByRole('group', { name: 'Remove the material “Slides online”?' }).waitFor();
    await expectNoAxeViolations(page);
    await meeting().getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(materialTitles).toEqual(['Memo']);
    expect(await meeting().getByTestId('materials-status').textContent()).toBe(
      'The material “Slides online” was removed.',
    );
    await expectNoAxeViolations(page);
  });

  it('shows visitors the programme ahead on the network page', async () => {
    const visitor = await openBrowser({ locale: 'en-GB' });
    try {
      await visitor.page.goto(`${server.url}/n/${SLUG}`);
      await visitor.page.getByRole('button', { name: 'In English' }).click();
      await pageShown(visitor.page, 'Materials network');
      const programme = visitor.page.getByRole('region', { name: 'Programme' });
      await expect
        .poll(() => programme.getByRole('listitem').allTextContents())
        .toEqual(['May 2030: Open data']);
      await expectNoAxeViolations(visitor.page);
    } finally {
      await visitor.close();
    }
  });
});
