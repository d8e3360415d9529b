import { describe, expect, it } from 'vitest';
import { finnishHolidaysOn } from './holidays.ts';

describe('finnishHolidaysOn', () => {
  it('names New Year’s Day and Epiphany in Finnish, Swedish and English', () => {
    expect(finnishHolidaysOn(['2027-01-01', '2023-01-06', '2023-01-05'])).toEqual([
      { date: '2023-01-06', name: { fi: 'loppiainen', sv: 'trettondedag jul', en: 'Epiphany' } },
      { date: '2027-01-01', name: { fi: 'uudenvuodenpäivä', sv: 'nyårsdagen', en: "New Year's Day" } },
    ]);
  });

  it('finds the holidays that move with Easter and with the weekday', () => {
    const found = finnishHolidaysOn(['2024-03-29', '2025-04-18', '2025-06-21', '2025-06-20']);
    expect(found.map((h) => [h.date, h.name.en])).toEqual([
      ['2024-03-29', 'Good Friday'],
      ['2025-04-18', 'Good Friday'],
      ['2025-06-21', 'Midsummer Day'],
    ]);
  });

  it('says nothing of ordinary working days', () => {
    expect(finnishHolidaysOn(['2022-03-04', '2022-11-04'])).toEqual([]);
  });
});
