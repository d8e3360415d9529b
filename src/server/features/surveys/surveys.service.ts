import type { Db, Tx } from '#server/db/client.ts';
import { findEventBySlug } from '#server/features/events/events.queries.ts';
import { findParticipant } from '#server/features/live/live.queries.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { BadRequest, Conflict, fieldsFromIssues, NotFound } from '#server/platform/errors.ts';
import { translator } from '#server/platform/i18n.ts';
import { FIELD_TEXT, type FieldIssue } from '#shared/errors.ts';
import { LANGUAGES, type LocalizedText } from '#shared/languages.ts';
import {
  type Answers,
  answersSchemaOf,
  type EditSurvey,
  missingRequired,
  type PeriodicSurveyInput,
  type Question,
  type ResultsFilter,
  type SurveyExportQuery,
} from '#shared/surveys.ts';
import { categoriesOf, crossTab } from './survey-crosstab.ts';
import { codebookTable, csvOf, EXPORT_TYPES, resultTable, xlsxOf } from './survey-export.ts';
import { questionResult } from './survey-results.ts';
import {
  continuationToken,
  type SurveyTokenSubject,
  surveyToken,
  tokenUseKey,
  verifyContinuation,
  verifySurveyToken,
} from './survey-token.ts';
import { surveyTrend } from './survey-trend.ts';
import * as policy from './surveys.policy.ts';
import * as q from './surveys.queries.ts';

export type SurveyDeps = { db: Db; secret: string };
type Event = NonNullable<Awaited<ReturnType<typeof findEventBySlug>>>;

/** A text from the translation files in all three languages. */
const inAllLanguages = (key: string): LocalizedText =>
  Object.fromEntries(LANGUAGES.map((language) => [language, translator(language)(key)]));

/** The four items every post-meeting survey starts with (the network may edit their texts). */
export function defaultQuestions(): Question[] {
  const text = (key: string) => inAllLanguages(`surveys.defaults.${key}`);
  return [
    { id: 'nps', core: 'nps', type: 'nps', text: text('nps'), help: {}, required: false },
    {
      id: 'usefulness',
      core: 'usefulness',
      type: 'likert',
      text: text('usefulness'),
      help: {},
      required: false,
    },
    { id: 'change', core: 'change', type: 'text', text: text('change'), help: {}, required: false },
    {
      id: 'first-time',
      core: 'first-time',
      type: 'single',
      text: text('firstTime'),
      help: {},
      required: false,
      options: [
        { id: 'yes', text: text('yes') },
        { id: 'no', text: text('no') },
      ],
    },
  ];
}

/** The network's post-meeting survey, made with the default items the first time it is asked for. */
export async function postMeetingSurvey(db: Db, network: NetworkRow): Promise<q.SurveyWithQuestions> {
  const existing = await q.findPostMeetingSurvey(db, { networkId: network.id });
  if (existing) return existing;
  const values = {
    networkId: network.id,
    kind: 'post-meeting' as const,
    title: inAllLanguages('surveys.defaults.title'),
    closeAfterDays: 14,
  };
  // Another request may have made it meanwhile: the insert then does nothing, and either is read.
  await db.transaction((tx) => q.insertSurvey(tx, values, defaultQuestions()));
  const survey = await q.findPostMeetingSurvey(db, { networkId: network.id });
  if (!survey) throw new Error(`network ${network.id} has no post-meeting survey`);
  return survey;
}

export async function listSurveys(db: Db, network: NetworkRow) {
  await postMeetingSurvey(db, network);
  return q.listSurveys(db, { networkId: network.id });
}

export async function getSurvey(db: Db, network: NetworkRow, surveyId: string) {
  const survey = await q.findSurvey(db, { networkId: network.id, surveyId });
  if (!survey) throw new NotFound('The survey');
  return survey;
}

/** How many answered a survey, in every version. */
export const responsesTo = (db: Db, survey: q.SurveyRow) =>
  q.countResponses(db, { networkId: survey.networkId, surveyId: survey.id });

export async function createPeriodicSurvey(db: Db, network: NetworkRow, input: PeriodicSurveyInput) {
  const { questions, ...values } = input;
  const id = await db.transaction((tx) =>
    q.insertSurvey(tx, { ...values, networkId: network.id, kind: 'periodic' }, questions),
  );
  return getSurvey(db, network, id as string);
}

/**
 * Saves a survey's new questions and texts. Once the current version has answers, a change to
 * anything but texts makes a new version, so answers are always read with the questions they
 * answered; a question id keeps its type across versions.
 */
export async function editSurvey(db: Db, network: NetworkRow, surveyId: string, input: EditSurvey) {
  await db.transaction(async (tx) => {
    const survey = await q.findSurvey(tx, { networkId: network.id, surveyId, lock: true });
    if (!survey) throw new NotFound('The survey');
    const own = kindFields(survey, input);
    const answered =
      (await q.countResponses(tx, { networkId: network.id, surveyId, version: survey.version })) > 0;
    // Every earlier version was answered (a version is made only then); the current one may not be.
    const versions = await q.listVersions(tx, { networkId: network.id, surveyId });
    const asked = versions.filter((v) => answered || v.version < survey.version);
    refuseTypeChanges(
      asked.flatMap((v) => v.questions),
      input.questions,
    );
    const version =
      answered && !policy.sameStructure(survey.questions, input.questions)
        ? survey.version + 1
        : survey.version;
    const { title, intro, anonymous, questions } = input;
    await q.saveVersion(tx, { networkId: network.id, surveyId, version, questions });
    const values = { title, intro, anonymous, ...own, version };
    await q.updateSurvey(tx, { networkId: network.id, surveyId, values });
  });
  return getSurvey(db, network, surveyId);
}

/** The fields of the survey's own kind: a periodic survey's dates, the post-meeting survey's days open. */
function kindFields(survey: q.SurveyRow, input: EditSurvey): Partial<q.NewSurvey> {
  const fields: Record<string, string> = {};
  const { opensOn, closesOn, closeAfterDays } = input;
  if (survey.kind === 'periodic') {
    if (closeAfterDays !== undefined) fields.closeAfterDays = FIELD_TEXT['unknown-field'];
    if (!opensOn) fields.opensOn = FIELD_TEXT.required;
    if (!closesOn) fields.closesOn = FIELD_TEXT.required;
    if (opensOn && closesOn && closesOn < opensOn) fields.closesOn = 'must not be before opensOn';
  } else {
    if (opensOn !== undefined) fields.opensOn = FIELD_TEXT['unknown-field'];
    if (closesOn !== undefined) fields.closesOn = FIELD_TEXT['unknown-field'];
  }
  if (Object.keys(fields).length > 0)
    throw new BadRequest(`These are not the fields of a ${survey.kind} survey.`, fields);
  return survey.kind === 'periodic'
    ? { opensOn, closesOn }
    : { closeAfterDays: closeAfterDays ?? survey.closeAfterDays };
}

/** A question id that was answered as one type cannot be reused as another. */
function refuseTypeChanges(asked: Question[], questions: Question[]) {
  const typeOf = new Map(asked.map((question) => [question.id, question.type]));
  const fields: Record<string, string> = {};
  for (const [index, question] of questions.entries()) {
    const before = typeOf.get(question.id);
    if (before && before !== question.type) fields[`questions.${index}.type`] = FIELD_TEXT['type-changed'];
  }
  if (Object.keys(fields).length > 0) throw new BadRequest('A question changed its type.', fields);
}

// --- Answering -------------------------------------------------------------------------------

export type SurveyTarget = { survey: q.SurveyWithQuestions; event: Event | null; timeZone: string };

/** The post-meeting survey of a meeting, by the meeting's address name. */
export async function meetingTarget(db: Db, network: NetworkRow, eventSlug: string): Promise<SurveyTarget> {
  const event = await findEventBySlug(db, { networkId: network.id, slug: eventSlug });
  if (!event || !policy.asksFeedback(event)) throw new NotFound('The meeting');
  return { survey: await postMeetingSurvey(db, network), event, timeZone: network.timeZone };
}

/** A periodic survey of the network. */
export async function periodicTarget(db: Db, network: NetworkRow, surveyId: string): Promise<SurveyTarget> {
  const survey = await q.findSurvey(db, { networkId: network.id, surveyId });
  if (survey?.kind !== 'periodic') throw new NotFound('The survey');
  return { survey, event: null, timeZone: network.timeZone };
}

const scopeOf = ({ survey, event }: SurveyTarget) => ({ surveyId: survey.id, eventId: event?.id ?? null });

/** The token a participant of the meeting's live room answers its survey with. */
export async function roomToken(
  deps: SurveyDeps,
  network: NetworkRow,
  eventSlug: string,
  participantToken: string,
) {
  const target = await meetingTarget(deps.db, network, eventSlug);
  const event = target.event as Event;
  const participant = await findParticipant(deps.db, {
    networkId: network.id,
    eventId: event.id,
    token: participantToken,
  });
  if (!participant)
    throw new BadRequest('Enter the room first.', { participantToken: FIELD_TEXT['token-invalid'] });
  return surveyToken(deps.secret, scopeOf(target), { kind: 'room', id: participant.id });
}

/** Who a token's subject is, as far as the answers may say: an organisation type, and an address. */
async function knownOf(db: Db, target: SurveyTarget, subject: SurveyTokenSubject) {
  const networkId = target.survey.networkId;
  if (subject.kind === 'mail') return q.mailRespondent(db, { networkId, subscriberId: subject.id });
  if (!target.event) return null;
  return q.roomRespondent(db, { networkId, eventId: target.event.id, participantId: subject.id });
}

/**
 * What a verified token tells about the respondent: an organisation type (from the room or the
 * mailing list), and, only for a survey that is not anonymous, their address.
 */
async function respondentOf(deps: SurveyDeps, target: SurveyTarget, token: string | undefined) {
  const subject = token ? verifySurveyToken(deps.secret, scopeOf(target), token) : null;
  if (!token || !subject) {
    throw new BadRequest('The link is not valid for this survey.', { token: FIELD_TEXT['token-invalid'] });
  }
  const known = await knownOf(deps.db, target, subject);
  return {
    useKey: tokenUseKey(token),
    organisationType: known?.organisationType ?? null,
    respondentEmail: target.survey.anonymous ? null : (known?.email?.toLowerCase() ?? null),
  };
}

/**
 * The personal one-time links of a meeting's thank-you e-mail, one per subscriber; null when the
 * meeting asks no feedback or its survey no longer takes answers.
 */
export async function feedbackLinks(
  deps: SurveyDeps & { publicUrl: string },
  network: NetworkRow,
  event: Event,
) {
  if (!policy.asksFeedback(event)) return null;
  const target: SurveyTarget = {
    survey: await postMeetingSurvey(deps.db, network),
    event,
    timeZone: network.timeZone,
  };
  if (policy.statusOf(target, new Date()) === 'closed') return null;
  const page = `${deps.publicUrl}/n/${network.slug}/feedback/${encodeURIComponent(event.slug)}`;
  return (subscriberId: string) =>
    `${page}?token=${surveyToken(deps.secret, scopeOf(target), { kind: 'mail', id: subscriberId })}`;
}

type Submission = {
  answers: Record<string, unknown>;
  token?: string;
  continuation?: string;
  partial?: boolean;
};

/**
 * Saves one person's answers, or completes the answers a continuation names. Returns the
 * continuation, which only the respondent's browser keeps.
 */
export async function submitAnswers(
  deps: SurveyDeps,
  target: SurveyTarget,
  input: Submission,
  now = new Date(),
) {
  if (policy.statusOf(target, now) !== 'open') {
    throw new Conflict('This survey is not taking answers now.', { answers: FIELD_TEXT['survey-closed'] });
  }
  const responseId = input.continuation
    ? await completeAnswers(deps, target, input.continuation, input.answers)
    : await firstAnswers(deps, target, input, now);
  return { thanks: true as const, continuation: continuationToken(deps.secret, responseId) };
}

/**
 * The answers, checked against the questions: invalid and missing ones are named together. A
 * partial submission (the room's card) may leave required questions for later.
 */
function checked(questions: Question[], given: Record<string, unknown>, partial = false): Answers {
  const parsed = answersSchemaOf(questions).safeParse(given);
  const missing = partial ? [] : missingRequired(questions, given);
  const fields = {
    ...Object.fromEntries(missing.map((id) => [`answers.${id}`, FIELD_TEXT.required])),
    ...(parsed.success ? {} : fieldsOf(parsed.error.issues)),
  };
  if (Object.keys(fields).length > 0) throw new BadRequest('Some answers are not valid.', fields);
  return parsed.data as Answers;
}

/**
 * The token's use and the answers are written in one transaction but to two tables with nothing in
 * common: the answer row has a random id, the day and no person.
 */
async function firstAnswers(deps: SurveyDeps, target: SurveyTarget, input: Submission, now: Date) {
  const { survey, event } = target;
  const answers = checked(survey.questions, input.answers, input.partial);
  const respondent = await respondentOf(deps, target, input.token);
  const scope = { networkId: survey.networkId, surveyId: survey.id };
  return deps.db.transaction(async (tx) => {
    if (!(await q.useToken(tx, { ...scope, tokenKey: respondent.useKey }))) {
      throw new Conflict('This link has already been used to answer.', { token: FIELD_TEXT['token-used'] });
    }
    return q.insertResponse(tx, {
      ...scope,
      version: survey.version,
      eventId: event?.id ?? null,
      answeredOn: policy.dayOf(now, target.timeZone),
      organisationType: respondent.organisationType,
      respondentEmail: respondent.respondentEmail,
      answers,
    });
  });
}

/** Adds to (or changes) earlier answers: the new ones over the old, checked together. */
async function completeAnswers(
  deps: SurveyDeps,
  target: SurveyTarget,
  continuation: string,
  given: Record<string, unknown>,
) {
  const { survey, event } = target;
  const responseId = verifyContinuation(deps.secret, continuation);
  const invalid = () =>
    new BadRequest('These answers cannot be completed here.', { continuation: FIELD_TEXT['token-invalid'] });
  if (!responseId) throw invalid();
  await deps.db.transaction(async (tx) => {
    const scope = {
      networkId: survey.networkId,
      surveyId: survey.id,
      eventId: event?.id ?? null,
      responseId,
    };
    const row = await q.findResponse(tx, scope);
    if (!row) throw invalid();
    const questions = row.version === survey.version ? survey.questions : await versionQuestions(tx, row);
    await q.setAnswers(tx, { ...scope, answers: checked(questions, { ...row.answers, ...given }) });
  });
  return responseId;
}

async function versionQuestions(db: Tx, row: q.ResponseRow): Promise<Question[]> {
  const versions = await q.listVersions(db, { networkId: row.networkId, surveyId: row.surveyId });
  return versions.find((v) => v.version === row.version)?.questions ?? [];
}

/** zod's issues as the field problems of a 400, keeping their codes and limits. */
function fieldsOf(issues: Parameters<typeof fieldsFromIssues>[0]) {
  const report = fieldsFromIssues(issues, ['answers']);
  return Object.fromEntries(
    Object.entries(report.fields).map(
      ([path, message]) => [path, { ...report.fieldIssues[path], message }] as const,
    ),
  ) as Record<string, FieldIssue & { message: string }>;
}

// --- Results ---------------------------------------------------------------------------------

/** The results of a survey for the organisers, counts under `minCount` hidden. */
export async function results(
  db: Db,
  network: NetworkRow,
  surveyId: string,
  filter: ResultsFilter,
  minCount: number,
) {
  const survey = await getSurvey(db, network, surveyId);
  const answers = (await filteredAnswers(db, survey, filter)).map((r) => r.answers);
  const shown = answers.length >= minCount;
  return {
    surveyId,
    responses: shown || answers.length === 0 ? answers.length : null,
    minCount,
    questions: shown ? survey.questions.map((question) => questionResult(question, answers, minCount)) : [],
  };
}

/** The answers that match a filter, "first time here?" included. */
async function filteredAnswers(db: Db, survey: q.SurveyWithQuestions, filter: ResultsFilter) {
  const rows = await q.listResponses(db, { networkId: survey.networkId, surveyId: survey.id, filter });
  return rows.filter((r) => policy.matchesFirstTime(r.answers, survey.questions, filter.firstTime));
}

/** The post-meeting survey's core items across the series, meeting by meeting. */
export async function trend(db: Db, network: NetworkRow, surveyId: string, minCount: number) {
  const survey = await getSurvey(db, network, surveyId);
  if (survey.kind !== 'post-meeting') throw new NotFound('A trend of this survey');
  const rows = await q.listResponses(db, { networkId: network.id, surveyId: survey.id, filter: {} });
  const eventIds = [...new Set(rows.flatMap((r) => r.eventId ?? []))];
  const meetings = await q.meetingsOf(db, { networkId: network.id, eventIds });
  const versions = await q.listVersions(db, { networkId: network.id, surveyId: survey.id });
  return surveyTrend(survey.questions, versions, rows, meetings, minCount);
}

/** Two closed questions of a survey against each other. */
export async function crossTabOf(
  db: Db,
  network: NetworkRow,
  surveyId: string,
  query: ResultsFilter & { rows: string; columns: string },
  minCount: number,
) {
  const survey = await getSurvey(db, network, surveyId);
  const categories = (field: 'rows' | 'columns') => {
    const question = survey.questions.find((item) => item.id === query[field]);
    const found = question ? categoriesOf(question) : null;
    if (!found) {
      const problem = question ? FIELD_TEXT['not-closed'] : FIELD_TEXT['unknown-question'];
      throw new BadRequest('A cross-tab needs two questions with one choice or point each.', {
        [field]: problem,
      });
    }
    return found;
  };
  const [rows, columns] = [categories('rows'), categories('columns')];
  const answers = (await filteredAnswers(db, survey, query)).map((r) => r.answers);
  return crossTab(rows, columns, [query.rows, query.columns], answers, minCount);
}

/** A survey's results as a file: CSV (comma or semicolon), XLSX with its codebook, or JSON with both. */
export async function exportResults(
  db: Db,
  network: NetworkRow,
  surveyId: string,
  query: SurveyExportQuery,
  minCount: number,
) {
  const { format, part, language = network.mainLanguage, ...filter } = query;
  const survey = await getSurvey(db, network, surveyId);
  const data = {
    survey,
    results: await results(db, network, surveyId, filter, minCount),
    questions: survey.questions,
  };
  const tables = {
    results: resultTable(data, language, network.mainLanguage),
    codebook: codebookTable(survey.questions, language, network.mainLanguage),
  };
  const name = `${network.slug}-survey-${survey.version}`;
  const type = EXPORT_TYPES[format];
  if (format === 'json') {
    const codebook = tables.codebook.rows.map((row) =>
      Object.fromEntries(tables.codebook.header.map((h, i) => [h, row[i]])),
    );
    const body = {
      survey: { id: survey.id, title: survey.title, version: survey.version },
      filter,
      ...data.results,
      codebook,
    };
    return { type, file: `${name}.json`, body: JSON.stringify(body) };
  }
  if (format === 'xlsx') {
    const t = translator(language);
    const sheets: [string, string] = [t('surveys.export.resultsSheet'), t('surveys.export.codebookSheet')];
    return { type, file: `${name}.xlsx`, body: await xlsxOf(tables, sheets) };
  }
  return { type, file: `${name}-${part}.csv`, body: csvOf(tables[part], format) };
}
