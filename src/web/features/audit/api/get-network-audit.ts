import { queryOptions } from '@tanstack/react-query';
import { AuditPageSchema } from '#shared/audit.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';
import { type AuditFilter, type AuditQuery, auditParams } from './audit-query.ts';

const base = (network: string) => `/api/networks/${seg(network)}/audit`;

export function getNetworkAudit(network: string, query: AuditQuery, signal?: AbortSignal) {
  return apiRequest(`${base(network)}?${auditParams(query)}`, { schema: AuditPageSchema, signal });
}

export const networkAuditQueryOptions = (network: string, query: AuditQuery) =>
  queryOptions({
    queryKey: queryKeys.networks.audit(network, query),
    queryFn: ({ signal }) => getNetworkAudit(network, query, signal),
  });

/** The CSV download of the entries that match `filter`. */
export const networkAuditExportPath = (network: string, filter: AuditFilter) =>
  `${base(network)}/export.csv?${auditParams(filter)}`;
