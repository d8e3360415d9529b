import { describe, expect, it } from 'vitest';
import type { Language } from './common.ts';
import en from './i18n/en.json' with { type: 'json' };
import fi from './i18n/fi.json' with { type: 'json' };
import sv from './i18n/sv.json' with { type: 'json' };
import { meetingSpan, type TimeWords } from './meeting-time.ts';

// The words from the translation files themselves, filled in as i18next does.
const files = { fi, sv, en };
const wordsOf =
  (language: Language): TimeWords =>
  (key, vars) => {
    const name = key.split('.').at(-1) as keyof typeof fi.events.time;
    return files[language].events.time[name].replace(
      /\{\{(\w+)\}\}/g,
      (_, v: string) => (vars as Record<string, string | undefined>)[v] ?? '',
    );
  };
const span = (language: Language, startsAt: string, endsAt: string, timeZone = 'Europe/Helsinki') =>
  meetingSpan(wordsOf(language), language, {
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    timeZone,
  });

describe('a meeting time in an e-mail', () => {
  it('has the date, start and end, and the zone by name, in each language’s own way', () => {
    const winter = ['2026-12-04T07:00:00Z', '2026-12-04T08:30:00Z'] as const;
    expect(span('fi', ...winter)).toBe('pe 4.12.2026 klo 9.00–10.30 (Itä-Euroopan normaaliaika)');
    expect(span('sv', ...winter)).toBe('fre 4.12.2026 kl. 9.00–10.30 (östeuropeisk normaltid)');
    expect(span('en', ...winter)).toBe('Fri, 4 Dec 2026, 9:00–10:30 (Eastern European Standard Time)');
  });

  it('names summer time in summer, so a reader elsewhere converts the right hour', () => {
    expect(span('fi', '2026-06-05T06:00:00Z', '2026-06-05T07:00:00Z')).toBe(
      'pe 5.6.2026 klo 9.00–10.00 (Itä-Euroopan kesäaika)',
    );
  });

  it('gives both dates when a meeting goes past midnight', () => {
    expect(span('fi', '2026-12-04T20:00:00Z', '2026-12-04T23:30:00Z')).toBe(
      'pe 4.12.2026 klo 22.00 – la 5.12.2026 klo 1.30 (Itä-Euroopan normaaliaika)',
    );
  });
});
