/** What a page of the audit log is asked for; absent means "no filter". */
export interface AuditFilter {
  action?: string;
  /** ISO instants: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  /** Admins only: a network's slug, or `none` for the installation's own actions. */
  network?: string;
}

export type AuditQuery = AuditFilter & { before?: string };

/** The query string of an audit request or export, without empty values. */
export function auditParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return params;
}
