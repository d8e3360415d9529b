import Holidays from 'date-holidays';
import { LANGUAGES } from '#shared/common.ts';
import type { Holiday } from '#shared/events.ts';

/**
 * Finnish public holidays, from a maintained library rather than a hand-written list (Easter, Midsummer
 * and All Saints' Day move every year). Only the official ones (`public`): Midsummer Eve and Christmas
 * Eve, days off by custom, are `bank` days there and are not warned of.
 */
const finland = new Holidays('FI');
const byYear = new Map<number, Map<string, Holiday>>();

function holidaysOf(year: number): Map<string, Holiday> {
  let days = byYear.get(year);
  if (days) return days;
  days = new Map();
  for (const language of LANGUAGES) {
    for (const holiday of finland.getHolidays(year, language)) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      const known = days.get(date) ?? { date, name: { fi: '', sv: '', en: '' } };
      known.name[language] = holiday.name;
      days.set(date, known);
    }
  }
  byYear.set(year, days);
  return days;
}

/** The Finnish public holidays among these local dates ('YYYY-MM-DD'), in date order, named in fi, sv and en. */
export function finnishHolidaysOn(localDates: string[]): Holiday[] {
  const found = localDates.flatMap((date) => holidaysOf(Number(date.slice(0, 4))).get(date) ?? []);
  return found.sort((a, b) => a.date.localeCompare(b.date));
}
