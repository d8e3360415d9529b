// Synthetic feedback for the demo network: each seed meeting's post-meeting survey answered by a
// share of its head count, with NPS and usefulness that improve (with dips) over the series, and a
// season survey of the network. Drawn from a fixed seed; the rows are written in bulk.
import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '#server/db/client.ts';
import { events } from '#server/features/events/events.tables.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { SurveyWithQuestions } from '#server/features/surveys/surveys.queries.ts';
import { createPeriodicSurvey, postMeetingSurvey } from '#server/features/surveys/surveys.service.ts';
import { surveyResponses } from '#server/features/surveys/surveys.tables.ts';
import type { OrganisationType } from '#shared/people.ts';
import { type Answers, type AnswerValue, type CoreItem, PeriodicSurveyInputSchema } from '#shared/surveys.ts';
import { DEMO_MEETINGS } from './demo-programme.ts';
import {
  choiceAnswers,
  column,
  likertAnswers,
  multipleAnswers,
  npsAnswers,
  pick,
  type Random,
  seeded,
  shuffled,
} from './demo-survey-answers.ts';
import { CHANGE_TEXTS, SEASON_QUESTIONS, SEASON_SURVEY } from './demo-survey-texts.ts';

type Plan = { nps: number; usefulness: number; answered: number; firstTime: number };

/**
 * Per seed meeting, in DEMO_MEETINGS' order: the NPS and usefulness mean it is given, the share of
 * its head count that answered and the share there for the first time. Summer and the crowded
 * February 2023 meeting (245, many newcomers) dip.
 */
const PLAN: readonly Plan[] = [
  { nps: 5, usefulness: 3.4, answered: 0.34, firstTime: 1 },
  { nps: 9, usefulness: 3.5, answered: 0.31, firstTime: 0.7 },
  { nps: 3, usefulness: 3.45, answered: 0.3, firstTime: 0.55 },
  { nps: 14, usefulness: 3.6, answered: 0.33, firstTime: 0.5 },
  { nps: 17, usefulness: 3.7, answered: 0.29, firstTime: 0.45 },
  { nps: 21, usefulness: 3.7, answered: 0.32, firstTime: 0.4 },
  { nps: 18, usefulness: 3.8, answered: 0.28, firstTime: 0.38 },
  { nps: 24, usefulness: 3.9, answered: 0.31, firstTime: 0.35 },
  { nps: 12, usefulness: 3.6, answered: 0.25, firstTime: 0.4 },
  { nps: 26, usefulness: 3.9, answered: 0.3, firstTime: 0.3 },
  { nps: 30, usefulness: 4, answered: 0.34, firstTime: 0.28 },
  { nps: 33, usefulness: 4, answered: 0.33, firstTime: 0.25 },
  { nps: 29, usefulness: 4.1, answered: 0.36, firstTime: 0.25 },
  { nps: 37, usefulness: 4.1, answered: 0.35, firstTime: 0.24 },
  { nps: 40, usefulness: 4.2, answered: 0.37, firstTime: 0.22 },
  { nps: 31, usefulness: 4, answered: 0.36, firstTime: 0.45 },
  { nps: 45, usefulness: 4.3, answered: 0.4, firstTime: 0.2 },
];

/** Who answers: municipalities most, as in the seed's channels. */
const ORGANISATIONS: Record<OrganisationType, number> = {
  municipality: 36,
  'wellbeing-services-county': 14,
  'government-agency': 18,
  ministry: 6,
  'joint-municipal-authority': 6,
  'education-research': 8,
  company: 5,
  association: 4,
  other: 3,
};
/** Respondents who gave the room no organisation type. */
const UNKNOWN_ORGANISATION = 0.12;
/** Of those who answered: how many answered each question (the card asks the NPS first). */
const ANSWERED = { nps: 0.96, usefulness: 0.9, 'first-time': 0.86, change: 0.3 };
/** Days after the meeting an answer came: most the same day, the rest after the reminder. */
const DAYS_LATER = [60, 25, 10, 5];
const SEED = 20211105;

type Row = typeof surveyResponses.$inferInsert;

/** The demo's survey answers: the post-meeting survey's for each seed meeting, and a season survey's. */
export async function loadDemoSurveys(db: Db, network: NetworkRow): Promise<void> {
  if (PLAN.length !== DEMO_MEETINGS.length) throw new Error('the demo plans feedback for every seed meeting');
  const survey = await postMeetingSurvey(db, network);
  const meetings = await seedMeetings(db, network);
  const random = seeded(SEED);
  const rowOf = rowsOf(survey);
  const rows: Row[] = DEMO_MEETINGS.flatMap((meeting, i) => {
    const eventId = meetings.get(meeting.date);
    if (!eventId) throw new Error(`the demo has no meeting on ${meeting.date}`);
    const n = Math.round(meeting.attendance * (PLAN[i] as Plan).answered);
    const answers = meetingAnswers(random, survey, n, PLAN[i] as Plan);
    return answers.map((a) => ({
      ...rowOf(a),
      eventId,
      answeredOn: daysAfter(meeting.date, pick(random, [0, 1, 2, 3], DAYS_LATER)),
      organisationType: random() < UNKNOWN_ORGANISATION ? null : organisationOf(random),
    }));
  });
  const season = await seasonSurvey(db, network, survey);
  rows.push(...seasonAnswers(random, season));
  await insertRows(db, rows);
}

/** The seed series' meetings by date. */
async function seedMeetings(db: Db, network: NetworkRow): Promise<Map<string, string>> {
  const dates = DEMO_MEETINGS.map((m) => m.date);
  const found = await db
    .select({ id: events.id, date: events.localDate })
    .from(events)
    .where(and(eq(events.networkId, network.id), inArray(events.localDate, dates)));
  return new Map(found.map((e) => [e.date, e.id]));
}

const organisationOf = (random: Random) =>
  pick(random, Object.keys(ORGANISATIONS) as OrganisationType[], Object.values(ORGANISATIONS));

const daysAfter = (date: string, days: number) => DateTime.fromISO(date).plus({ days }).toISODate() as string;

/**
 * Response rows of `survey` (its current version). The answers are not checked here, to keep the
 * loader quick: the demo's test checks every one as the answer API would.
 */
const rowsOf = (survey: SurveyWithQuestions) => (answers: Answers) => ({
  networkId: survey.networkId,
  surveyId: survey.id,
  version: survey.version,
  answers,
});

/** The question ids of the core items (the network may have renamed them). */
function idsOf(survey: SurveyWithQuestions): Record<CoreItem, string> {
  const id = (core: CoreItem) => survey.questions.find((q) => q.core === core)?.id ?? core;
  return {
    nps: id('nps'),
    usefulness: id('usefulness'),
    change: id('change'),
    'first-time': id('first-time'),
  };
}

/** One meeting's `n` respondents' answers to the post-meeting survey, as the plan shapes them. */
function meetingAnswers(random: Random, survey: SurveyWithQuestions, n: number, plan: Plan) {
  const count = (item: keyof typeof ANSWERED) => Math.round(n * ANSWERED[item]);
  const ids = idsOf(survey);
  const firstTime = [plan.firstTime, 1 - plan.firstTime];
  const columns: [string, (AnswerValue | undefined)[]][] = [
    [ids.nps, column(random, n, npsAnswers(random, count('nps'), plan.nps))],
    [ids.usefulness, column(random, n, likertAnswers(random, count('usefulness'), plan.usefulness))],
    [ids.change, column(random, n, changeTexts(random, count('change')))],
    [
      ids['first-time'],
      column(random, n, choiceAnswers(random, count('first-time'), ['yes', 'no'], firstTime)),
    ],
  ];
  return respondents(n, columns);
}

/** `n` texts from the pool, each at most once per meeting. */
const changeTexts = (random: Random, n: number) => shuffled(random, [...CHANGE_TEXTS]).slice(0, n);

/** Columns of answers, one per question, as one answers object per respondent. */
function respondents(n: number, columns: [string, (AnswerValue | undefined)[]][]) {
  return Array.from({ length: n }, (_, i) => {
    const answers: Record<string, AnswerValue> = {};
    for (const [id, values] of columns) {
      const value = values[i];
      if (value !== undefined) answers[id] = value;
    }
    return answers;
  });
}

/** The season survey, asking the post-meeting survey's NPS and usefulness as they are, and its own questions. */
async function seasonSurvey(db: Db, network: NetworkRow, postMeeting: SurveyWithQuestions) {
  const core = postMeeting.questions.filter((q) => q.core === 'nps' || q.core === 'usefulness');
  const input = PeriodicSurveyInputSchema.parse({
    ...SEASON_SURVEY,
    anonymous: true,
    questions: [...core, ...SEASON_QUESTIONS],
  });
  return createPeriodicSurvey(db, network, input);
}

const SEASON = { respondents: 60, nps: 38, usefulness: 4.1 };
/** Per row of the operating-model matrix: its mean, and the share who cannot say. */
const MATRIX: Record<string, [mean: number, cantSay: number]> = {
  rhythm: [4.4, 0],
  length: [3.7, 0],
  themes: [4.1, 0],
  chat: [3.9, 0.1],
  materials: [3.3, 0.12],
};
const TOPICS = { ai: 9, legislation: 5, accessibility: 4, data: 6, procurement: 3, services: 7, change: 4 };

/** ~60 answers in March 2023: most in the first days, a second wave after the reminder on the 15th. */
function seasonAnswers(random: Random, survey: SurveyWithQuestions): Row[] {
  const n = SEASON.respondents;
  const matrix = Object.entries(MATRIX).map(
    ([row, [mean, cantSay]]) =>
      [row, column(random, n, likertAnswers(random, n - 6, mean, cantSay))] as const,
  );
  const matrixAnswers = Array.from({ length: n }, (_, i) => {
    const given = matrix.flatMap(([row, values]) => (values[i] === undefined ? [] : [[row, values[i]]]));
    return given.length > 0 ? (Object.fromEntries(given) as AnswerValue) : undefined;
  });
  const topics = Object.entries(TOPICS).map(([id, weight]) => ({ id, weight }));
  const ids = idsOf(survey);
  const columns: [string, (AnswerValue | undefined)[]][] = [
    [ids.nps, column(random, n, npsAnswers(random, n - 3, SEASON.nps))],
    [ids.usefulness, column(random, n, likertAnswers(random, n - 4, SEASON.usefulness))],
    ['operating-model', matrixAnswers],
    ['topics', column(random, n, multipleAnswers(random, n - 8, topics, 3))],
    ['format', column(random, n, choiceAnswers(random, n - 5, ['online', 'hybrid', 'in-person'], [6, 3, 1]))],
  ];
  const days = Array.from(
    { length: 31 },
    (_, d) => 1 + 8 * Math.exp(-d / 2) + (d >= 14 ? 5 * Math.exp(-(d - 14) / 2) : 0),
  );
  const rowOf = rowsOf(survey);
  return respondents(n, columns).map((answers) => ({
    ...rowOf(answers),
    eventId: null,
    answeredOn: daysAfter(SEASON_SURVEY.opensOn, pick(random, [...days.keys()], days)),
    organisationType: null,
  }));
}

/** In bulk, a statement per thousand rows (PostgreSQL takes at most 65,535 parameters). */
async function insertRows(db: Db, rows: Row[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(surveyResponses).values(rows.slice(i, i + 1000));
}
