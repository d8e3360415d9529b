import { queryOptions } from '@tanstack/react-query';
import { AuditPageSchema } from '#shared/audit.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';
import { type AuditFilter, type AuditQuery, auditParams } from './audit-query.ts';

export function getAdminAudit(query: AuditQuery, signal?: AbortSignal) {
  return apiRequest(`/api/admin/audit?${auditParams(query)}`, { schema: AuditPageSchema, signal });
}

export const adminAuditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: queryKeys.adminAudit(query),
    queryFn: ({ signal }) => getAdminAudit(query, signal),
  });

/** The CSV download of the entries that match `filter`. */
export const adminAuditExportPath = (filter: AuditFilter) =>
  `/api/admin/audit/export.csv?${auditParams(filter)}`;
