import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { findNetworkById } from '#server/features/networks/networks.queries.ts';
import { AppError, BadRequest, type FieldReport, fieldsFromIssues } from '#server/platform/errors.ts';
import { requestLanguage, translator } from '#server/platform/i18n.ts';
import { type InterestAnswer, InterestFormSchema, interestAnswerKey } from '#shared/outreach.ts';
import { interestFromForm } from './interest-form-post.ts';
import { outreachDeps } from './outreach.routes.ts';
import * as outreach from './outreach.service.ts';

type Params = { token: string; network?: string };
type Link = 'confirm' | 'unsubscribe';

const config = { rateLimit: { max: 60, timeWindow: 60_000 } };
// The address carries the link's secret: no copy kept anywhere.
const tokenPage = { cache: false };

/** What the page's own form may name: another list of the network to leave. */
const UnsubscribeFormSchema = z.object({ list: z.uuid().optional() });

/**
 * The links in outreach e-mails: /confirm/{token} (double opt-in) and /unsubscribe/{token}, which
 * is also the RFC 8058 one-click address mail programs POST to. They lead on to their network's
 * page (/n/{network}/confirm/{token}, …), which only shows a button; the button's POST acts and
 * comes back to the page, so a mail scanner opening links changes nothing, and the pages work
 * without JavaScript.
 */
export async function outreachPublicRoutes(app: FastifyInstance) {
  // Forms post as application/x-www-form-urlencoded; the routes read the few fields they need.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  confirmRoutes(app);
  unsubscribeRoutes(app);
  interestFormPost(app);
}

/**
 * The interest form posted by a browser without JavaScript: the API's sign-up, then back to the
 * form's page, which says to check the mail. A refused form comes back filled in, with its errors.
 */
function interestFormPost(app: FastifyInstance) {
  const deps = outreachDeps(app);
  const limit = { rateLimit: { max: 30, timeWindow: 60_000 } };
  app.post('/n/:network/interest', { schema: { hide: true }, config: limit }, async (request, reply) => {
    const slug = (request.params as Params).network ?? '';
    const network = await app.networkCache.get(slug.toLowerCase());
    if (!network) return app.sendWebPage(request, reply, { status: 404 });
    const values = interestFromForm(String(request.body ?? ''));
    const refuse = (report: FieldReport) => {
      const answer: InterestAnswer = { values, ...report };
      return app.sendWebPage(request, reply, {
        status: 400,
        cache: false,
        data: [[interestAnswerKey(network.slug), answer]],
      });
    };
    const form = InterestFormSchema.safeParse(values);
    if (!form.success) return refuse(fieldsFromIssues(form.error.issues));
    try {
      await outreach.signUp(deps, network, form.data);
    } catch (error) {
      if (error instanceof AppError && error.fields) return refuse(error.fields);
      throw error;
    }
    return reply.header('cache-control', 'no-store').redirect(`/n/${network.slug}/interest?sent=1`, 303);
  });
}

const tokenOf = (request: FastifyRequest) => (request.params as Params).token;

/** The network page of a link, once its network is known; else the "not found" page. */
async function toNetworkPage(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  link: Link,
  networkId: string | null,
) {
  const network = networkId ? await findNetworkById(app.db, { networkId }) : null;
  if (!network) return app.sendWebPage(request, reply, { status: 404, ...tokenPage });
  const path = `/n/${network.slug}/${link}/${encodeURIComponent(tokenOf(request))}`;
  return reply.header('cache-control', 'no-store').redirect(path, request.method === 'GET' ? 302 : 303);
}

/** The network a link's page is under, when the link belongs to it; null otherwise. */
async function networkOfPage(app: FastifyInstance, request: FastifyRequest, owner: string | null) {
  const slug = (request.params as Params).network ?? '';
  const network = await app.networkCache.get(slug.toLowerCase());
  return network && network.id === owner ? network : null;
}

/**
 * A link's page under its network (/n/{network}/{link}/{token}): GET shows it, POST acts and
 * comes back to it. A token another network owns is unknown here.
 */
function networkLinkPage(
  app: FastifyInstance,
  link: Link,
  owner: (request: FastifyRequest) => Promise<string | null>,
  act: (request: FastifyRequest) => Promise<void>,
) {
  const page = `/n/:network/${link}/:token`;
  app.get(page, { schema: { hide: true }, config }, async (request, reply) => {
    const network = await networkOfPage(app, request, await owner(request));
    return app.sendWebPage(request, reply, { status: network ? 200 : 404, ...tokenPage });
  });
  app.post(page, { schema: { hide: true }, config }, async (request, reply) => {
    const network = await networkOfPage(app, request, await owner(request));
    if (!network) return app.sendWebPage(request, reply, { status: 404, ...tokenPage });
    await act(request);
    return reply.header('cache-control', 'no-store').redirect(request.url, 303);
  });
}

/** Double opt-in: the link's token confirms every list of one form submission. */
function confirmRoutes(app: FastifyInstance) {
  const owner = (request: FastifyRequest) => outreach.confirmationNetwork(app.db, tokenOf(request));
  app.get('/confirm/:token', { schema: { hide: true }, config }, async (request, reply) =>
    toNetworkPage(app, request, reply, 'confirm', await owner(request)),
  );
  // Pages of earlier versions posted here.
  app.post('/confirm/:token', { schema: { hide: true }, config }, async (request, reply) => {
    const done = await outreach.confirmSubscription(app.db, tokenOf(request));
    return toNetworkPage(app, request, reply, 'confirm', done?.networkId ?? (await owner(request)));
  });
  networkLinkPage(app, 'confirm', owner, async (request) => {
    await outreach.confirmSubscription(app.db, tokenOf(request));
  });
}

/** The unsubscribe link, signed with the installation's secret, takes its address off its list. */
function unsubscribeRoutes(app: FastifyInstance) {
  const deps = { db: app.db, secret: app.config.SESSION_SECRET };
  const owner = async (request: FastifyRequest) =>
    (await outreach.unsubscribeLinkRow(deps, tokenOf(request)))?.networkId ?? null;
  app.get('/unsubscribe/:token', { schema: { hide: true }, config }, async (request, reply) =>
    toNetworkPage(app, request, reply, 'unsubscribe', await owner(request)),
  );
  app.post('/unsubscribe/:token', { schema: { hide: true }, config }, async (request, reply) => {
    // RFC 8058: a mail program posts "List-Unsubscribe=One-Click" and must get no redirect.
    if (!String(request.body ?? '').includes('List-Unsubscribe=One-Click')) {
      return toNetworkPage(app, request, reply, 'unsubscribe', await owner(request));
    }
    const done = await outreach.unsubscribe(deps, tokenOf(request));
    const t = translator(requestLanguage(request));
    return reply
      .status(done ? 200 : 404)
      .type('text/plain; charset=utf-8')
      .send(done ? t('outreach.unsubscribe.done') : t('outreach.unsubscribe.unknown'));
  });
  networkLinkPage(app, 'unsubscribe', owner, async (request) => {
    const form = UnsubscribeFormSchema.safeParse(
      Object.fromEntries(new URLSearchParams(String(request.body ?? ''))),
    );
    if (!form.success)
      throw new BadRequest('The list to leave is not valid.', { list: 'Not a list of this network.' });
    await outreach.unsubscribe(deps, tokenOf(request), form.data.list);
  });
}
