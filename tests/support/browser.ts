import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { BUDGET } from './budget.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export type Browser = { context: BrowserContext; page: Page; close(): Promise<void> };

/** A fresh Chromium profile with one page, in the given UI language (and with JavaScript, unless told). */
/** The browsers opened with JavaScript off: their server-rendered pages never hydrate. */
const scriptless = new WeakSet<object>();

/** Whether the page's browser runs scripts. */
export const runsScripts = (page: Page) => !scriptless.has(page.context());

export async function openBrowser(
  options: { locale?: string; javaScriptEnabled?: boolean } = {},
): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'verkosto-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    locale: options.locale ?? 'fi-FI',
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.javaScriptEnabled === false) scriptless.add(context);
  // Playwright's own 30 s per action is too little on a busy machine; the suite's wait budget instead.
  context.setDefaultTimeout(BUDGET.wait);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Fails with the list of violations when axe finds any WCAG 2.1 A/AA problem on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}
