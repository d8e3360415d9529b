import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const choose = (body: string, app: TestApp = t) =>
  app.request({
    method: 'POST',
    url: '/language',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body,
  });

describe('the language switch without JavaScript', () => {
  it('keeps the choice in the cookie and goes back to the page, whose ?lang= names the new one', async () => {
    const answer = await choose('language=sv&to=%2Fn%2Fdigin%2Fevents%3Flang%3Dfi%26q%3Dkunta');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/n/digin/events?lang=sv&q=kunta');
    expect(answer.headers['set-cookie']).toBe('verkosto_lang=sv; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('goes to the home page when the form names no page', async () => {
    const answer = await choose('language=en');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/');
  });

  it('refuses another language or a page of another site, naming the field, and sets nothing', async () => {
    for (const [body, field] of [
      ['language=de&to=%2F', 'language'],
      ['language=sv&to=https%3A%2F%2Fevil.example%2F', 'to'],
      ['language=sv&to=%2F%2Fevil.example%2F', 'to'],
      ['language=sv&to=%2F%5Cevil.example', 'to'],
    ] as const) {
      const answer = await choose(body);
      expect(answer.statusCode, body).toBe(400);
      expect(answer.headers['set-cookie'], body).toBeUndefined();
      expect(Object.keys(answer.json().error.fields), body).toEqual([field]);
    }
  });

  it('marks the cookie Secure when the installation is served over https', async () => {
    const https = await buildTestApp({ PUBLIC_URL: 'https://verkosto.example' });
    try {
      const answer = await choose('language=fi&to=%2F', https);
      expect(answer.headers['set-cookie']).toBe(
        'verkosto_lang=fi; Path=/; Max-Age=31536000; SameSite=Lax; Secure',
      );
    } finally {
      await https.close();
    }
  });
});
