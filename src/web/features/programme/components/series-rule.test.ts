import { beforeAll, describe, expect, it } from 'vitest';
import en from '#shared/i18n/en.json' with { type: 'json' };
import fi from '#shared/i18n/fi.json' with { type: 'json' };
import sv from '#shared/i18n/sv.json' with { type: 'json' };
import { addTexts, translationIn } from '../../../lib/translation.tsx';
import { describeRule, initialSeriesValues, rruleOf, type SeriesFormValues } from './series-rule.ts';

beforeAll(() => {
  addTexts('fi', fi);
  addTexts('sv', sv);
  addTexts('en', en);
});

const rule = (changes: Partial<SeriesFormValues>) => ({
  ...initialSeriesValues('Europe/Helsinki'),
  ...changes,
});
const say = (values: SeriesFormValues, language: 'fi' | 'sv' | 'en') =>
  describeRule(values, translationIn(language).t, language);

describe('describeRule: the rule in words for each shape the series form makes', () => {
  const firstFriday = rule({ frequency: 'monthly', ordinal: '1', weekday: 'FR' });

  it('monthly on a numbered weekday, in fi, sv and en', () => {
    expect(rruleOf(firstFriday)).toBe('FREQ=MONTHLY;BYDAY=1FR');
    expect(say(firstFriday, 'fi')).toBe('Kuukauden ensimmäinen perjantai klo 09:00 (Europe/Helsinki)');
    expect(say(firstFriday, 'sv')).toBe('Den första fredagen i månaden kl. 09:00 (Europe/Helsinki)');
    expect(say(firstFriday, 'en')).toBe('The first Friday of every month at 09:00 (Europe/Helsinki)');
  });

  it('monthly on the last weekday', () => {
    const lastTuesday = rule({ ordinal: '-1', weekday: 'TU' });
    expect(rruleOf(lastTuesday)).toBe('FREQ=MONTHLY;BYDAY=-1TU');
    expect(say(lastTuesday, 'en')).toMatch(/^The last Tuesday of every month/);
    expect(say(lastTuesday, 'fi')).toMatch(/^Kuukauden viimeinen tiistai/);
  });

  it('weekly', () => {
    const weekly = rule({ frequency: 'weekly', weekday: 'WE' });
    expect(rruleOf(weekly)).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(say(weekly, 'en')).toMatch(/^Every Wednesday at 09:00/);
    expect(say(weekly, 'sv')).toMatch(/^Varje onsdag kl\. 09:00/);
  });

  it('with its period and excepted months', () => {
    const bounded = { ...firstFriday, startDate: '2021-11-05', until: '2023-03-03', exceptMonths: [7] };
    expect(say(bounded, 'en')).toBe(
      'The first Friday of every month at 09:00 (Europe/Helsinki) from 2021-11-05 until 2023-03-03 except in July',
    );
    expect(say(bounded, 'fi')).toContain('2021-11-05 alkaen 2023-03-03 asti paitsi: heinäkuu');
  });
});
