/**
 * Recurring meeting series: an RFC 5545 RRULE plus a local start date, time and time zone, expanded
 * into concrete occurrences.
 *
 * Dates are computed as wall-clock dates (rrule in its UTC "floating" mode, no `tzid`), and only then
 * is each local date and time turned into an instant in the series' zone with luxon. rrule's own
 * `tzid` support gives instants that depend on the process time zone, so it is not used.
 *
 * Decisions:
 * - The rule text holds the pattern only. UNTIL and DTSTART in it are refused: the end date is
 *   `until` (a local date, inclusive) and the first date is `startDate`. COUNT is allowed, also
 *   together with `until` (the series then ends at whichever comes first).
 * - Repetition is daily at most often (no HOURLY/MINUTELY/SECONDLY, no BYHOUR/BYMINUTE/BYSECOND): the
 *   time of day is `startTime`, and an occurrence is identified by its local date.
 * - A start time that falls in a DST gap (03:30 on the last Sunday of March in Helsinki) moves forward
 *   by the gap, as luxon does and as RFC 5545 reads such a DTSTART (04:30 EEST). A time that occurs
 *   twice (03:30 on the last Sunday of October) is the first of the two, as in RFC 5545 — luxon alone
 *   would pick the second.
 * - MAX_OCCURRENCES counts the dates the rule produces before `exceptMonths`/`exceptDates` remove
 *   any, so the limit check stops after MAX_OCCURRENCES + 1 dates whatever the rule.
 * - Dates are looked for at most MAX_SPAN_YEARS after `startDate` (a later `until` is refused; a
 *   COUNT rule simply ends there). A rule that never matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30)
 *   then costs rrule a walk of at most MAX_SPAN_YEARS + 400 years, see yearsToShiftSearch.
 */
import { DateTime, IANAZone } from 'luxon';
import rrulePkg from 'rrule';
import { z } from 'zod';
import type { FieldIssue } from '#shared/errors.ts';

const { RRule } = rrulePkg;

export type SeriesRule = {
  /** RFC 5545 RRULE body without DTSTART/UNTIL, e.g. 'FREQ=MONTHLY;BYDAY=1FR' ('RRULE:' prefix allowed). */
  rrule: string;
  /** 'YYYY-MM-DD' local date of the first possible occurrence. */
  startDate: string;
  /** 'HH:MM' local wall-clock time. */
  startTime: string;
  /** 1..1440 */
  durationMinutes: number;
  /** IANA zone, e.g. 'Europe/Helsinki'. */
  timeZone: string;
  /** 'YYYY-MM-DD' last local date (inclusive); required unless the rrule has COUNT. */
  until?: string;
  /** 1..12, e.g. [7] for "except July". */
  exceptMonths?: number[];
  /** 'YYYY-MM-DD' local dates to skip. */
  exceptDates?: string[];
};

export type Occurrence = { localDate: string; startsAt: Date; endsAt: Date };

export const MAX_OCCURRENCES = 500;
export const MAX_SPAN_YEARS = 100;
const MAX_RRULE_LENGTH = 500;
const RRULE_LAST_YEAR = 9999;
const A_DATE = 'a date in the form YYYY-MM-DD, in the years 1900–2999';

/**
 * A rule that cannot be expanded: `field` names the culprit, `issue` says why in a code the web
 * shows in the reader's language, and `message` says it in English.
 */
export class RecurrenceError extends Error {
  readonly field: keyof SeriesRule;
  readonly issue: FieldIssue;
  constructor(field: keyof SeriesRule, issue: FieldIssue['code'] | FieldIssue, message: string) {
    super(message);
    this.name = 'RecurrenceError';
    this.field = field;
    this.issue = typeof issue === 'string' ? { code: issue } : issue;
  }
}

/**
 * The occurrences of a series, in order, each with its local date and its start and end instants.
 * @throws RecurrenceError when the rule is invalid, unbounded, empty or longer than MAX_OCCURRENCES.
 */
export function expandSeries(rule: SeriesRule): Occurrence[] {
  const { localDates } = compileSeries(rule);
  const occurrences = withoutExceptions(rule, localDates).map((localDate) => toOccurrence(rule, localDate));
  if (occurrences.length === 0) {
    throw new RecurrenceError(
      'rrule',
      'no-dates',
      'The recurrence rule gives no meeting dates in the chosen period.',
    );
  }
  return occurrences;
}

/**
 * Splits a series for a "this and following" edit: `before` ends the day before `atLocalDate`,
 * `after` starts on it with the same pattern (so BYDAY=1FR still means the first Friday). A COUNT is
 * replaced by `until` in `before` and reduced to the remaining dates in `after`.
 * @throws RecurrenceError (field `startDate`) unless `atLocalDate` is an occurrence after the first.
 */
export function splitRule(rule: SeriesRule, atLocalDate: string): { before: SeriesRule; after: SeriesRule } {
  const { parts, localDates } = compileSeries(rule);
  const occurrenceDates = withoutExceptions(rule, localDates);
  const index = occurrenceDates.indexOf(atLocalDate);
  if (index < 0) {
    throw new RecurrenceError(
      'startDate',
      'not-a-meeting-date',
      `${atLocalDate} is not a meeting date in this series.`,
    );
  }
  if (index === 0) {
    throw new RecurrenceError(
      'startDate',
      'first-meeting',
      'Nothing comes before the first meeting; change the whole series.',
    );
  }
  const count = parts.get('COUNT');
  const datesBefore = localDates.filter((date) => date < atLocalDate).length;
  const before: SeriesRule = {
    ...rule,
    rrule: count === undefined ? rule.rrule : formatRRule(parts, { COUNT: undefined }),
    until: dayBefore(atLocalDate),
  };
  const after: SeriesRule = {
    ...rule,
    rrule:
      count === undefined ? rule.rrule : formatRRule(parts, { COUNT: String(Number(count) - datesBefore) }),
    startDate: atLocalDate,
  };
  if (rule.exceptDates) {
    before.exceptDates = rule.exceptDates.filter((date) => date < atLocalDate);
    after.exceptDates = rule.exceptDates.filter((date) => date >= atLocalDate);
  }
  return { before, after };
}

/** Zod schema for a SeriesRule in an API body: the shape, then every check of expandSeries. */
export const SeriesRuleSchema = z
  .strictObject({
    rrule: z.string({ error: 'Recurrence rule is required.' }),
    startDate: z.string({ error: 'Start date is required.' }),
    startTime: z.string({ error: 'Start time is required.' }),
    durationMinutes: z.number({ error: 'Duration must be a number of minutes.' }),
    timeZone: z.string({ error: 'Time zone is required.' }),
    until: z.string({ error: `End date must be ${A_DATE}.` }).optional(),
    exceptMonths: z
      .array(z.number(), { error: 'Excepted months must be a list of month numbers.' })
      .max(12, { error: 'Give at most 12 excepted months.' })
      .optional(),
    exceptDates: z
      .array(z.string(), { error: 'Excepted dates must be a list of dates.' })
      .max(MAX_OCCURRENCES, { error: `Give at most ${MAX_OCCURRENCES} excepted dates.` })
      .optional(),
  })
  .superRefine((rule, ctx) => {
    try {
      expandSeries(rule);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      ctx.addIssue({ code: 'custom', path: [error.field], message: error.message });
    }
  }) satisfies z.ZodType<SeriesRule>;

// --- Validation and expansion -------------------------------------------------------------------

type RRuleParts = Map<string, string>;

/** Validates the rule and lists the local dates its RRULE produces (before exceptions). */
function compileSeries(rule: SeriesRule): { parts: RRuleParts; localDates: string[] } {
  checkFields(rule);
  const parts = parseRRule(rule.rrule);
  checkBounds(rule, parts);
  return { parts, localDates: listRuleDates(rule, parts) };
}

function checkFields(rule: SeriesRule): void {
  if (!IANAZone.isValidZone(rule.timeZone)) {
    throw new RecurrenceError(
      'timeZone',
      'not-a-time-zone',
      `Unknown time zone "${rule.timeZone}"; use a name like Europe/Helsinki.`,
    );
  }
  if (!isLocalDate(rule.startDate)) {
    throw new RecurrenceError('startDate', 'not-a-date', `Start date must be ${A_DATE}.`);
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(rule.startTime)) {
    throw new RecurrenceError(
      'startTime',
      'not-a-time',
      'Start time must be a time in the form HH:MM, e.g. 09:00.',
    );
  }
  if (!Number.isInteger(rule.durationMinutes) || rule.durationMinutes < 1 || rule.durationMinutes > 1440) {
    throw new RecurrenceError(
      'durationMinutes',
      rule.durationMinutes > 1440 ? { code: 'too-large', limit: 1440 } : { code: 'too-small', limit: 1 },
      'Duration must be a whole number of minutes from 1 to 1440.',
    );
  }
  if (rule.until !== undefined && !isLocalDate(rule.until)) {
    throw new RecurrenceError('until', 'not-a-date', `End date must be ${A_DATE}.`);
  }
  if (rule.exceptMonths?.some((month) => !Number.isInteger(month) || month < 1 || month > 12)) {
    throw new RecurrenceError(
      'exceptMonths',
      'invalid-choice',
      'Excepted months must be month numbers from 1 to 12.',
    );
  }
  if (rule.exceptDates?.some((date) => !isLocalDate(date))) {
    throw new RecurrenceError('exceptDates', 'not-a-date', `Each excepted date must be ${A_DATE}.`);
  }
}

function checkBounds(rule: SeriesRule, parts: RRuleParts): void {
  if (rule.until === undefined && !parts.has('COUNT')) {
    throw new RecurrenceError('until', 'end-needed', 'Give an end date, or COUNT in the recurrence rule.');
  }
  if (rule.until === undefined) return;
  if (rule.until < rule.startDate) {
    throw new RecurrenceError('until', 'before-start', 'End date must not be before the start date.');
  }
  if (rule.until > searchHorizon(rule.startDate)) {
    throw new RecurrenceError(
      'until',
      { code: 'too-far', limit: MAX_SPAN_YEARS },
      `End date must be within ${MAX_SPAN_YEARS} years of the start date.`,
    );
  }
}

/** The rule's dates as 'YYYY-MM-DD', stopping as soon as there are too many. */
function listRuleDates(rule: SeriesRule, parts: RRuleParts): string[] {
  const lastDate = rule.until ?? searchHorizon(rule.startDate);
  const shift = yearsToShiftSearch(lastDate);
  const rrule = new RRule({
    ...RRule.parseString(formatRRule(parts)),
    dtstart: floatingDate(shiftYears(rule.startDate, shift)),
    until: floatingDate(shiftYears(lastDate, shift)),
  });
  const dates = rrule.all((_date, countSoFar) => countSoFar <= MAX_OCCURRENCES);
  if (dates.length > MAX_OCCURRENCES) {
    throw new RecurrenceError(
      'rrule',
      { code: 'too-many-meetings', limit: MAX_OCCURRENCES },
      `The series would have more than ${MAX_OCCURRENCES} meetings; choose an earlier end date or a smaller COUNT.`,
    );
  }
  return dates.map((date) => shiftYears(date.toISOString().slice(0, 10), -shift));
}

/**
 * rrule checks `until` only when a date matches, so a rule that never matches walks on to rrule's
 * last year, 9999 (12 s for FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30). The Gregorian calendar repeats
 * exactly every 400 years, weekdays and week numbers included, so the search is moved by whole
 * cycles to end within 400 years of 9999, which bounds that walk, and the dates are moved back.
 */
function yearsToShiftSearch(lastDate: string): number {
  return 400 * Math.floor((RRULE_LAST_YEAR - Number(lastDate.slice(0, 4))) / 400);
}

function withoutExceptions(rule: SeriesRule, localDates: string[]): string[] {
  const exceptMonths = new Set(rule.exceptMonths);
  const exceptDates = new Set(rule.exceptDates);
  return localDates.filter((date) => !exceptDates.has(date) && !exceptMonths.has(Number(date.slice(5, 7))));
}

function toOccurrence(rule: SeriesRule, localDate: string): Occurrence {
  const startsAt = localToInstant(localDate, rule.startTime, rule.timeZone);
  return { localDate, startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000) };
}

/**
 * The instant of a wall-clock time in a zone, read as RFC 5545 reads a DTSTART with TZID, so that
 * calendar clients show the same instant: a time in a DST gap moves forward (luxon's choice too), and
 * a time that occurs twice is the earlier one.
 */
export function localToInstant(localDate: string, time: string, zone: string): Date {
  const local = DateTime.fromISO(`${localDate}T${time}`, { zone });
  const earliest = Math.min(local.toMillis(), ...local.getPossibleOffsets().map((dt) => dt.toMillis()));
  return new Date(earliest);
}

// --- RRULE text ---------------------------------------------------------------------------------

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const UP_TO_53 = '[+-]?([1-9]|[1-4]\\d|5[0-3])';
const UP_TO_366 = '[+-]?([1-9]|[1-9]\\d|[12]\\d\\d|3[0-5]\\d|36[0-6])';
const listOf = (item: string) => new RegExp(`^${item}(,${item})*$`);

/** RFC 5545 value syntax for each supported part; rrule's own parser accepts e.g. COUNT=abc. */
const PART_SYNTAX: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  COUNT: /^[1-9]\d{0,8}$/,
  INTERVAL: /^[1-9]\d{0,3}$/,
  BYDAY: listOf(`(${UP_TO_53})?${WEEKDAY}`),
  BYMONTHDAY: listOf('[+-]?([1-9]|[12]\\d|3[01])'),
  BYYEARDAY: listOf(UP_TO_366),
  BYWEEKNO: listOf(UP_TO_53),
  BYMONTH: listOf('([1-9]|1[0-2])'),
  BYSETPOS: listOf(UP_TO_366),
  WKST: new RegExp(`^${WEEKDAY}$`),
};

const REFUSED_PARTS: Record<string, string> = {
  UNTIL: 'Give the end date as the end date field, not as UNTIL in the recurrence rule.',
  BYHOUR: 'The time of day is the start time; BYHOUR is not supported.',
  BYMINUTE: 'The time of day is the start time; BYMINUTE is not supported.',
  BYSECOND: 'The time of day is the start time; BYSECOND is not supported.',
};

/** RFC 5545 limits on which FREQ a part may be used with. */
const ALLOWED_FREQS: Record<string, string[]> = {
  BYWEEKNO: ['YEARLY'],
  BYYEARDAY: ['YEARLY'],
  BYMONTHDAY: ['DAILY', 'MONTHLY', 'YEARLY'],
};

/** Strictly parses an RRULE body into its parts, in their original order. */
function parseRRule(text: string): RRuleParts {
  const body = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
  if (body.length > MAX_RRULE_LENGTH) throw rruleError('The recurrence rule is too long.');
  if (body.includes('DTSTART')) throw rruleError('Give the first date as the start date, not as DTSTART.');
  if (/[\r\n:]/.test(body)) throw rruleError('Give one recurrence rule, such as FREQ=MONTHLY;BYDAY=1FR.');
  const parts: RRuleParts = new Map();
  for (const part of body.split(';')) {
    const [name = '', value, ...rest] = part.split('=');
    if (value === undefined || rest.length > 0) throw rruleError(`"${part}" is not of the form NAME=VALUE.`);
    checkPart(name, value);
    if (parts.has(name)) throw rruleError(`${name} is given twice.`);
    parts.set(name, value);
  }
  checkPartCombinations(parts);
  return parts;
}

function checkPart(name: string, value: string): void {
  const refusal = REFUSED_PARTS[name];
  if (refusal) throw rruleError(refusal);
  if (name === 'FREQ' && /^(HOURLY|MINUTELY|SECONDLY)$/.test(value)) {
    throw rruleError('Meetings can repeat daily at most often (DAILY, WEEKLY, MONTHLY or YEARLY).');
  }
  const syntax = PART_SYNTAX[name];
  if (!syntax) throw rruleError(`${name} is not a supported part of a recurrence rule.`);
  if (!syntax.test(value)) throw rruleError(`${name}=${value} is not valid.`);
}

function checkPartCombinations(parts: RRuleParts): void {
  const freq = parts.get('FREQ');
  if (!freq) throw rruleError('The recurrence rule needs FREQ, e.g. FREQ=MONTHLY.');
  for (const [name, freqs] of Object.entries(ALLOWED_FREQS)) {
    if (parts.has(name) && !freqs.includes(freq)) {
      throw rruleError(`${name} cannot be used with FREQ=${freq}.`);
    }
  }
  const hasOrdinalDay = /(^|,)[+-]?\d/.test(parts.get('BYDAY') ?? '');
  if (hasOrdinalDay && (!['MONTHLY', 'YEARLY'].includes(freq) || parts.has('BYWEEKNO'))) {
    throw rruleError('A numbered weekday such as 1FR needs FREQ=MONTHLY or FREQ=YEARLY without BYWEEKNO.');
  }
  const hasOtherBy = [...parts.keys()].some((name) => name.startsWith('BY') && name !== 'BYSETPOS');
  if (parts.has('BYSETPOS') && !hasOtherBy) {
    throw rruleError('BYSETPOS needs another BY… part, such as BYDAY.');
  }
}

function formatRRule(parts: RRuleParts, changes: Record<string, string | undefined> = {}): string {
  const changed = new Map(parts);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) changed.delete(name);
    else changed.set(name, value);
  }
  return [...changed].map(([name, value]) => `${name}=${value}`).join(';');
}

function rruleError(message: string): RecurrenceError {
  return new RecurrenceError('rrule', 'invalid-rule', message);
}

// --- Local dates --------------------------------------------------------------------------------

function isLocalDate(text: string): boolean {
  return /^(19|2\d)\d\d-\d\d-\d\d$/.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid;
}

/** A local date as rrule's floating Date: its UTC fields are the wall-clock fields. */
function floatingDate(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}

function shiftYears(localDate: string, years: number): string {
  return `${String(Number(localDate.slice(0, 4)) + years).padStart(4, '0')}${localDate.slice(4)}`;
}

function dayBefore(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: 'utc' }).minus({ days: 1 }).toISODate() ?? localDate;
}

function searchHorizon(startDate: string): string {
  return (
    DateTime.fromISO(startDate, { zone: 'utc' }).plus({ years: MAX_SPAN_YEARS }).toISODate() ?? startDate
  );
}
