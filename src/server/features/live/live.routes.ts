import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WebSocket } from 'ws';
import { getVisibleEvent } from '#server/features/events/events.service.ts';
import { Forbidden } from '#server/platform/errors.ts';
import { renderMarkdown } from '#server/platform/markdown.ts';
import { answers, fileResponse, NoContent } from '#server/platform/openapi.ts';
import { localized } from '#shared/common.ts';
import { EventParamsSchema as Params } from '#shared/events.ts';
import {
  JoinedSchema,
  JoinLiveSchema,
  LIVE_LIMITS,
  RoomArchiveSchema,
  RoomInfoSchema,
  SummarySchema,
} from '#shared/live.ts';
import { type HostAuditor, hostAuditor } from './live.audit.ts';
import { serveConnection } from './live.connection.ts';
import { LiveError } from './live.errors.ts';
import { isArchived, requireArchived, requireEnterable } from './live.policy.ts';
import { roomSettings, transcriptCsv, transcriptMarkdown } from './live.presenter.ts';
import { archiveOf, findRoom, transcript } from './live.queries.ts';
import { join, saveSummary } from './live.service.ts';
import type { RoomKey } from './live.stream.ts';

const tags = ['live'];

declare module 'fastify' {
  interface FastifyRequest {
    /** Set before a live-room socket is accepted. */
    liveRoom: {
      room: RoomKey;
      host: boolean;
      userId: string | null;
      recordHostAction: HostAuditor | null;
      endsAt: Date;
    } | null;
  }
}

type EventRequest = FastifyRequest<{ Params: { event: string } }>;

/** The room's event: any published or cancelled one; drafts only for organisers. */
const roomEvent = (request: EventRequest) =>
  getVisibleEvent(request.server.db, request, request.params.event);

const roomOf = (event: { networkId: string; id: string }): RoomKey => ({
  networkId: event.networkId,
  eventId: event.id,
});

/** The live room of each event, under /api/networks/:network/live/:event (docs/live-protocol.md). */
export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  app.decorateRequest('liveRoom', null);
  await app.register(roomRoutes);
  await app.register(archiveRoute);
  await app.register(socketRoute);
  await app.register(hostRoutes);
};

/** An ended meeting's room, read by anyone. */
const archiveRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/live/:event/archive',
    {
      schema: {
        operationId: 'getLiveArchive',
        params: Params,
        response: answers({ 200: RoomArchiveSchema }, 409),
        tags,
      },
    },
    async (request) => {
      const event = await roomEvent(request);
      requireArchived(event, new Date());
      return archiveOf(app.db, roomOf(event));
    },
  );
};

/** What anyone may do before the socket: see the room and enter it. */
const roomRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/live/:event',
    {
      schema: {
        operationId: 'getLiveRoom',
        params: Params,
        response: answers({ 200: RoomInfoSchema }),
        tags,
      },
    },
    async (request) => {
      const event = await roomEvent(request);
      const room = await findRoom(app.db, roomOf(event));
      return {
        eventId: event.id,
        ...roomSettings(room),
        presence: app.liveHub.presence(event.id),
        summaryHtml: room?.summary ? renderMarkdown(room.summary) : null,
        summary: (await request.may('host-live')) ? (room?.summary ?? null) : null,
        archived: isArchived(event, new Date()),
      };
    },
  );

  app.post(
    '/live/:event/participants',
    {
      schema: {
        operationId: 'joinLiveRoom',
        params: Params,
        body: JoinLiveSchema,
        response: answers({ 201: JoinedSchema }, 403, 409),
        tags,
      },
      // Generous: a whole office may enter at nine from one address.
      config: {
        rateLimit: { max: app.config.LIVE_JOINS_PER_MINUTE, timeWindow: 60_000 },
        audit: { none: 'anyone enters the room' },
      },
    },
    async (request, reply) => {
      const event = await roomEvent(request);
      const actor = await request.actor();
      const account = actor ? { userId: actor.userId, host: await request.may('host-live') } : null;
      requireEnterable(event, account?.host ?? false, new Date());
      try {
        const { participant, token } = await join(app.db, roomOf(event), request.body, account);
        return reply.status(201).send({ participantId: participant.id, token });
      } catch (error) {
        if (error instanceof LiveError && error.code === 'removed') throw new Forbidden(error.message);
        throw error;
      }
    },
  );
};

/** The room and the rights of a socket's person, resolved before the upgrade. */
async function resolveLiveRoom(request: EventRequest) {
  const event = await roomEvent(request);
  const actor = await request.actor();
  const host = actor ? await request.may('host-live') : false;
  requireEnterable(event, host, new Date());
  const actedAs = request.networkRole === 'organiser' ? 'organiser' : 'admin';
  request.liveRoom = {
    room: roomOf(event),
    endsAt: event.endsAt,
    host,
    userId: actor?.userId ?? null,
    recordHostAction:
      actor && host
        ? hostAuditor(request.server.db, {
            ...actor,
            actedAs,
            networkId: request.network.id,
            event: event.slug,
          })
        : null,
  };
}

const socketRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/live/:event/socket',
    {
      websocket: true,
      schema: { params: Params, hide: true },
      // Everything asynchronous happens before the upgrade, so no early frame can be missed.
      preValidation: resolveLiveRoom,
    },
    (socket, request) => {
      const room = request.liveRoom;
      if (!room) return socket.close(1011, 'room not resolved');
      serveConnection(socket, { db: app.db, hub: app.liveHub, log: request.log, ...room });
    },
  );
};

/** The hosts' summary of the room and its transcript. */
const hostRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/live/:event/summary',
    {
      schema: {
        operationId: 'saveLiveSummary',
        params: Params,
        body: SummarySchema,
        response: answers({ 204: NoContent }, 401, 403),
        tags,
      },
      config: { audit: { action: 'live.summary.save', target: 'event' } },
    },
    async (request, reply) => {
      await request.authorize('host-live');
      const event = await roomEvent(request);
      await saveSummary(app.db, roomOf(event), request.body.summary);
      return reply.status(204).send(null);
    },
  );
  for (const format of ['csv', 'md'] as const) exportRoute(app, format);
};

function exportRoute(app: FastifyInstance, format: 'csv' | 'md') {
  const type = format === 'csv' ? 'text/csv' : 'text/markdown';
  const file = fileResponse(type, `The room's transcript as a ${format.toUpperCase()} download.`);
  app.get(
    `/live/:event/export.${format}`,
    {
      schema: {
        operationId: format === 'csv' ? 'exportLiveCsv' : 'exportLiveMarkdown',
        params: Params,
        response: answers({ 200: file }, 401, 403),
        tags,
      },
      config: { audit: { action: 'live.export', target: 'event' } },
    },
    async (request: EventRequest, reply) => {
      await request.authorize('host-live');
      request.audited({ details: { format } });
      const event = await roomEvent(request);
      const said = await transcript(app.db, roomOf(event));
      // The record is written in English, so is its title where the organisers gave one.
      const title = localized(event.title, 'en', request.network.mainLanguage);
      const body = format === 'csv' ? transcriptCsv(said) : transcriptMarkdown(said, { ...event, title });
      return reply
        .header('content-disposition', `attachment; filename="${event.slug}-live.${format}"`)
        .header('cache-control', 'no-store')
        .type(`${type}; charset=utf-8`)
        .send(body);
    },
  );
}

export const LIVE_SOCKET_OPTIONS = {
  maxPayload: LIVE_LIMITS.frameBytes,
  /** How long a closed connection may take to read what was queued before it (4009 after a backlog). */
  closeTimeout: 30_000,
};

/**
 * Errors of an open live-room socket. ws's own (WS_ERR_*: an oversize frame, bad UTF-8, a protocol
 * violation) are the client's doing, and ws has already begun the close that says so (1009, 1007,
 * 1002): noted below error level without a stack, so no visitor can fill the error log.
 */
export function liveSocketError(error: Error, socket: WebSocket, request: FastifyRequest) {
  const { code } = error as Error & { code?: string };
  if (code?.startsWith('WS_ERR_')) {
    request.log.info({ code, reason: error.message }, 'live-room client broke the protocol');
    return;
  }
  request.log.error({ err: error }, 'live-room socket failed');
  socket.terminate();
}
