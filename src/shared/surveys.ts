/**
 * Feedback surveys: the questions organisers write, the answers participants give and the results
 * organisers read. The server validates every survey and every answer against these schemas; the
 * answer form reads the same limits.
 */
import { z } from 'zod';
import {
  distinctArray,
  LanguageSchema,
  LocalizedTextOutputSchema,
  LocalizedTextSchema,
  OptionalLocalizedTextSchema,
} from './common.ts';
import { FIELD_TEXT } from './errors.ts';
import { OrganisationTypeSchema } from './people.ts';
import {
  CANT_SAY,
  isShown,
  LIKERT_POINTS,
  NPS_POINTS,
  RATING_POINTS,
  SURVEY_LIMITS,
} from './survey-answers.ts';

export { CANT_SAY, isShown, LIKERT_POINTS, NPS_POINTS, RATING_POINTS, SURVEY_LIMITS };

export const QUESTION_TYPES = [
  'nps',
  'likert',
  'likert-matrix',
  'rating',
  'single',
  'multiple',
  'text',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * The items every post-meeting and periodic survey of a network shares, compared across the
 * series: a question keeps its `core` key when its text is edited or the survey gets a new version.
 */
export const CORE_ITEMS = ['nps', 'usefulness', 'change', 'first-time'] as const;
export type CoreItem = (typeof CORE_ITEMS)[number];
/** The type each core item must have, so its results stay comparable. */
export const CORE_ITEM_TYPES: Record<CoreItem, QuestionType> = {
  nps: 'nps',
  usefulness: 'likert',
  change: 'text',
  'first-time': 'single',
};

export const SURVEY_KINDS = ['post-meeting', 'periodic'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

const IdSchema = z
  .string()
  .trim()
  .max(SURVEY_LIMITS.idChars)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, FIELD_TEXT['not-a-slug']);

const Text = (max: number) => LocalizedTextSchema(max);
const OptionSchema = z.strictObject({ id: IdSchema, text: Text(SURVEY_LIMITS.optionChars) });
export type SurveyOption = z.infer<typeof OptionSchema>;

/** Shown only when an earlier question was answered with one of `anyOf` (option ids or points). */
const ConditionSchema = z.strictObject({
  question: IdSchema,
  anyOf: z
    .array(z.string().max(SURVEY_LIMITS.idChars))
    .min(1)
    .max(SURVEY_LIMITS.options + 11),
});
export type Condition = z.infer<typeof ConditionSchema>;

const base = {
  id: IdSchema,
  core: z.enum(CORE_ITEMS).optional(),
  text: Text(SURVEY_LIMITS.questionChars),
  help: OptionalLocalizedTextSchema(SURVEY_LIMITS.helpChars).default({}),
  required: z.boolean().default(false),
  showIf: ConditionSchema.optional(),
};
const distinctIds = distinctArray(z.string());
const withOptions = z.array(OptionSchema).min(2).max(SURVEY_LIMITS.options);

export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('nps') }),
  z.strictObject({ ...base, type: z.literal('likert') }),
  z.strictObject({
    ...base,
    type: z.literal('likert-matrix'),
    rows: z.array(OptionSchema).min(2).max(SURVEY_LIMITS.matrixRows),
  }),
  z.strictObject({ ...base, type: z.literal('rating') }),
  z.strictObject({ ...base, type: z.literal('single'), options: withOptions }),
  z.strictObject({
    ...base,
    type: z.literal('multiple'),
    options: withOptions,
    maxChoices: z.number().int().min(1).max(SURVEY_LIMITS.options).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('text') }),
]);
export type Question = z.infer<typeof QuestionSchema>;

/** The values an answer to `question` can take, as a condition names them. */
export function conditionValues(question: Question): string[] | null {
  switch (question.type) {
    case 'nps':
      return NPS_POINTS.map(String);
    case 'likert':
      return [...LIKERT_POINTS.map(String), CANT_SAY];
    case 'rating':
      return RATING_POINTS.map(String);
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    default:
      return null;
  }
}

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message });

/** A condition names an earlier closed question and values it can take. */
function checkCondition(ctx: Ctx, questions: Question[], index: number) {
  const condition = questions[index]?.showIf;
  if (!condition) return;
  const at = [index, 'showIf'];
  const source = questions.findIndex((q) => q.id === condition.question);
  if (source < 0) return issue(ctx, [...at, 'question'], FIELD_TEXT['unknown-question']);
  if (source >= index) return issue(ctx, [...at, 'question'], FIELD_TEXT['not-earlier']);
  const values = conditionValues(questions[source] as Question);
  if (!values) return issue(ctx, [...at, 'question'], FIELD_TEXT['not-closed']);
  for (const [i, value] of condition.anyOf.entries()) {
    if (!values.includes(value)) issue(ctx, [...at, 'anyOf', i], FIELD_TEXT['unknown-value']);
  }
}

/** Ids are unique among questions, options and rows; a core item has its type and appears once. */
function checkQuestions(questions: Question[], ctx: Ctx) {
  const ids = new Set<string>();
  const cores = new Set<string>();
  for (const [index, question] of questions.entries()) {
    if (ids.has(question.id)) issue(ctx, [index, 'id'], FIELD_TEXT['given-twice']);
    ids.add(question.id);
    if (question.core && CORE_ITEM_TYPES[question.core] !== question.type) {
      issue(ctx, [index, 'type'], FIELD_TEXT['core-type']);
    }
    if (question.core && cores.has(question.core)) issue(ctx, [index, 'core'], FIELD_TEXT['given-twice']);
    if (question.core) cores.add(question.core);
    const choices = 'options' in question ? question.options : 'rows' in question ? question.rows : [];
    const parsed = distinctIds.safeParse(choices.map((o) => o.id));
    for (const i of parsed.error?.issues ?? []) {
      issue(
        ctx,
        [index, 'options' in question ? 'options' : 'rows', ...(i.path as number[]), 'id'],
        i.message,
      );
    }
    checkCondition(ctx, questions, index);
  }
}

export const QuestionsSchema = z
  .array(QuestionSchema)
  .min(1)
  .max(SURVEY_LIMITS.questions)
  .superRefine(checkQuestions);

export const SurveyInputSchema = z.strictObject({
  title: Text(SURVEY_LIMITS.titleChars),
  intro: OptionalLocalizedTextSchema(SURVEY_LIMITS.introChars).default({}),
  /** Whether answers are kept without anything that leads to the person (the default). */
  anonymous: z.boolean().default(true),
  questions: QuestionsSchema,
});
export type SurveyInput = z.infer<typeof SurveyInputSchema>;

const DateSchema = z.iso.date({ message: FIELD_TEXT['not-a-date'] });

/** A periodic survey of the network (e.g. each season) takes answers between two dates. */
export const PeriodicSurveyInputSchema = SurveyInputSchema.extend({
  opensOn: DateSchema,
  closesOn: DateSchema,
}).refine((s) => s.closesOn >= s.opensOn, { path: ['closesOn'], message: 'must not be before opensOn' });
export type PeriodicSurveyInput = z.infer<typeof PeriodicSurveyInputSchema>;

const CloseAfterDaysSchema = z
  .number()
  .int()
  .min(SURVEY_LIMITS.closeAfterDays.min)
  .max(SURVEY_LIMITS.closeAfterDays.max);

/**
 * PUT …/surveys/{survey}: the survey's texts and questions, and its kind's own fields (a periodic
 * survey's dates, the post-meeting survey's days open); the server checks they match its kind.
 */
export const EditSurveySchema = SurveyInputSchema.extend({
  closeAfterDays: CloseAfterDaysSchema.optional(),
  opensOn: DateSchema.optional(),
  closesOn: DateSchema.optional(),
});
export type EditSurvey = z.infer<typeof EditSurveySchema>;

// --- Answers -------------------------------------------------------------------------------

export type LikertValue = (typeof LIKERT_POINTS)[number] | typeof CANT_SAY;
export type AnswerValue = number | string | string[] | Partial<Record<string, LikertValue>>;
export type Answers = Record<string, AnswerValue>;

const point = (points: readonly number[]) =>
  z
    .number()
    .int()
    .min(points[0] as number)
    .max(points.at(-1) as number);
const LikertValueSchema = z.union([point(LIKERT_POINTS), z.literal(CANT_SAY)]);

/** The schema of one question's answer. */
export function answerSchemaOf(question: Question): z.ZodType<AnswerValue> {
  const ids = (list: SurveyOption[]) => z.enum(list.map((o) => o.id) as [string, ...string[]]);
  switch (question.type) {
    case 'nps':
      return point(NPS_POINTS);
    case 'likert':
      return LikertValueSchema;
    case 'rating':
      return point(RATING_POINTS);
    case 'single':
      return ids(question.options);
    case 'multiple':
      return distinctArray(ids(question.options))
        .min(1)
        .max(question.maxChoices ?? question.options.length);
    case 'likert-matrix':
      return z.partialRecord(ids(question.rows), LikertValueSchema) as z.ZodType<Record<string, LikertValue>>;
    case 'text':
      return z.string().trim().min(1).max(SURVEY_LIMITS.answerChars);
  }
}

/**
 * The answers to a survey's questions: unknown questions are refused; an answer to a question
 * its condition hides is dropped (a form without JavaScript shows every question).
 */
export function answersSchemaOf(questions: Question[]) {
  const shape = Object.fromEntries(questions.map((q) => [q.id, answerSchemaOf(q).optional()]));
  return z.strictObject(shape).transform((given) => keepShown(questions, given as Answers));
}

/**
 * The required questions that are shown and not answered, found in what was sent, so that they
 * are named together with any invalid answer.
 */
export function missingRequired(questions: Question[], given: Record<string, unknown>): string[] {
  return questions
    .filter((q) => q.required && isShown(q, given) && (given[q.id] === undefined || given[q.id] === ''))
    .map((q) => q.id);
}

function keepShown(questions: Question[], given: Answers): Answers {
  const kept: Answers = {};
  for (const question of questions) {
    const value = given[question.id];
    if (value !== undefined && isShown(question, kept)) kept[question.id] = value;
  }
  return kept;
}

export const SubmitAnswersSchema = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  /** The one-time token from the live room (or an e-mail's link). */
  token: z.string().max(400).optional(),
  /**
   * Instead of a token: the `continuation` an earlier answer gave, to add to or change those
   * answers while the survey is open (the room's card answers the first question, the form the rest).
   */
  continuation: z.string().max(200).optional(),
  /** The first answers of more to come: required questions may wait (the room's card). */
  partial: z.boolean().default(false),
});

// --- What the answer form shows -----------------------------------------------------------

export const SurveyStatusSchema = z.enum(['not-yet', 'open', 'closed']);
export type SurveyStatus = z.infer<typeof SurveyStatusSchema>;

export const PublicSurveySchema = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_KINDS),
  version: z.number().int(),
  title: LocalizedTextOutputSchema,
  intro: LocalizedTextOutputSchema,
  anonymous: z.boolean(),
  questions: z.array(z.looseObject({ id: z.string(), type: z.enum(QUESTION_TYPES) })),
  status: SurveyStatusSchema,
  closesAt: z.string().nullable(),
  event: z
    .object({ id: z.string(), slug: z.string(), title: LocalizedTextOutputSchema, startsAt: z.string() })
    .nullable(),
});
export type PublicSurvey = Omit<z.infer<typeof PublicSurveySchema>, 'questions'> & { questions: Question[] };

/** The answer form's page data: the survey of a meeting (post-meeting) or of the network (periodic). */
export const AnsweredSchema = z.object({
  thanks: z.literal(true),
  /** Kept by the respondent's browser only: it lets them complete these answers later. */
  continuation: z.string(),
});

// --- Results -------------------------------------------------------------------------------

/** A published count; null when the small-count rule hides it (shown as "< minCount"). */
const CountSchema = z.number().int().nullable();

const PointSchema = z.object({
  /** A point (`'7'`), an option's id or `cant-say`. */
  value: z.string(),
  label: LocalizedTextOutputSchema.optional(),
  count: CountSchema,
});

export const NpsResultSchema = z.object({
  /** % promoters (9–10) − % detractors (0–6), −100…100. */
  score: z.number(),
  /** The 95 % interval of the score (adjusted Wald). */
  low: z.number(),
  high: z.number(),
  promoters: CountSchema,
  passives: CountSchema,
  detractors: CountSchema,
});

export const QuestionResultSchema = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  core: z.enum(CORE_ITEMS).nullable(),
  text: LocalizedTextOutputSchema,
  /** How many answered the question (null when fewer than the minimum). */
  n: CountSchema,
  points: z.array(PointSchema),
  /** The mean of the points, "can't say" left out; null for questions without points. */
  mean: z.number().nullable(),
  nps: NpsResultSchema.nullable(),
  /** A matrix's rows, each with its own points. */
  rows: z.array(
    z.object({
      id: z.string(),
      text: LocalizedTextOutputSchema,
      n: CountSchema,
      points: z.array(PointSchema),
      mean: z.number().nullable(),
    }),
  ),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

export const ResultsFilterSchema = z.strictObject({
  event: z.uuid().optional(),
  theme: z.uuid().optional(),
  organisationType: OrganisationTypeSchema.optional(),
  firstTime: z.enum(['yes', 'no']).optional(),
});
export type ResultsFilter = z.infer<typeof ResultsFilterSchema>;

export const SurveyResultsSchema = z.object({
  surveyId: z.string(),
  /** Answers matching the filter (null when fewer than the minimum). */
  responses: CountSchema,
  /** Counts below this are hidden; with fewer answers than this the questions are left out. */
  minCount: z.number().int(),
  questions: z.array(QuestionResultSchema),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;

// --- What organisers see ---------------------------------------------------------------------

export const SurveySummarySchema = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_KINDS),
  title: LocalizedTextOutputSchema,
  version: z.number().int(),
  anonymous: z.boolean(),
  closeAfterDays: z.number().int().nullable(),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  /** Answers to every version. */
  responses: z.number().int(),
});
export type SurveySummary = z.infer<typeof SurveySummarySchema>;

export const SurveySchema = SurveySummarySchema.extend({
  intro: LocalizedTextOutputSchema,
  questions: z.array(QuestionSchema),
});
export type Survey = z.infer<typeof SurveySchema>;

// --- Across the series -----------------------------------------------------------------------

/** The core items whose answers are compared meeting by meeting. */
export const TREND_ITEMS = ['nps', 'usefulness'] as const;

export const TrendPointSchema = z.object({
  eventId: z.string(),
  slug: z.string(),
  date: z.string(),
  title: LocalizedTextOutputSchema,
  theme: LocalizedTextOutputSchema.nullable(),
  /** Answers to the item at this meeting (null when fewer than the minimum). */
  n: CountSchema,
  /** NPS: the score and its interval; usefulness: the mean (1–5), when publishable. */
  nps: NpsResultSchema.pick({ score: true, low: true, high: true }).nullable(),
  mean: z.number().nullable(),
});

export const SurveyTrendSchema = z.object({
  minCount: z.number().int(),
  items: z.array(
    z.object({
      core: z.enum(TREND_ITEMS),
      text: LocalizedTextOutputSchema,
      points: z.array(TrendPointSchema),
    }),
  ),
  /** Per meeting: answers against the live room's participants and the join link's clicks. */
  reach: z.array(
    z.object({
      eventId: z.string(),
      responses: CountSchema,
      participants: z.number().int(),
      joinClicks: z.number().int(),
    }),
  ),
});
export type SurveyTrend = z.infer<typeof SurveyTrendSchema>;

/** Two closed questions against each other: who answered both. */
export const CrossTabQuerySchema = ResultsFilterSchema.extend({
  rows: IdSchema,
  columns: IdSchema,
});

export const CrossTabSchema = z.object({
  minCount: z.number().int(),
  rows: z.array(PointSchema.pick({ value: true, label: true })),
  columns: z.array(PointSchema.pick({ value: true, label: true })),
  /** Counts per row and column; null where the small-count rule hides them. */
  cells: z.array(z.array(CountSchema)),
  rowTotals: z.array(CountSchema),
  columnTotals: z.array(CountSchema),
  /** Who answered both (null when fewer than the minimum: then every count is hidden). */
  total: CountSchema,
});
export type CrossTab = z.infer<typeof CrossTabSchema>;

// --- Exports ---------------------------------------------------------------------------------

export const SURVEY_EXPORT_FORMATS = ['csv', 'csv-semicolon', 'xlsx', 'json'] as const;
export type SurveyExportFormat = (typeof SURVEY_EXPORT_FORMATS)[number];

/** GET …/surveys/{survey}/export: the results under a filter, as a file, with its codebook. */
export const SurveyExportQuerySchema = ResultsFilterSchema.extend({
  format: z.enum(SURVEY_EXPORT_FORMATS).default('csv'),
  /** A CSV holds one table: the results, or the codebook that explains them. */
  part: z.enum(['results', 'codebook']).default('results'),
  language: LanguageSchema.optional(),
});
export type SurveyExportQuery = z.infer<typeof SurveyExportQuerySchema>;
