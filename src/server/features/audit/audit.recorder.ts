import type {
  FastifyInstance,
  FastifyRequest,
  onSendHookHandler,
  preValidationHookHandler,
  RouteOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { type ActedAs, AUDIT_ACTIONS, type AuditAction, type AuditDetails } from '#shared/audit.ts';
import { type AuditRecord, recordAuditEntry } from './audit.service.ts';

export type AuditedRoute = {
  action: AuditAction;
  /** The route parameter that holds the target's id; network actions default to the network. */
  target?: string;
  /** Records the names of the fields the client sent (never their values), less `except`. */
  fields?: true | { except: readonly string[] };
};

/** What a route does for the audit log: an action, or why no organiser or admin acts through it. */
export type RouteAudit = AuditedRoute | { none: string };

/** What only the handler knows: the id it created, a count, a network found on the way. */
export type AuditNote = {
  networkId?: string;
  targetId?: string;
  actedAs?: ActedAs;
  details?: AuditDetails;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Every write under /api/ must say what it does for the audit log, or the app does not start
     * (docs/decisions/0014).
     */
    audit?: RouteAudit;
  }
  interface FastifyRequest {
    /** Adds to the entry that this request's route records once it has succeeded. */
    audited(note: AuditNote): void;
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const notes = new WeakMap<FastifyRequest, AuditNote>();

/** Refuses a write route under /api/ that has not declared what it does for the audit log. */
function requireDeclared(route: RouteOptions): void {
  const methods = [route.method].flat();
  if (!route.url.startsWith('/api/') || !methods.some((m) => WRITES.has(m))) return;
  throw new Error(
    `${methods.join(',')} ${route.url} must declare config.audit: the action it records in the ` +
      "audit log, or { none: 'why no organiser or admin acts through it' } (docs/decisions/0014)",
  );
}

const givenFields = new WeakMap<FastifyRequest, string[]>();

/** Notes the fields the client sent, before the schema adds defaults to the body. */
function noteGivenFields(fields: NonNullable<AuditedRoute['fields']>): preValidationHookHandler {
  const except = fields === true ? [] : fields.except;
  return async (request) => {
    const body = request.body;
    if (typeof body === 'object' && body !== null) {
      givenFields.set(
        request,
        Object.keys(body).filter((key) => !except.includes(key)),
      );
    }
  };
}

/** Routes outside /api/networks/:network have no `network` on their requests. */
const networkOf = (request: FastifyRequest) => (request as { network?: NetworkRow | null }).network ?? null;

async function entryFor(request: FastifyRequest, audit: AuditedRoute): Promise<AuditRecord> {
  const actor = await request.actor();
  const note = notes.get(request) ?? {};
  const network = networkOf(request);
  const actedAs =
    note.actedAs ??
    (network && request.networkRole === 'organiser' ? 'organiser' : actor?.isAdmin && 'admin');
  // A success for someone neither organiser nor admin means a missing authorize(): fail loudly.
  if (!actor || !actedAs) throw new Error(`${audit.action} succeeded for someone not authorised to do it`);
  const params = request.params as Record<string, string>;
  const targetId =
    note.targetId ??
    (audit.target ? params[audit.target] : AUDIT_ACTIONS[audit.action] === 'network' ? network?.id : null);
  return {
    actor: { userId: actor.userId, email: actor.email },
    actedAs,
    networkId: note.networkId ?? network?.id ?? null,
    action: audit.action,
    targetId,
    details: { ...(audit.fields ? { fields: givenFields.get(request) ?? [] } : {}), ...note.details },
  };
}

/** Records the route's action once it has succeeded, before the answer leaves. */
function recordOnSuccess(app: FastifyInstance, audit: AuditedRoute): onSendHookHandler {
  return async (request, reply, payload) => {
    if (reply.statusCode >= 400 || request.method === 'HEAD') return payload;
    const entry = await entryFor(request, audit);
    try {
      await recordAuditEntry(app.db, entry);
    } catch (error) {
      // The action was done: the log keeps what the audit log could not (the client gets a 500).
      const { actor, ...rest } = entry;
      request.log.error({ err: error, audit: { ...rest, actorId: actor?.userId } }, 'audit entry lost');
      throw error;
    }
    return payload;
  };
}

/**
 * Records every organiser and admin action done through the API: each route declares its action
 * in `config.audit`, and an entry is written after the route succeeded, before the answer is sent.
 */
export const auditRecorder = fp(
  async (app) => {
    app.decorateRequest('audited', function (this: FastifyRequest, note: AuditNote) {
      const earlier = notes.get(this);
      notes.set(this, { ...earlier, ...note, details: { ...earlier?.details, ...note.details } });
    });
    app.addHook('onRoute', (route) => {
      const audit = route.config?.audit;
      if (!audit) return requireDeclared(route);
      if (!('action' in audit)) return;
      route.onSend = [route.onSend ?? []].flat().concat(recordOnSuccess(app, audit));
      if (audit.fields)
        route.preValidation = [route.preValidation ?? []].flat().concat(noteGivenFields(audit.fields));
    });
  },
  { name: 'audit-recorder', dependencies: ['actor'] },
);
