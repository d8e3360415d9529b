import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { answers } from '#server/platform/openapi.ts';
import { minCountOf } from '#server/platform/small-counts.ts';
import {
  AnsweredSchema,
  CrossTabQuerySchema,
  CrossTabSchema,
  EditSurveySchema,
  PeriodicSurveyInputSchema,
  PublicSurveySchema,
  ResultsFilterSchema,
  SubmitAnswersSchema,
  SurveyExportQuerySchema,
  SurveyResultsSchema,
  SurveySchema,
  SurveySummarySchema,
  SurveyTrendSchema,
} from '#shared/surveys.ts';
import { presentPublicSurvey, presentSurvey, presentSurveySummary } from './surveys.presenter.ts';
import * as service from './surveys.service.ts';

const tags = ['surveys'];
const SurveyParams = z.object({ survey: z.uuid() });
const MeetingParams = z.object({ event: z.string().max(200) });
// Answering is public and limited per address. A whole office answers from one address after a meeting (token, card, form: three requests a
// person); each token answers once, so the limit only stops floods.
const answerLimit = { rateLimit: { max: 600, timeWindow: 60_000 } };

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Surveys under /api/networks/:network: the organisers' surveys and results, and answering. */
export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  surveyListRoutes(app);
  surveyRoutes(app);
  resultRoutes(app);
  crossTabRoutes(app);
  exportRoutes(app);
  meetingAnswerRoutes(app);
  periodicAnswerRoutes(app);
};

export const surveyDeps = (app: App): service.SurveyDeps => ({
  db: app.db,
  secret: app.config.SESSION_SECRET,
});

const SurveyListSchema = z.object({ surveys: z.array(SurveySummarySchema) });

/** The network's surveys, and a new periodic one. */
function surveyListRoutes(app: App) {
  app.get(
    '/surveys',
    { schema: { operationId: 'listSurveys', response: answers({ 200: SurveyListSchema }, 401, 403), tags } },
    async (request) => {
      await request.authorize('manage-surveys');
      const rows = await service.listSurveys(app.db, request.network);
      return { surveys: rows.map((row) => presentSurveySummary(row.survey, row.responses)) };
    },
  );
  app.post(
    '/surveys',
    {
      schema: {
        operationId: 'createSurvey',
        body: PeriodicSurveyInputSchema,
        response: answers({ 201: SurveySchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'survey.create' } },
    },
    async (request, reply) => {
      await request.authorize('manage-surveys');
      const survey = await service.createPeriodicSurvey(app.db, request.network, request.body);
      request.audited({ targetId: survey.id });
      return reply.status(201).send(presentSurvey(survey, 0));
    },
  );
}

/** One survey: reading and editing its questions. */
function surveyRoutes(app: App) {
  const present = async (survey: Awaited<ReturnType<typeof service.getSurvey>>) =>
    presentSurvey(survey, await service.responsesTo(app.db, survey));
  app.get(
    '/surveys/:survey',
    {
      schema: {
        operationId: 'getSurvey',
        params: SurveyParams,
        response: answers({ 200: SurveySchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      return present(await service.getSurvey(app.db, request.network, request.params.survey));
    },
  );
  app.put(
    '/surveys/:survey',
    {
      schema: {
        operationId: 'updateSurvey',
        description: 'Once the survey has answers, a change to anything but its texts makes a new version.',
        params: SurveyParams,
        body: EditSurveySchema,
        response: answers({ 200: SurveySchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'survey.update', target: 'survey' } },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      return present(await service.editSurvey(app.db, request.network, request.params.survey, request.body));
    },
  );
}

/** What organisers read of the answers: per question, meeting by meeting, and two questions crossed. */
function resultRoutes(app: App) {
  const minCount = minCountOf(app.config.SMALL_COUNT_MIN);
  app.get(
    '/surveys/:survey/trend',
    {
      schema: {
        operationId: 'getSurveyTrend',
        description:
          "The post-meeting survey's NPS and usefulness meeting by meeting, with answers against the room's participants and join clicks.",
        params: SurveyParams,
        response: answers({ 200: SurveyTrendSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      return service.trend(app.db, request.network, request.params.survey, minCount);
    },
  );
}

const exportAnswer = {
  200: {
    description:
      'The results (and codebook) as CSV, XLSX or JSON, counts hidden by the small-count rule left blank.',
    content: Object.fromEntries(
      [
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/json',
      ].map((type) => [type, { schema: z.any().meta({ type: 'string', format: 'binary' }) }]),
    ),
  },
};

/** A survey's results as a file, under the same filter as the page. */
function exportRoutes(app: App) {
  const minCount = minCountOf(app.config.SMALL_COUNT_MIN);
  app.get(
    '/surveys/:survey/export',
    {
      schema: {
        operationId: 'exportSurveyResults',
        params: SurveyParams,
        querystring: SurveyExportQuerySchema,
        response: answers(exportAnswer, 401, 403),
        tags,
      },
    },
    async (request, reply) => {
      await request.authorize('manage-surveys');
      const file = await service.exportResults(
        app.db,
        request.network,
        request.params.survey,
        request.query,
        minCount,
      );
      return reply
        .header('content-disposition', `attachment; filename="${file.file}"`)
        .header('cache-control', 'no-store')
        .type(file.type)
        .send(file.body);
    },
  );
}

/** Two closed questions of a survey against each other. */
function crossTabRoutes(app: App) {
  const minCount = minCountOf(app.config.SMALL_COUNT_MIN);
  app.get(
    '/surveys/:survey/crosstab',
    {
      schema: {
        operationId: 'getSurveyCrossTab',
        params: SurveyParams,
        querystring: CrossTabQuerySchema,
        response: answers({ 200: CrossTabSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      return service.crossTabOf(app.db, request.network, request.params.survey, request.query, minCount);
    },
  );
  app.get(
    '/surveys/:survey/results',
    {
      schema: {
        operationId: 'getSurveyResults',
        description: 'Counts under the installation’s minimum (5 unless set) are null: shown as "< 5".',
        params: SurveyParams,
        querystring: ResultsFilterSchema,
        response: answers({ 200: SurveyResultsSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      return service.results(app.db, request.network, request.params.survey, request.query, minCount);
    },
  );
}

const anonymous = { none: 'answers are anonymous: nothing about the respondent is recorded' };

type Params = { event?: string; survey?: string };
type TargetOf = (app: App, network: NetworkRow, params: Params) => Promise<service.SurveyTarget>;

/** A survey's form (GET) and its answers (POST), for one kind of target. */
function answerRoutes(
  app: App,
  urls: { form: string; answers: string },
  names: [form: string, answer: string],
  params: z.ZodObject,
  targetOf: TargetOf,
) {
  const deps = surveyDeps(app);
  app.get(
    urls.form,
    { schema: { operationId: names[0], params, response: answers({ 200: PublicSurveySchema }), tags } },
    async (request) =>
      presentPublicSurvey(await targetOf(app, request.network, request.params as Params), new Date()),
  );
  app.post(
    urls.answers,
    {
      schema: {
        operationId: names[1],
        params,
        body: SubmitAnswersSchema,
        response: answers({ 201: AnsweredSchema }, 409),
        tags,
      },
      config: { audit: anonymous, ...answerLimit },
    },
    async (request, reply) => {
      const target = await targetOf(app, request.network, request.params as Params);
      const answered = await service.submitAnswers(
        deps,
        target,
        request.body as z.infer<typeof SubmitAnswersSchema>,
      );
      return reply.status(201).send(answered);
    },
  );
}

/** A meeting's survey: its form, answering it, and a live room participant's token for it. */
function meetingAnswerRoutes(app: App) {
  const deps = surveyDeps(app);
  answerRoutes(
    app,
    { form: '/feedback/:event', answers: '/feedback/:event/answers' },
    ['getMeetingSurvey', 'answerMeetingSurvey'],
    MeetingParams,
    (app, network, params) => service.meetingTarget(app.db, network, params.event ?? ''),
  );
  app.post(
    '/feedback/:event/token',
    {
      schema: {
        operationId: 'getRoomSurveyToken',
        description: "A live room participant's one-time token for the meeting's survey.",
        params: MeetingParams,
        body: z.strictObject({ participantToken: z.string().max(200) }),
        response: answers({ 200: z.object({ token: z.string() }) }),
        tags,
      },
      config: { audit: { none: 'a participant asks for their own answer token' }, ...answerLimit },
    },
    async (request) => ({
      token: await service.roomToken(
        deps,
        request.network,
        request.params.event,
        request.body.participantToken,
      ),
    }),
  );
}

/** A periodic survey's form and answering it. */
function periodicAnswerRoutes(app: App) {
  answerRoutes(
    app,
    { form: '/surveys/:survey/form', answers: '/surveys/:survey/answers' },
    ['getPeriodicSurvey', 'answerPeriodicSurvey'],
    SurveyParams,
    (app, network, params) => service.periodicTarget(app.db, network, params.survey ?? ''),
  );
}
