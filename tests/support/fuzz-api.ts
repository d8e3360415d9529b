/**
 * Requests for the API fuzz test: the operations of /api/openapi.json, a test app with two networks
 * and a person in every role, one generated request per case, and the checks every answer must pass.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { makeAdmin } from '#server/features/auth/auth.service.ts';
import { addTheme, createEvent } from '#server/features/events/events.service.ts';
import { addLink } from '#server/features/events/materials.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { follow } from '#server/features/networks/networks.service.ts';
import {
  addPending,
  createCampaign,
  createList,
  listSubscribers,
} from '#server/features/outreach/outreach.service.ts';
import { ErrorSchema } from '#shared/errors.ts';
import { signIn, type TestApp } from './app.ts';
import { buildNetwork, buildPerson } from './factories.ts';
import {
  anyJson,
  hostileSegment,
  hostileText,
  type JsonSchema,
  mutate,
  plausible,
  type RawBody,
  type Refs,
  rawBody,
} from './fuzz-values.ts';

export const ACTORS = ['visitor', 'member', 'organiser', 'other-organiser', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];

export type Operation = {
  method: string;
  /** With `{param}` placeholders, as in the document. */
  path: string;
  pathParams: string[];
  /** The path parameters the document declares. */
  declaredParams: string[];
  query: Record<string, JsonSchema>;
  body?: JsonSchema;
  /** The statuses the document says the operation answers. */
  responses: string[];
};

/** Every operation of the OpenAPI document, and every `{param}` its path has (declared or not). */
export function operationsOf(doc: {
  paths: Record<
    string,
    Record<string, { parameters?: unknown[]; requestBody?: unknown; responses?: object }>
  >;
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => {
      const parameters = (op.parameters ?? []) as { in: string; name: string; schema: JsonSchema }[];
      const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)
        ?.content;
      return {
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
        declaredParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        body: content?.['application/json']?.schema,
        responses: Object.keys(op.responses ?? {}),
      };
    }),
  );
}

export type Fixtures = {
  own: Refs;
  /** The same kinds of thing in another network: what a cross-network request names. */
  foreign: Refs;
  cookies: Record<Exclude<ActorName, 'visitor'>, string>;
};

/** Two networks, each with a theme, a meeting, a material, a list with an address and a campaign. */
export async function buildFixtures(t: TestApp): Promise<Fixtures> {
  const a = await buildNetwork(t);
  const b = await buildNetwork(t);
  const member = await buildPerson(t);
  await follow(t.database.db, a.network, { ...member, name: '', isAdmin: false });
  const adminEmail = `admin-${randomUUID()}@example.org`;
  await makeAdmin(t.database.db, adminEmail, { createUser: true });
  const own = await refsIn(t, a.network, a.organiser.userId, '2031-05-02', member.userId);
  const foreign = await refsIn(t, b.network, b.organiser.userId, '2031-05-09', b.organiser.userId);
  return {
    own,
    foreign,
    cookies: {
      member: member.cookie,
      organiser: a.organiser.cookie,
      'other-organiser': b.organiser.cookie,
      admin: await signIn(t, adminEmail),
    },
  };
}

async function refsIn(t: TestApp, network: NetworkRow, organiserId: string, date: string, userId: string) {
  const { db } = t.database;
  const theme = await addTheme(db, network, { title: { fi: 'Teema' } });
  const event = await createEvent(db, network, {
    title: { fi: 'Tapaaminen' },
    date,
    startTime: '09:00',
    durationMinutes: 90,
  });
  const material = await addLink(
    db,
    { networkId: network.id, eventId: event.id },
    {
      title: { fi: 'Diat' },
      url: 'https://example.org/diat',
    },
  );
  const list = await createList(db, network, { name: { fi: 'Kiinnostuneet' }, onInterestForm: true });
  await addPending(db, network, [list.id], {
    email: `sub-${randomUUID()}@example.org`,
    name: 'S',
    language: 'fi',
    source: 'manual',
  });
  const [subscriber] = await listSubscribers(db, network, list.id);
  const campaign = await createCampaign(db, network, { subject: 'Kutsu', listIds: [list.id] }, organiserId);
  return {
    networkSlug: network.slug,
    eventSlug: event.slug,
    eventId: event.id,
    themeId: theme.id,
    listId: list.id,
    campaignId: campaign.id,
    materialId: material.id,
    subscriberId: subscriber?.id ?? randomUUID(),
    userId,
  } satisfies Refs;
}

/** A path parameter's real value. */
function segmentFor(param: string, refs: Refs): string {
  const byParam: Record<string, string> = {
    network: refs.networkSlug,
    event: refs.eventSlug,
    themeId: refs.themeId,
    listId: refs.listId,
    campaignId: refs.campaignId,
    materialId: refs.materialId,
    subscriberId: refs.subscriberId,
    userId: refs.userId,
  };
  return byParam[param] ?? 'fuzz-token-that-is-long-enough';
}

export type Case = {
  actor: ActorName;
  method: string;
  url: string;
  body?: RawBody;
  /** Each case comes from its own address, so per-address limits leave the routes reachable. */
  remoteAddress: string;
};

const json = (value: unknown): RawBody | undefined =>
  value === undefined ? undefined : { contentType: 'application/json', payload: JSON.stringify(value) };

/** One request to `op` with at most one thing wrong, or nothing wrong, or another network's ids. */
export function caseFor(op: Operation, fixtures: Fixtures): fc.Arbitrary<Case> {
  const writes = op.method !== 'GET' && op.method !== 'HEAD';
  const queryOf = (refs: Refs) =>
    plausible({ type: 'object', properties: op.query }, refs) as fc.Arbitrary<Query>;
  const bodyOf = (refs: Refs) => (op.body ? plausible(op.body, refs) : fc.constant(undefined));
  const build = (refs: Refs, segments: Record<string, string>, query: Query, body?: RawBody) => ({
    url: urlOf(op, (p) => segments[p] ?? encodeURIComponent(segmentFor(p, refs)), query),
    body,
  });
  const { own, foreign } = fixtures;
  const variants: fc.WeightedArbitrary<{ url: string; body?: RawBody }>[] = [
    { weight: 1, arbitrary: fc.tuple(queryOf(own), bodyOf(own)).map(([q, b]) => build(own, {}, q, json(b))) },
    // Another network's ids under this network's address.
    {
      weight: 1,
      arbitrary: fc
        .tuple(queryOf(foreign), bodyOf(foreign))
        .map(([q, b]) => build(foreign, { network: own.networkSlug }, q, json(b))),
    },
  ];
  if (op.pathParams.length) {
    const segment = fc.record({ param: fc.constantFrom(...op.pathParams), value: hostileSegment });
    variants.push({
      weight: 3,
      arbitrary: fc
        .tuple(segment, queryOf(own), bodyOf(own))
        .map(([s, q, b]) => build(own, { [s.param]: s.value }, q, json(b))),
    });
  }
  if (Object.keys(op.query).length) {
    const query = queryOf(own).chain((q) => mutate(q) as fc.Arbitrary<Query>);
    variants.push({
      weight: 2,
      arbitrary: fc.tuple(query, bodyOf(own)).map(([q, b]) => build(own, {}, q, json(b))),
    });
  }
  if (op.body) {
    const body = bodyOf(own).chain((b) => mutate(b));
    variants.push({ weight: 5, arbitrary: body.map((b) => build(own, {}, {}, json(b))) });
  }
  if (writes) variants.push({ weight: 2, arbitrary: rawBody.map((b) => build(own, {}, {}, b)) });
  return fc
    .record({
      actor: fc.constantFrom(...ACTORS),
      request: fc.oneof(...variants),
      remoteAddress: fc.tuple(fc.nat(255), fc.nat(255)).map(([x, y]) => `127.1.${x}.${y}`),
    })
    .map(({ actor, request, remoteAddress }) => ({ actor, method: op.method, ...request, remoteAddress }));
}

type Query = Record<string, unknown>;

function urlOf(op: Operation, segment: (param: string) => string, query: unknown): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, param: string) => segment(param));
  const search = queryString(query);
  return search ? `${path}?${search}` : path;
}

/** A query string from any value: arrays repeat the key, other values are written as text. */
export function queryString(query: unknown): string {
  const pairs: string[] = [];
  const entries: [string, unknown][] =
    typeof query === 'object' && query !== null ? Object.entries(query) : [['value', query]];
  for (const [key, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = typeof item === 'string' ? item : JSON.stringify(item);
      pairs.push(`${encodeURIComponent(key.toWellFormed())}=${encodeURIComponent(text.toWellFormed())}`);
    }
  }
  return pairs.join('&');
}

/** A hostile query for routes the document does not list (pages). */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.dictionary(fc.constantFrom('q', 'lang', 'token', 'x'), fc.oneof(hostileText, anyJson)).map(queryString),
  hostileSegment.map((s) => `q=${s}`),
);

/** Answers by class (`2xx`, `4xx`, …): enough 2xx shows the plausible values reach the routes. */
export type Totals = { requests: number; byClass: Record<string, number> };

/** Sends a case as a browser on our pages would (with Origin), from its own address. */
export async function send(
  t: TestApp,
  fixtures: Fixtures,
  c: Case,
  totals: Totals,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { origin: t.origin };
  if (c.actor !== 'visitor') headers.cookie = fixtures.cookies[c.actor];
  if (c.body?.contentType) headers['content-type'] = c.body.contentType;
  const response = await t.app.inject({
    method: c.method as 'GET',
    url: c.url,
    headers,
    remoteAddress: c.remoteAddress,
    ...(c.body ? { payload: c.body.payload } : {}),
  });
  totals.requests++;
  const statusClass = `${String(response.statusCode)[0]}xx`;
  totals.byClass[statusClass] = (totals.byClass[statusClass] ?? 0) + 1;
  return response;
}

/** The shared error contract, with a message a person can read. */
const ErrorShape = ErrorSchema.refine((body) => body.error.message.length > 0);

/**
 * Every answer: no 5xx, no stack trace, JSON errors in the documented shape, and (for an operation
 * of the document) a status the document lists for it.
 */
export function checkAnswer(c: Case, response: LightMyRequestResponse, documented?: string[]): void {
  const what = `${c.method} ${c.url.slice(0, 300)} as ${c.actor} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  if (response.statusCode >= 500) throw new Error(`server error: ${what}`);
  if (/\bat .+\.(ts|js):\d+/.test(response.body)) throw new Error(`stack trace: ${what}`);
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  if (response.statusCode >= 400 && isJson && !ErrorShape.safeParse(safeJson(response.body)).success) {
    throw new Error(`error not in the documented shape: ${what}`);
  }
  if (documented && !documented.includes(String(response.statusCode))) {
    throw new Error(`status not in the document (${documented.join(', ')}): ${what}`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const get = (pattern: string) => ({ method: 'GET' as const, pattern });
const both = (pattern: string) => [get(pattern), { method: 'POST' as const, pattern }];

/**
 * Addresses outside the document besides the web app's pages (WEB_ROUTES): calendar feeds, join
 * links, the links in e-mails, and better-auth's own endpoints.
 */
export const UNLISTED_ROUTES: { method: 'GET' | 'POST'; pattern: string }[] = [
  get('/n/:network/calendar.ics'),
  get('/n/:network/events/:event.ics'),
  get('/n/:network/join/:event'),
  get('/calendar/:token.ics'),
  ...both('/confirm/:token'),
  ...both('/unsubscribe/:token'),
  ...both('/n/:network/feedback/:event'),
  ...both('/n/:network/survey/:survey'),
  get('/api/auth/magic-link/verify'),
  get('/api/auth/get-session'),
  ...both('/api/auth/sign-out'),
  ...both('/api/auth/update-user'),
  get('/healthz'),
  get('/n/:network/:unknown/:deeper'),
];

/** A request to a page or unlisted address, with hostile segments, query or body. */
export function pageCaseFor(method: string, pattern: string, fixtures: Fixtures): fc.Arbitrary<Case> {
  const params = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  const segments = fc.tuple(...params.map(() => fc.option(hostileSegment, { freq: 2 })));
  const body =
    method === 'POST'
      ? fc.option(fc.oneof(rawBody, fc.dictionary(hostileText, anyJson, { maxKeys: 3 }).map(json)), {
          nil: undefined,
        })
      : fc.constant(undefined);
  return fc
    .record({
      actor: fc.constantFrom(...ACTORS),
      segments,
      query: fc.option(hostileQuery, { nil: '' }),
      body,
      remoteAddress: fc.tuple(fc.nat(255), fc.nat(255)).map(([x, y]) => `127.2.${x}.${y}`),
    })
    .map(({ actor, segments: given, query, body: payload, remoteAddress }) => {
      const path = pattern.replace(/:(\w+)/g, (_, param: string) => {
        const index = params.indexOf(param);
        return given[index] ?? encodeURIComponent(segmentFor(param, fixtures.own));
      });
      return { actor, method, url: query ? `${path}?${query}` : path, body: payload, remoteAddress };
    });
}
