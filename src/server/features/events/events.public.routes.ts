import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { listRolesOfUser } from '#server/features/networks/networks.service.ts';
import { etagOf, sendRendered } from '#server/platform/etag.ts';
import { addressLanguage } from '#server/platform/i18n.ts';
import { answers, NoContent } from '#server/platform/openapi.ts';
import { hashToken, newToken } from '#server/platform/tokens.ts';
import { type Language, localized } from '#shared/common.ts';
import { CalendarFeedSchema } from '#shared/events.ts';
import { isOver } from '#shared/meeting-phase.ts';
import { renderCalendar } from './calendar.ts';
import { calendarEventOf, renderEventIcs } from './event-ics.ts';
import { isPublic, joinLinkOpen, visibleStatuses } from './events.policy.ts';
import type { EventRow } from './events.queries.ts';
import * as q from './events.queries.ts';

type Params = { network: string; event?: string };

/** Subscribable iCalendar feeds and the counted join link: public, outside /api, stable addresses. */
export async function eventsPublicRoutes(app: FastifyInstance) {
  networkCalendarRoutes(app);
  calendarFeedAddressRoutes(app);
  personalCalendarRoute(app);
  joinLinkRoute(app);
}

/** A network's programme, and one of its events, as calendar files. */
function networkCalendarRoutes(app: FastifyInstance) {
  app.get('/n/:network/calendar.ics', { schema: { hide: true } }, async (request, reply) => {
    const network = await networkOr404(app, request, reply);
    if (!network) return reply;
    const language = calendarLanguage(request, network);
    const key = `calendar:${language}:${network.updatedAt.getTime()}`;
    const feed = await app.eventsCache.get(network.id, key, () =>
      renderNetworkCalendar(app, network, language),
    );
    return sendRendered(request, reply, feed, calendarHeaders(`${network.slug}.ics`));
  });

  app.get('/n/:network/events/:event.ics', { schema: { hide: true } }, async (request, reply) => {
    const network = await networkOr404(app, request, reply);
    if (!network) return reply;
    const row = await q.findEventBySlug(app.db, {
      networkId: network.id,
      slug: (request.params as Params).event ?? '',
    });
    if (!row || !isPublic(row)) return notFound(reply);
    const body = renderEventIcs(app.config.PUBLIC_URL, network, row, {
      language: calendarLanguage(request, network),
    });
    return sendRendered(request, reply, renderedOnce(body), calendarHeaders(`${row.slug}.ics`));
  });
}

/**
 * A member's personal feed: the events of every network they follow, at a secret address
 * (calendar clients cannot sign in). Creating a new address retires the old one.
 */
function calendarFeedAddressRoutes(app: FastifyInstance) {
  const ownFeed = { audit: { none: "a member manages their own feed's address" } };
  app.post(
    '/api/me/calendar-feed',
    {
      schema: {
        operationId: 'createCalendarFeed',
        response: answers({ 201: CalendarFeedSchema }, 401),
        tags: ['events'],
      },
      config: ownFeed,
    },
    async (request, reply) => {
      const actor = await request.requireActor();
      const { token, hash } = newToken();
      await q.replaceCalendarToken(app.db, { userId: actor.userId, tokenHash: hash });
      return reply.status(201).send({ url: `${app.config.PUBLIC_URL}/calendar/${token}.ics` });
    },
  );

  app.delete(
    '/api/me/calendar-feed',
    {
      schema: {
        operationId: 'deleteCalendarFeed',
        response: answers({ 204: NoContent }, 401),
        tags: ['events'],
      },
      config: ownFeed,
    },
    async (request, reply) => {
      await q.deleteCalendarToken(app.db, (await request.requireActor()).userId);
      return reply.status(204).send();
    },
  );
}

/** The personal feed at its secret address: private, as the address names one member. */
function personalCalendarRoute(app: FastifyInstance) {
  app.get('/calendar/:token.ics', { schema: { hide: true } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const userId = await q.findCalendarTokenOwner(app.db, hashToken(token));
    if (!userId) return notFound(reply);
    const body = await renderPersonalCalendar(app, userId, addressLanguage(request.url));
    return sendRendered(request, reply, renderedOnce(body), {
      ...calendarHeaders('verkosto.ics'),
      cacheControl: 'private, max-age=300, must-revalidate',
    });
  });
}

/** The join link: counted and on to the meeting while it is open, otherwise a page saying why not. */
function joinLinkRoute(app: FastifyInstance) {
  app.get('/n/:network/join/:event', { schema: { hide: true } }, async (request, reply) => {
    const network = await networkOr404(app, request, reply);
    if (!network) return reply;
    const slug = (request.params as Params).event ?? '';
    const row = await q.findEventBySlug(app.db, { networkId: network.id, slug });
    if (row?.meetingUrl && joinLinkOpen(row, new Date())) {
      await q.recordJoin(app.db, { networkId: network.id, eventId: row.id });
      return reply.header('cache-control', 'no-store').redirect(row.meetingUrl, 302);
    }
    return refuseJoin(app, request, reply, row);
  });
}

async function networkOr404(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<NetworkRow | null> {
  const { network: slug } = request.params as Params;
  const network = await app.networkCache.get(slug.toLowerCase());
  if (!network) notFound(reply);
  return network;
}

/**
 * A calendar's language is in its address (`?lang=`), else the network's main language: a calendar
 * client subscribes once and sends no cookie, and one address should always read the same.
 */
function calendarLanguage(request: FastifyRequest, network: NetworkRow): Language {
  return addressLanguage(request.url) ?? network.mainLanguage;
}

/** Every event visitors see in the network, for the feed the events cache keeps. */
async function renderNetworkCalendar(app: FastifyInstance, network: NetworkRow, language: Language) {
  const rows = await q.listEvents(app.db, {
    networkId: network.id,
    when: 'all',
    now: new Date(),
    statuses: visibleStatuses(false),
    limit: 100_000,
  });
  const body = renderCalendar({
    name: localized(network.name, language, network.mainLanguage),
    timeZone: network.timeZone,
    url: `${app.config.PUBLIC_URL}/n/${network.slug}`,
    events: rows.map(({ event }) => calendarEventOf(app.config.PUBLIC_URL, network, event, language)),
  });
  return { body };
}

/** The events visitors see in every network the member follows. */
async function renderPersonalCalendar(app: FastifyInstance, userId: string, language: Language | null) {
  const roles = await listRolesOfUser(app.db, userId);
  const networks = new Map(
    await Promise.all(roles.map(async (r) => [r.networkId, await app.networkCache.get(r.slug)] as const)),
  );
  const rows = await q.listEventsOfNetworks(app.db, [...networks.keys()], visibleStatuses(false));
  const events = rows.flatMap((row) => {
    const network = networks.get(row.networkId);
    return network
      ? [calendarEventOf(app.config.PUBLIC_URL, network, row, language ?? network.mainLanguage)]
      : [];
  });
  return renderCalendar({
    name: 'Verkosto',
    timeZone: rows[0]?.timeZone ?? 'Europe/Helsinki',
    events,
  });
}

const calendarHeaders = (file: string) => ({
  contentType: 'text/calendar; charset=utf-8',
  cacheControl: 'public, max-age=300, must-revalidate',
  extra: { 'content-disposition': `inline; filename="${file}"` },
});

/** A body rendered for this request only, with its validator. */
const renderedOnce = (body: string) => ({ payload: Buffer.from(body), etag: etagOf(body) });

/**
 * The page a join link shows when it does not lead to the meeting (it says why, in the reader's
 * language): 410 once the meeting is over (the page offers its recording), 409 for another known
 * event (not yet open, cancelled, no link), else 404.
 */
function refuseJoin(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  row: EventRow | null,
) {
  const known = row && isPublic(row) ? row : null;
  const over = known !== null && known.status === 'published' && isOver(known, new Date());
  return app.sendWebPage(request, reply, {
    status: over ? 410 : known ? 409 : 404,
    cache: false,
  });
}

/** Calendar clients and scripts read these addresses: a plain 404, not the web app's page. */
function notFound(reply: FastifyReply) {
  return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
}
