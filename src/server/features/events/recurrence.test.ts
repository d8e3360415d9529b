import { describe, expect, it } from 'vitest';
import { runChild } from '#test/child.ts';
import {
  expandSeries,
  MAX_OCCURRENCES,
  RecurrenceError,
  type SeriesRule,
  SeriesRuleSchema,
  splitRule,
} from './recurrence.ts';

const FIRST_FRIDAYS = [
  '2021-11-05',
  '2021-12-03',
  '2022-01-07',
  '2022-02-04',
  '2022-03-04',
  '2022-04-01',
  '2022-05-06',
  '2022-06-03',
  '2022-07-01',
  '2022-08-05',
  '2022-09-02',
  '2022-10-07',
  '2022-11-04',
  '2022-12-02',
  '2023-01-06',
  '2023-02-03',
  '2023-03-03',
];

const seedProgramme: SeriesRule = {
  rrule: 'FREQ=MONTHLY;BYDAY=1FR',
  startDate: '2021-11-05',
  startTime: '09:00',
  durationMinutes: 90,
  timeZone: 'Europe/Helsinki',
  until: '2023-03-03',
};

function localDates(rule: SeriesRule): string[] {
  return expandSeries(rule).map((occurrence) => occurrence.localDate);
}

/** The field a RecurrenceError names, or a failure if the rule expands. */
function failingField(rule: SeriesRule): string {
  try {
    expandSeries(rule);
  } catch (error) {
    if (error instanceof RecurrenceError) return error.field;
    throw error;
  }
  throw new Error('expected a RecurrenceError');
}

describe('expandSeries', () => {
  it('gives the 17 first Fridays of the seed programme at 09:00 Helsinki time', () => {
    const occurrences = expandSeries(seedProgramme);
    expect(occurrences.map((o) => o.localDate)).toEqual(FIRST_FRIDAYS);
    const november = occurrences[0];
    const june = occurrences[7];
    expect(november?.startsAt.toISOString()).toBe('2021-11-05T07:00:00.000Z');
    expect(november?.endsAt.toISOString()).toBe('2021-11-05T08:30:00.000Z');
    expect(june?.localDate).toBe('2022-06-03');
    expect(june?.startsAt.toISOString()).toBe('2022-06-03T06:00:00.000Z');
  });

  it('skips excepted months and dates', () => {
    expect(localDates({ ...seedProgramme, exceptMonths: [7] })).toEqual(
      FIRST_FRIDAYS.filter((date) => date !== '2022-07-01'),
    );
    expect(localDates({ ...seedProgramme, exceptMonths: [7], exceptDates: ['2022-12-02'] })).toHaveLength(15);
  });

  it('accepts an RRULE: prefix, lower case and COUNT instead of an end date', () => {
    const rule = { ...seedProgramme, rrule: 'rrule:freq=monthly;byday=1fr;count=3', until: undefined };
    expect(localDates(rule)).toEqual(FIRST_FRIDAYS.slice(0, 3));
  });

  it('ends at whichever comes first when both COUNT and an end date are given', () => {
    expect(localDates({ ...seedProgramme, rrule: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=3' })).toHaveLength(3);
    expect(localDates({ ...seedProgramme, rrule: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=99' })).toHaveLength(17);
  });

  it('expands weekly intervals and set positions as RFC 5545 does', () => {
    const everyOtherWeek = {
      ...seedProgramme,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR',
      until: '2021-12-31',
    };
    expect(localDates(everyOtherWeek)).toEqual([
      '2021-11-05',
      '2021-11-15',
      '2021-11-19',
      '2021-11-29',
      '2021-12-03',
      '2021-12-13',
      '2021-12-17',
      '2021-12-27',
      '2021-12-31',
    ]);
    const lastWeekday = { rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', startDate: '2022-01-01' };
    expect(localDates({ ...seedProgramme, ...lastWeekday, until: '2022-04-30' })).toEqual([
      '2022-01-31',
      '2022-02-28',
      '2022-03-31',
      '2022-04-29',
    ]);
  });

  it('allows five years of monthly meetings', () => {
    const rule = { ...seedProgramme, startDate: '2024-01-01', until: '2028-12-31' };
    expect(expandSeries(rule)).toHaveLength(60);
  });

  it(`refuses more than ${MAX_OCCURRENCES} occurrences instead of truncating`, () => {
    const daily = { ...seedProgramme, rrule: 'FREQ=DAILY', startDate: '2024-01-01', until: '2025-12-30' };
    expect(() => expandSeries(daily)).toThrow(`more than ${MAX_OCCURRENCES}`);
    expect(failingField(daily)).toBe('rrule');
  });

  it('stops counting early on rules that would produce millions of dates', () => {
    const endless = { ...seedProgramme, rrule: 'FREQ=DAILY;COUNT=999999999', until: undefined };
    expect(() => expandSeries(endless)).toThrow(`more than ${MAX_OCCURRENCES}`);
    const farFuture = { ...seedProgramme, rrule: 'FREQ=DAILY', until: '2121-11-04' };
    expect(() => expandSeries(farFuture)).toThrow(`more than ${MAX_OCCURRENCES}`);
  });

  it('refuses sub-daily repetition such as FREQ=SECONDLY before iterating', () => {
    const secondly = { ...seedProgramme, rrule: 'FREQ=SECONDLY', until: '2121-11-04' };
    expect(() => expandSeries(secondly)).toThrow(/daily at most/);
    expect(failingField(secondly)).toBe('rrule');
  });

  it('gives up on a rule that never matches within the search span', () => {
    const never = { ...seedProgramme, rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=1', until: undefined };
    expect(() => expandSeries(never)).toThrow(/no meeting dates/);
  });

  it('moves a start time in the spring DST gap forward and takes the first of a repeated autumn time', () => {
    const atHalfPastThree = {
      ...seedProgramme,
      rrule: 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU',
      startTime: '03:30',
    };
    const rule = { ...atHalfPastThree, startDate: '2022-01-01', until: '2022-12-31' };
    const [spring, autumn] = expandSeries(rule);
    expect(spring?.localDate).toBe('2022-03-27');
    expect(spring?.startsAt.toISOString()).toBe('2022-03-27T01:30:00.000Z'); // 04:30 EEST
    expect(autumn?.localDate).toBe('2022-10-30');
    expect(autumn?.startsAt.toISOString()).toBe('2022-10-30T00:30:00.000Z'); // 03:30 EEST, not EET
  });

  it.each<[string, Partial<SeriesRule>, keyof SeriesRule]>([
    ['unparseable rule text', { rrule: 'FREQ=MONTHLY;BYDAY=1XX' }, 'rrule'],
    ['an unknown rule part', { rrule: 'FREQ=MONTHLY;FOO=BAR' }, 'rrule'],
    ['a malformed COUNT', { rrule: 'FREQ=MONTHLY;COUNT=abc' }, 'rrule'],
    ['a repeated part', { rrule: 'FREQ=MONTHLY;FREQ=WEEKLY' }, 'rrule'],
    ['a missing FREQ', { rrule: 'BYDAY=1FR' }, 'rrule'],
    ['an embedded DTSTART', { rrule: 'DTSTART:20211105T090000\nRRULE:FREQ=MONTHLY;BYDAY=1FR' }, 'rrule'],
    ['an embedded UNTIL', { rrule: 'FREQ=MONTHLY;BYDAY=1FR;UNTIL=20230303T000000Z' }, 'rrule'],
    ['BYHOUR', { rrule: 'FREQ=DAILY;BYHOUR=9' }, 'rrule'],
    ['a numbered weekday with FREQ=WEEKLY', { rrule: 'FREQ=WEEKLY;BYDAY=1FR' }, 'rrule'],
    ['BYMONTHDAY with FREQ=WEEKLY', { rrule: 'FREQ=WEEKLY;BYMONTHDAY=1' }, 'rrule'],
    ['an unknown time zone', { timeZone: 'Europe/Espoo' }, 'timeZone'],
    ['a start date not in ISO form', { startDate: '5.11.2021' }, 'startDate'],
    ['a start date that does not exist', { startDate: '2022-02-30' }, 'startDate'],
    ['a start date after 2999', { startDate: '3000-01-07', until: '3000-12-31' }, 'startDate'],
    ['a start time not in HH:MM form', { startTime: '9.00' }, 'startTime'],
    ['a start time past midnight', { startTime: '24:00' }, 'startTime'],
    ['an end date not in ISO form', { until: '2023-3-3' }, 'until'],
    ['an end date before the start date', { until: '2021-11-04' }, 'until'],
    ['an end date too far away', { until: '2200-01-01' }, 'until'],
    ['neither an end date nor COUNT', { until: undefined }, 'until'],
    ['a zero duration', { durationMinutes: 0 }, 'durationMinutes'],
    ['a duration over a day', { durationMinutes: 1441 }, 'durationMinutes'],
    ['a fractional duration', { durationMinutes: 1.5 }, 'durationMinutes'],
    ['a month out of range', { exceptMonths: [13] }, 'exceptMonths'],
    ['an excepted date not in ISO form', { exceptDates: ['1.7.2022'] }, 'exceptDates'],
    ['no occurrences at all', { startDate: '2022-01-08', until: '2022-01-31' }, 'rrule'],
    ['every occurrence excepted', { until: '2021-11-30', exceptMonths: [11] }, 'rrule'],
  ])('refuses %s and names the field', (_case, change, field) => {
    const rule = { ...seedProgramme, ...change };
    expect(failingField(rule)).toBe(field);
    expect(SeriesRuleSchema.safeParse(rule).error?.issues[0]?.path).toEqual([field]);
  });
});

describe('SeriesRuleSchema', () => {
  it('accepts the seed programme and reports a bad field by name', () => {
    expect(SeriesRuleSchema.parse(seedProgramme)).toEqual(seedProgramme);
    const issues = SeriesRuleSchema.safeParse({ ...seedProgramme, startTime: '9' }).error?.issues;
    expect(issues).toEqual([
      expect.objectContaining({ path: ['startTime'], message: expect.stringMatching(/HH:MM/) }),
    ]);
  });

  it('names a field of the wrong type and refuses unknown fields', () => {
    expect(
      SeriesRuleSchema.safeParse({ ...seedProgramme, durationMinutes: '90' }).error?.issues[0]?.path,
    ).toEqual(['durationMinutes']);
    expect(SeriesRuleSchema.safeParse({ ...seedProgramme, tzid: 'x' }).success).toBe(false);
  });
});

describe('splitRule', () => {
  it('splits the seed programme into 7 meetings before June 2022 and 10 from it', () => {
    const { before, after } = splitRule(seedProgramme, '2022-06-03');
    expect(before).toEqual({ ...seedProgramme, until: '2022-06-02' });
    expect(after).toEqual({ ...seedProgramme, startDate: '2022-06-03' });
    expect(localDates(before)).toEqual(FIRST_FRIDAYS.slice(0, 7));
    expect(localDates(after)).toEqual(FIRST_FRIDAYS.slice(7));
  });

  it('refuses a date that is not a meeting, is excepted, or is the first meeting', () => {
    const refusals: [SeriesRule, string][] = [
      [seedProgramme, '2022-06-10'],
      [{ ...seedProgramme, exceptMonths: [7] }, '2022-07-01'],
      [seedProgramme, '2021-11-05'],
    ];
    for (const [rule, date] of refusals) {
      expect(() => splitRule(rule, date)).toThrow(RecurrenceError);
    }
  });

  it.each<[string, Partial<SeriesRule>, string]>([
    ['COUNT', { rrule: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=12', until: undefined }, '2022-06-03'],
    [
      'COUNT with an excepted month',
      { rrule: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=12', until: undefined, exceptMonths: [7] },
      '2022-08-05',
    ],
    ['INTERVAL', { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1FR' }, '2022-07-01'],
    [
      'two weekdays every other week',
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR', until: '2022-03-31' },
      '2022-01-24',
    ],
    ['excepted dates', { exceptDates: ['2022-01-07', '2022-12-02'] }, '2022-06-03'],
  ])('keeps the same meetings when splitting a rule with %s', (_case, change, at) => {
    const rule = { ...seedProgramme, ...change };
    const { before, after } = splitRule(rule, at);
    expect(after.startDate).toBe(at);
    expect([...expandSeries(before), ...expandSeries(after)]).toEqual(expandSeries(rule));
  });
});

describe('independence from the process time zone', () => {
  const script = `
    const { expandSeries } = await import(${JSON.stringify(new URL('./recurrence.ts', import.meta.url).href)});
    const rules = JSON.parse(process.argv[1]);
    console.log(JSON.stringify(rules.map((rule) => expandSeries(rule))));
  `;
  const rules: SeriesRule[] = [
    seedProgramme,
    {
      ...seedProgramme,
      rrule: 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU',
      startTime: '03:30',
      until: '2024-12-31',
    },
    { ...seedProgramme, rrule: 'FREQ=WEEKLY;BYDAY=MO,FR', timeZone: 'America/New_York', until: '2022-12-31' },
  ];

  it('gives the same occurrences with TZ set to New York, Kolkata and UTC', async () => {
    const expected = JSON.stringify(rules.map((rule) => expandSeries(rule)));
    const outputs = await Promise.all(
      ['America/New_York', 'Asia/Kolkata', 'UTC'].map(async (zone) => {
        const env = { ...process.env, TZ: zone };
        const { stdout } = await runChild(
          process.execPath,
          ['--input-type=module', '-e', script, JSON.stringify(rules)],
          env,
          `expandSeries in ${zone}`,
        );
        return stdout.trim();
      }),
    );
    expect(outputs).toEqual([expected, expected, expected]);
  });
});
