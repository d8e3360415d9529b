import { describe, expect, it } from 'vitest';
import { requestLanguage } from './i18n.ts';

describe('requestLanguage', () => {
  const request = (url: string, headers: { cookie?: string; 'accept-language'?: string } = {}) => ({
    url,
    headers,
  });

  it('takes ?lang first, then the saved choice, then Accept-Language, then Finnish', () => {
    const all = { cookie: 'a=1; verkosto_lang=sv; b=2', 'accept-language': 'en-GB,en;q=0.9' };
    expect(requestLanguage(request('/confirm/x?lang=en&y=1', all))).toBe('en');
    expect(requestLanguage(request('/confirm/x', all))).toBe('sv');
    expect(requestLanguage(request('/confirm/x', { 'accept-language': 'en-GB,en;q=0.9' }))).toBe('en');
    expect(requestLanguage(request('/confirm/x'))).toBe('fi');
  });

  it('passes over what names no language of the UI', () => {
    const headers = { cookie: 'verkosto_lang=de', 'accept-language': 'de-DE, sv;q=0.5' };
    expect(requestLanguage(request('/?lang=xx', headers))).toBe('sv');
    expect(requestLanguage(request('/?lang=', { cookie: 'other_verkosto_lang=en' }))).toBe('fi');
  });
});
