import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '#server/features/auth/auth.policy.ts';
import { answers, fileResponse } from '#server/platform/openapi.ts';
import {
  AdminAuditFilterSchema,
  AdminAuditQuerySchema,
  type AuditDetails,
  type AuditFilter,
  AuditFilterSchema,
  AuditPageSchema,
  AuditQuerySchema,
} from '#shared/audit.ts';
import { installationScope, networkScope } from './audit.policy.ts';
import { auditCsv } from './audit.presenter.ts';
import * as service from './audit.service.ts';

const tags = ['audit'];
const exported = { audit: { action: 'audit.export' } } as const;
const csvAnswer = fileResponse('text/csv', 'The matching entries as a CSV download, newest first.');

/** The filter as search terms, and as the details of an export's own entry. */
function searchOf({ action, from, to }: AuditFilter) {
  return { action, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined };
}
const filterDetails = ({ action, from, to }: AuditFilter): AuditDetails => ({
  ...(action ? { action } : {}),
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
});

function sendCsv(reply: FastifyReply, name: string, entries: AsyncIterable<unknown>) {
  return reply
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .type('text/csv; charset=utf-8')
    .send(Readable.from(entries));
}

/** A network's audit log for its organisers, under /api/networks/:network. */
export const auditNetworkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        operationId: 'listNetworkAudit',
        querystring: AuditQuerySchema,
        response: answers({ 200: AuditPageSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('read-audit');
      const { before, limit, ...filter } = request.query;
      const scope = networkScope(request.network);
      return service.listAuditEntries(app.db, { scope, ...searchOf(filter), before, limit });
    },
  );

  app.get(
    '/audit/export.csv',
    {
      schema: {
        operationId: 'exportNetworkAudit',
        querystring: AuditFilterSchema,
        response: answers({ 200: csvAnswer }, 401, 403),
        tags,
      },
      config: exported,
    },
    async (request, reply) => {
      await request.authorize('read-audit');
      request.audited({ details: filterDetails(request.query) });
      const search = { scope: networkScope(request.network), ...searchOf(request.query) };
      const entries = auditCsv(service.allAuditEntries(app.db, search));
      return sendCsv(reply, `${request.network.slug}-audit.csv`, entries);
    },
  );
};

/** The whole installation's audit log for its admins. */
export const auditAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const scopeOf = (network: string | undefined) =>
    installationScope(network, (slug) => app.networkCache.get(slug));

  app.get(
    '/api/admin/audit',
    {
      schema: {
        operationId: 'listAudit',
        querystring: AdminAuditQuerySchema,
        response: answers({ 200: AuditPageSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      can(await request.requireActor(), 'manage-installation');
      const { before, limit, network, ...filter } = request.query;
      const scope = await scopeOf(network);
      return service.listAuditEntries(app.db, { scope, ...searchOf(filter), before, limit });
    },
  );

  app.get(
    '/api/admin/audit/export.csv',
    {
      schema: {
        operationId: 'exportAudit',
        querystring: AdminAuditFilterSchema,
        response: answers({ 200: csvAnswer }, 401, 403),
        tags,
      },
      config: exported,
    },
    async (request, reply) => {
      can(await request.requireActor(), 'manage-installation');
      const { network, ...filter } = request.query;
      const scope = await scopeOf(network);
      request.audited({ details: { ...filterDetails(filter), ...(network ? { network } : {}) } });
      const entries = auditCsv(service.allAuditEntries(app.db, { scope, ...searchOf(filter) }));
      return sendCsv(reply, 'verkosto-audit.csv', entries);
    },
  );
};
