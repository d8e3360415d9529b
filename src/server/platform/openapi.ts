import type { SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { ErrorSchema } from '#shared/errors.ts';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 414 | 415 | 429 | 500;

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'The input breaks the contract (`invalid-input`, naming each field) or the request is malformed (`invalid-request`).',
  401: 'Sign in first (`unauthorized`).',
  403: 'This person may not do this, or a write came from another site (`forbidden`).',
  404: 'No such network or object here (`not-found`).',
  409: 'The current state does not allow this (`conflict`).',
  410: 'The link or object is no longer usable.',
  413: 'The body or file is too large (`too-large`).',
  414: 'A parameter of the address is longer than the router takes (`invalid-request`).',
  415: 'The body is of a type this operation does not read (`invalid-request`).',
  429: 'Too many requests from this client; try again later (`rate-limited`).',
  500: 'Something went wrong on the server (`internal`).',
};

const errorSchemas = new Map<ErrorStatus, typeof ErrorSchema>();
/** The shared error shape, described for one status. */
export function errorResponse(status: ErrorStatus): typeof ErrorSchema {
  let schema = errorSchemas.get(status);
  if (!schema) {
    schema = ErrorSchema.describe(ERROR_DESCRIPTIONS[status]);
    errorSchemas.set(status, schema);
  }
  return schema;
}

/** The schema of a 204 answer: no body. */
export const NoContent = z.null().describe('Done; no content.');

/** The answer to a conditional GET whose `If-None-Match` is still current. */
export const NotModified = z
  .null()
  .describe('Not modified: the copy the client has (by its ETag) is current.');

/**
 * Node itself cuts off a request that does not arrive within REQUEST_TIMEOUT_SECONDS, before any
 * route sees it: a 408 without a body, which any operation can get.
 */
export const RequestTimeout = z
  .null()
  .describe('The request did not arrive in time (REQUEST_TIMEOUT_SECONDS); answered without a body.');

/** A response that is not JSON: text of `type`, or bytes (`binary`) such as an uploaded file. */
export function fileResponse(type: string, description: string, binary?: 'binary') {
  // Bytes are sent as a Buffer, which a string schema would not type.
  const schema = binary ? z.any().meta({ type: 'string', format: 'binary' }) : z.string();
  return { description, content: { [type]: { schema } } };
}

/**
 * A route's answers: what it answers on success, and the error shape for each error status its
 * handler gives itself (401 from `requireActor`, 403 from `authorize`, 404, 409 …). The statuses
 * every route can give (see `completeAnswers`) are added by the platform.
 */
export function answers<const R extends Record<number, unknown>, const E extends ErrorStatus>(
  ok: R,
  ...errors: E[]
): R & Record<E, typeof ErrorSchema> {
  const all: Record<number, unknown> = { ...ok };
  for (const status of errors) all[status] = errorResponse(status);
  return all as R & Record<E, typeof ErrorSchema>;
}

/** The errors `route` can answer whatever its handler does, by what the platform checks before it. */
export function platformErrors(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): ErrorStatus[] {
  const methods = [route.method].flat();
  const writes = methods.some((m) => m !== 'GET' && m !== 'HEAD');
  const statuses: ErrorStatus[] = [400, 500]; // the input guard checks every address; anything can fail
  if (writes) statuses.push(403, 413, 415); // CSRF, body limit, content type
  if (route.url.includes('/:')) statuses.push(414); // the router's longest parameter
  if (route.url.startsWith('/api/networks/:network')) statuses.push(404);
  if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit) statuses.push(429);
  return statuses;
}

/** The session cookie, for the document's security scheme. */
export const SESSION_COOKIE = 'verkosto.session_token';

const TAGS: Record<string, string> = {
  auth: 'Signing in and out, and the current session.',
  admin: 'The installation: its first admin and its admins.',
  people: "A person's own profile and data, and organisations.",
  networks: 'Networks, their members, organisers and invitations.',
  events: 'The programme: themes, series, events, attendance, materials and calendar feeds.',
  live: "An event's live room (its WebSocket protocol is in docs/live-protocol.md).",
  outreach: 'Lists, subscribers, the interest form, imports and campaigns.',
  audit: 'The audit log of a network and of the installation.',
  surveys: 'Feedback surveys: their questions, answering them (anonymous by construction) and their results.',
  markdown: 'Previews of the Markdown the server publishes.',
  installation: "The installation's contact address and accessibility statement.",
};

/** The document's own parts; operations come from the routes. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Verkosto API',
    version: '0.1.0',
    description:
      'JSON API of Verkosto. Every error answers `{ "error": { "code", "message", "fields"?, "fieldIssues"? } }`; ' +
      'the codes are listed in the `code` enum. Writes that carry the session cookie must come from ' +
      "Verkosto's own pages: their `Origin` header must be the site's (there is no CSRF token).",
  },
  tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
  components: {
    securitySchemes: {
      session: {
        type: 'apiKey' as const,
        in: 'cookie' as const,
        name: SESSION_COOKIE,
        description:
          'The session cookie set when signing in. A write with it must send the Origin header of the site.',
      },
    },
  },
};

type JsonSchema = Record<string, unknown>;
type Responses = Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
type Document = { paths?: Record<string, Record<string, { responses?: Responses }>>; components?: object };

/** `schema` without its own description (each status describes the error shape its own way). */
const undescribed = (schema: JsonSchema) => JSON.stringify({ ...schema, description: undefined });

/**
 * The document's final step: every error answer refers to one `Error` schema instead of repeating
 * it in each of several hundred responses.
 */
export const shareErrorSchema: SwaggerTransformObject = (documentObject) => {
  if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
  const openapiObject = documentObject.openapiObject as Partial<Document>;
  let shared: JsonSchema | undefined;
  for (const item of Object.values(openapiObject.paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (Number(status) < 400 || !json?.schema) continue;
        const { description: _description, ...schema } = json.schema;
        shared ??= schema;
        if (undescribed(schema) === undescribed(shared)) json.schema = { $ref: '#/components/schemas/Error' };
      }
    }
  }
  const components = { ...openapiObject.components } as { schemas?: Record<string, JsonSchema> };
  if (shared) components.schemas = { ...components.schemas, Error: shared };
  return { ...openapiObject, components } as typeof documentObject.openapiObject;
};

/** What a test needs to know of a registered route. */
export type RegisteredRoute = {
  method: string[];
  url: string;
  hidden: boolean;
  operationId?: string;
  /** The statuses the route declares, after `completeAnswers`. */
  statuses: number[];
  /** The schema of each declared status (a response object for non-JSON answers). */
  response: Record<number, unknown>;
  platformErrors: ErrorStatus[];
};
const registered = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every route registered on `app`, as `completeAnswers` saw it: for tests that walk them. */
export const registeredRoutes = (app: FastifyInstance): readonly RegisteredRoute[] =>
  registered.get(app) ?? [];

/**
 * Completes every /api route's document entry before it is compiled: the platform's error answers,
 * and the session requirement of a route that answers 401.
 */
export function completeAnswers(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registered.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const schema = (route.schema ?? {}) as NonNullable<RouteOptions['schema']> & {
      security?: unknown;
      hide?: boolean;
      operationId?: string;
    };
    const response: Record<number, unknown> = { ...(schema.response as Record<number, unknown>) };
    const errors = platformErrors(route);
    if (!schema.hide) {
      for (const status of errors) response[status] ??= errorResponse(status);
      response[408] ??= RequestTimeout;
      const security = schema.security ?? (401 in response ? [{ session: [] }] : undefined);
      route.schema = { ...schema, response, ...(security ? { security } : {}) };
    }
    routes.push({
      method: [route.method].flat(),
      url: route.url,
      hidden: Boolean(schema.hide),
      operationId: schema.operationId,
      statuses: Object.keys(response).map(Number),
      response,
      platformErrors: errors,
    });
  });
}
