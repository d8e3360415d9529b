import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { Actor } from '#server/platform/actor.types.ts';
import { NotFound } from '#server/platform/errors.ts';
import { sendRendered } from '#server/platform/etag.ts';
import { answers, NoContent, NotModified } from '#server/platform/openapi.ts';
import {
  CreateEventSchema,
  CreateSeriesSchema,
  CreateThemeSchema,
  EventCreatedSchema,
  EventListSchema,
  EventParamsSchema as EventParams,
  type EventQuery,
  EventQuerySchema,
  EventSchema,
  HolidayListSchema,
  HolidayQuerySchema,
  ProgrammeSchema,
  ReorderThemesSchema,
  SeriesCreatedSchema,
  SeriesPreviewRequestSchema,
  SeriesPreviewSchema,
  ThemeParamsSchema as ThemeParams,
  ThemeSchema,
  UpdateEventSchema,
  UpdateThemeSchema,
} from '#shared/events.ts';
import { isPublic, isVisibleTo, visibleStatuses } from './events.policy.ts';
import { presentEvent, presentEventSummary, presentMaterial, presentTheme } from './events.presenter.ts';
import type { EventRow } from './events.queries.ts';
import * as service from './events.service.ts';
import { materialsOfEvents } from './materials.service.ts';

const tags = ['events'];

type App = Parameters<FastifyPluginAsyncZod>[0];

/** The programme and events of one network, under /api/networks/:network. */
export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  forgetListsAfterWrites(app);
  programmeRoutes(app);
  themeRoutes(app);
  eventCreationRoutes(app);
  previewRoutes(app);
  eventListRoute(app);
  eventRoutes(app);
  attendanceRoutes(app);
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that changes nothing (a preview): the network's cached lists stay. */
    changesNothing?: boolean;
  }
}

/** Forgets the network's cached lists after a write (events, themes and materials are in them). */
export function forgetListsAfterWrites(app: App) {
  // A write forgets this network's cached lists at once here; other instances hear the trigger.
  // A callback hook: it runs on every public read too, where a promise per request is measurable.
  // It also runs for refused requests, where the network may be unknown (404): forget only after a write.
  app.addHook('onSend', (request, reply, payload, done) => {
    const wrote =
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      !request.routeOptions.config.changesNothing &&
      reply.statusCode < 400;
    if (wrote) app.eventsCache.forget(request.network.id);
    done(null, payload);
  });
}

/** The programme: reading it, adding a theme to it and putting its themes in order. */
function programmeRoutes(app: App) {
  const programme = { operationId: 'getProgramme', response: answers({ 200: ProgrammeSchema }), tags };
  app.get('/programme', { schema: programme }, async (request) => ({
    themes: (await service.listThemes(app.db, { networkId: request.network.id })).map(presentTheme),
  }));

  app.post(
    '/themes',
    {
      schema: {
        operationId: 'createTheme',
        body: CreateThemeSchema,
        response: answers({ 201: ThemeSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'theme.create' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const theme = await service.addTheme(app.db, request.network, request.body);
      request.audited({ targetId: theme.id });
      return reply.status(201).send(presentTheme(theme));
    },
  );

  app.put(
    '/themes/order',
    {
      schema: {
        operationId: 'reorderThemes',
        body: ReorderThemesSchema,
        response: answers({ 200: ProgrammeSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'theme.reorder' } },
    },
    async (request) => {
      await request.authorize('plan-events');
      return {
        themes: (await service.reorderThemes(app.db, request.network, request.body.themeIds)).map(
          presentTheme,
        ),
      };
    },
  );
}

/** One theme: editing and deleting it. */
function themeRoutes(app: App) {
  app.patch(
    '/themes/:themeId',
    {
      schema: {
        operationId: 'updateTheme',
        params: ThemeParams,
        body: UpdateThemeSchema,
        response: answers({ 200: ThemeSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'theme.update', target: 'themeId', fields: true } },
    },
    async (request) => {
      await request.authorize('plan-events');
      const row = await service.updateTheme(app.db, {
        networkId: request.network.id,
        themeId: request.params.themeId,
        values: request.body,
      });
      if (!row) throw new NotFound('The theme');
      return presentTheme(row);
    },
  );

  app.delete(
    '/themes/:themeId',
    {
      schema: {
        operationId: 'deleteTheme',
        params: ThemeParams,
        response: answers({ 204: NoContent }, 401, 403),
        tags,
      },
      config: { audit: { action: 'theme.delete', target: 'themeId' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const deleted = await service.deleteTheme(app.db, {
        networkId: request.network.id,
        themeId: request.params.themeId,
      });
      if (!deleted) throw new NotFound('The theme');
      return reply.status(204).send(null);
    },
  );
}

/** Creating a series of events, or a single one. */
function eventCreationRoutes(app: App) {
  app.post(
    '/series',
    {
      schema: {
        operationId: 'createSeries',
        body: CreateSeriesSchema,
        response: answers({ 201: SeriesCreatedSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'series.create' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const created = await service.createSeries(app.db, request.network, request.body);
      request.audited({ targetId: created.seriesId, details: { events: created.events.length } });
      const themes = new Map(
        (await service.listThemes(app.db, { networkId: request.network.id })).map((th) => [th.id, th]),
      );
      return reply.status(201).send({
        seriesId: created.seriesId,
        events: created.events.map((e) => presentEventSummary(e, themes.get(e.themeId ?? '') ?? null)),
        holidays: created.holidays,
      });
    },
  );

  app.post(
    '/events',
    {
      schema: {
        operationId: 'createEvent',
        body: CreateEventSchema,
        response: answers({ 201: EventCreatedSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'event.create' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const row = await service.createEvent(app.db, request.network, request.body);
      request.audited({ targetId: row.slug });
      const event = await presentWithTheme(app.db, row, true, await request.actor());
      return reply.status(201).send({ ...event, holidays: service.holidaysOn(row.localDate) });
    },
  );
}

/** What the forms show before saving: a series' dates, and the public holidays a meeting falls on. */
function previewRoutes(app: App) {
  app.post(
    '/series/preview',
    {
      schema: {
        operationId: 'previewSeries',
        body: SeriesPreviewRequestSchema,
        response: answers({ 200: SeriesPreviewSchema }, 401, 403),
        tags,
      },
      config: { audit: { none: 'a preview changes nothing' }, changesNothing: true },
    },
    async (request) => {
      await request.authorize('plan-events');
      const { meetings, holidays } = service.previewSeries(request.body.rule);
      return {
        meetings: meetings.map((m) => ({
          localDate: m.localDate,
          startsAt: m.startsAt.toISOString(),
          endsAt: m.endsAt.toISOString(),
        })),
        holidays,
      };
    },
  );
  app.get(
    '/holidays',
    {
      schema: {
        operationId: 'listHolidays',
        querystring: HolidayQuerySchema,
        response: answers({ 200: HolidayListSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('plan-events');
      return { holidays: service.holidaysOn(request.query.date) };
    },
  );
}

/** Lists of events, upcoming, past or all, searched by text, theme or year. */
function eventListRoute(app: App) {
  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        querystring: EventQuerySchema,
        response: answers({ 200: EventListSchema, 304: NotModified }),
        tags,
      },
    },
    async (request, reply) => {
      const organiser = await request.may('plan-events');
      const { when, q: text, theme, year, limit } = request.query;
      const list = async () => ({
        events: await listSummaries(app.db, app.config.PUBLIC_URL, request.network, organiser, request.query),
      });
      if (organiser || when !== 'upcoming' || text || theme || year) return list();
      // What every visitor asks for first: rendered once until the events change or the next one ends.
      const rendered = await app.eventsCache.get(request.network.id, `upcoming:${limit}`, async () => {
        const body = await list();
        const next = body.events[0];
        return { body: JSON.stringify(body), validUntil: next ? new Date(next.endsAt) : undefined };
      });
      return sendRendered(request, reply, rendered, {
        contentType: 'application/json; charset=utf-8',
        cacheControl: 'public, max-age=0, must-revalidate',
      });
    },
  );
}

/** One event: reading and editing it. */
function eventRoutes(app: App) {
  app.get(
    '/events/:event',
    {
      schema: { operationId: 'getEvent', params: EventParams, response: answers({ 200: EventSchema }), tags },
    },
    async (request) => {
      const organiser = await request.may('plan-events');
      const row = await service.getEvent(app.db, request.network, request.params.event);
      if (!isVisibleTo(row, organiser)) throw new NotFound('The event');
      return presentWithTheme(app.db, row, organiser, await request.actor());
    },
  );

  app.patch(
    '/events/:event',
    {
      schema: {
        operationId: 'updateEvent',
        params: EventParams,
        body: UpdateEventSchema,
        response: answers({ 200: EventSchema }, 401, 403, 409),
        tags,
      },
      config: { audit: { action: 'event.update', target: 'event', fields: { except: ['scope'] } } },
    },
    async (request) => {
      await request.authorize('plan-events');
      request.audited({ details: { scope: request.body.scope } });
      const event = await service.getEvent(app.db, request.network, request.params.event);
      return presentWithTheme(
        app.db,
        await service.editEvent(app.db, request.network, event, request.body),
        true,
        await request.actor(),
      );
    },
  );
}

/** A member saying whether they attend. */
function attendanceRoutes(app: App) {
  const ownAttendance = { audit: { none: 'a member says whether they attend' } };

  app.put(
    '/events/:event/attendance',
    {
      schema: {
        operationId: 'attendEvent',
        params: EventParams,
        response: answers({ 204: NoContent }, 401),
        tags,
      },
      config: ownAttendance,
    },
    async (request, reply) => {
      await setAttendance(app.db, request.network, request.params.event, await request.requireActor(), true);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/events/:event/attendance',
    {
      schema: {
        operationId: 'unattendEvent',
        params: EventParams,
        response: answers({ 204: NoContent }, 401),
        tags,
      },
      config: ownAttendance,
    },
    async (request, reply) => {
      await setAttendance(app.db, request.network, request.params.event, await request.requireActor(), false);
      return reply.status(204).send(null);
    },
  );
}

async function listSummaries(
  db: Db,
  publicUrl: string,
  network: NetworkRow,
  organiser: boolean,
  query: EventQuery,
) {
  const rows = await service.listEvents(db, {
    networkId: network.id,
    when: query.when,
    now: new Date(),
    statuses: visibleStatuses(organiser),
    text: query.q,
    themeId: query.theme,
    year: query.year,
    limit: query.limit,
  });
  const eventIds = rows.map(({ event }) => event.id);
  const materials = await materialsOfEvents(db, { networkId: network.id, eventIds });
  const eventsUrl = `${publicUrl}/api/networks/${network.slug}/events`;
  return rows.map(({ event, themeTitle }) =>
    presentEventSummary(
      event,
      themeTitle ? { title: themeTitle } : null,
      (materials.get(event.id) ?? []).map((row) => presentMaterial(`${eventsUrl}/${event.slug}`, row)),
    ),
  );
}

async function setAttendance(db: Db, network: NetworkRow, slug: string, actor: Actor, attending: boolean) {
  const event = await service.getEvent(db, network, slug);
  if (!isPublic(event)) throw new NotFound('The event');
  await service.setAttending(db, {
    networkId: network.id,
    eventId: event.id,
    userId: actor.userId,
    attending,
  });
}

async function presentWithTheme(db: Db, row: EventRow, organiser: boolean, actor: Actor | null) {
  const [theme, attendance] = await Promise.all([
    row.themeId ? service.findTheme(db, { networkId: row.networkId, themeId: row.themeId }) : null,
    service.attendanceOf(db, {
      networkId: row.networkId,
      eventId: row.id,
      userId: actor?.userId ?? null,
    }),
  ]);
  return presentEvent(row, {
    theme,
    organiser,
    now: new Date(),
    attendance: { count: attendance.count, mine: actor ? attendance.mine : null },
  });
}
