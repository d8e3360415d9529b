import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { AppError } from '#server/platform/errors.ts';
import { type RefusedAnswers, refusedAnswersKey } from '#shared/survey-answers.ts';
import { answersFromForm } from './answer-form-post.ts';
import { surveyDeps } from './surveys.routes.ts';
import * as service from './surveys.service.ts';

type Params = { network?: string; event?: string; survey?: string };
type Page = 'feedback' | 'survey';

// The address carries the one-time link's token: no copy of the page is kept anywhere.
const tokenPage = { cache: false };
const pageLimit = { rateLimit: { max: 60, timeWindow: 60_000 } };
/** As the API's answering: a script cannot flood a survey through the form either. */
// A whole office answers from one address after a meeting (token, card, form: three requests a
// person); each token answers once, so the limit only stops floods.
const answerLimit = { rateLimit: { max: 600, timeWindow: 60_000 } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The answer form's pages: a meeting's survey (/n/{network}/feedback/{meeting}) and a periodic
 * one (/n/{network}/survey/{id}), opened from a one-time link (`?token=`). Without JavaScript the
 * form posts here; the answers go through the API's own service, then back to the page
 * (`?answered=1`), which thanks; a refused form comes back filled in, with its errors.
 */
export async function surveysPublicRoutes(app: FastifyInstance) {
  // Encapsulated: outreach's parser for the same type is its plugin's own.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  answerPage(app, 'feedback', (network, id) => service.meetingTarget(app.db, network, id));
  answerPage(app, 'survey', (network, id) =>
    UUID.test(id) ? service.periodicTarget(app.db, network, id) : Promise.resolve(null),
  );
}

type TargetOf = (network: NetworkRow, id: string) => Promise<service.SurveyTarget | null>;

const idOf = (page: Page, request: FastifyRequest) => {
  const params = request.params as Params;
  return (page === 'feedback' ? params.event : params.survey) ?? '';
};

function answerPage(app: FastifyInstance, page: Page, targetOf: TargetOf) {
  const path = page === 'feedback' ? '/n/:network/feedback/:event' : '/n/:network/survey/:survey';
  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    app.sendWebPage(request, reply, { status: 404, ...tokenPage });
  app.get(path, { schema: { hide: true }, config: pageLimit }, async (request, reply) => {
    // A periodic survey's address that cannot be one is not found (the API would call it invalid).
    if (page === 'survey' && !UUID.test(idOf(page, request))) return notFound(request, reply);
    return app.sendWebPage(request, reply, tokenPage);
  });
  app.post(path, { schema: { hide: true }, config: answerLimit }, async (request, reply) => {
    const target = await findTarget(app, request, page, targetOf);
    if (!target) return notFound(request, reply);
    const posted = answersFromForm(String(request.body ?? ''), target.survey.questions);
    try {
      await service.submitAnswers(surveyDeps(app), target, posted);
    } catch (error) {
      if (!(error instanceof AppError && error.fields)) throw error;
      const refused: RefusedAnswers = {
        ...posted,
        token: posted.token ?? null,
        continuation: posted.continuation ?? null,
        status: error.status,
        ...error.fields,
      };
      return refuse(app, request, reply, page, refused);
    }
    return reply.header('cache-control', 'no-store').redirect(answeredAddress(request.url), 303);
  });
}

/** The survey a page's address names, or null when its network, meeting or survey is unknown. */
async function findTarget(app: FastifyInstance, request: FastifyRequest, page: Page, targetOf: TargetOf) {
  const network = await app.networkCache.get(((request.params as Params).network ?? '').toLowerCase());
  if (!network) return null;
  try {
    return await targetOf(network, idOf(page, request));
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/** The page again, as it was sent, with why it was refused (400, or 409 for a used link or a closed survey). */
function refuse(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  page: Page,
  refused: RefusedAnswers,
) {
  const network = (request.params as Params).network ?? '';
  return app.sendWebPage(request, reply, {
    status: refused.status,
    ...tokenPage,
    data: [[refusedAnswersKey(network, page, idOf(page, request)), refused]],
  });
}

/** The page's address saying thanks: without the token, in the language the form was in. */
function answeredAddress(url: string): string {
  const [path = '/', query = ''] = url.split('?', 2);
  const language = new URLSearchParams(query).get('lang');
  return `${path}?answered=1${language ? `&lang=${encodeURIComponent(language)}` : ''}`;
}
