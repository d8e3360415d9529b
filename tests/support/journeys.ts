import type { Locator, Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import { linkIn } from './app.ts';
import { type Browser, runsScripts } from './browser.ts';
import { WAIT } from './budget.ts';
import type { TestServer } from './server.ts';

/**
 * The `index`th e-mail in the outbox (counting from 0), once it has been written. (vi.waitFor
 * rather than expect.poll, which only works inside a test, not in beforeAll.)
 */
export function mailAt(server: TestServer, index: number): Promise<string> {
  return vi.waitFor(async () => {
    const mail = (await server.outbox())[index];
    if (!mail) throw new Error(`no e-mail number ${index + 1} in the outbox`);
    return mail;
  }, WAIT);
}

/** The one-time sign-in link in a sign-in e-mail. */
export const signInLinkIn = (server: TestServer, mail: string) => linkIn(mail, `${server.url}/sign-in/link?`);

/**
 * Signs `page` in as `email` by the fastest honest route: asks for a link through the API as the
 * sign-in form does, reads it from the outbox, opens it in the browser and presses its button.
 */
export async function signInThroughOutbox(
  server: TestServer,
  page: Page,
  email: string,
  callbackURL = '/',
): Promise<void> {
  const before = (await server.outbox()).length;
  const asked = await fetch(`${server.url}/api/auth/sign-in/magic-link`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ email, callbackURL }),
  });
  if (!asked.ok) throw new Error(`sign-in link refused: ${asked.status} ${await asked.text()}`);
  await page.goto(signInLinkIn(server, await mailAt(server, before)));
  await page.getByTestId('sign-in-link-button').click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** Waits until the page's h1 has the given text and nothing on the page is loading any more. */
export async function pageShown(page: Page, heading: string | RegExp): Promise<Locator> {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await h1.waitFor();
  // A server-rendered page shows its heading before its script runs: a click before then would
  // reach the bare HTML (a form would submit itself). Wait until it is the app's.
  if (runsScripts(page) && (await page.locator('#verkosto-state').count()) > 0) {
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  }
  await expect.poll(() => page.locator('.fi-loadingSpinner').count()).toBe(0);
  return h1;
}

/** Waits until `locator` has keyboard focus. */
export async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
}

/** The `lang` of the page's html element. */
export const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** With E2E_SCREENSHOTS=dir set, saves a full-page screenshot there, for looking at the pages. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/**
 * What an invalid field tells about itself (its hint and error message, tied to it with
 * aria-describedby so they are read out with it); null when the field is not marked invalid.
 */
export async function fieldError(field: Locator): Promise<string | null> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ').trim();
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(target: Locator, max = 40): Promise<void> {
  const isFocused = () => target.evaluate((el) => el === el.ownerDocument.activeElement);
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused()) return;
    await target.page().keyboard.press('Tab');
  }
  if (!(await isFocused())) throw new Error(`${target} was not reached in ${max} presses of Tab`);
}

/**
 * The API as the person signed in to `browser` calls it (their cookies, the app's origin), under
 * `/api/networks`; a refused call throws with the answer.
 */
export function apiAs(server: TestServer, browser: Browser) {
  return async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const cookies = await browser.context.cookies(server.url);
    const response = await fetch(`${server.url}/api/networks${path}`, {
      method,
      headers: {
        origin: server.url,
        cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}
