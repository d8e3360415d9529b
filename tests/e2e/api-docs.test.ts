import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from '#test/browser.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

// A developer reads the API reference beside /api/openapi.json, under the site's strict CSP.
describe('the API reference', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await openBrowser({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every tag and operation of the document without breaking the CSP', async () => {
    const { page } = browser;
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const response = await page.goto(`${server.url}/api/docs`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: /Verkosto API/ }).waitFor();
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      tags: { name: string }[];
    };
    for (const { name } of doc.tags) await page.locator(`[data-tag="${name}"]`).first().waitFor();
    await page.locator('[data-path="/api/networks/{network}/events/{event}"]').first().waitFor();
    expect(refused).toEqual([]);
    await expectNoAxeViolations(page);
  });

  it('opens an operation by keyboard and stays accessible', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/api/docs`);
    const operation = page.locator('#operations-events-getEvent .opblock-summary-control');
    await operation.focus();
    await page.keyboard.press('Enter');
    await page.locator('#operations-events-getEvent .opblock-body').waitFor();
    await expectNoAxeViolations(page);
  });
});
