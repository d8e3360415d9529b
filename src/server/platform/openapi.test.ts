/**
 * The OpenAPI document is valid OpenAPI 3.1 and complete: every operation has its parameters, an
 * id, a tag and every status its route declares; and every /api route declares a success schema
 * and the shared error shape for each error the platform can give it.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '#shared/errors.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { errorResponse, type RegisteredRoute, RequestTimeout, registeredRoutes } from './openapi.ts';

type Operation = {
  operationId?: string;
  tags?: string[];
  parameters?: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
  security?: Record<string, string[]>[];
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string }[];
  components: { securitySchemes: Record<string, unknown>; schemas?: Record<string, unknown> };
};

/** /api routes the document leaves out on purpose. */
const HIDDEN = [
  /^GET \/api\/openapi\.json$/, // the document itself
  /^(GET|HEAD) \/api\/docs(\/.*)?$/, // its reference page (Swagger UI) and the page's files
  /^GET \/api\/networks\/:network\/live\/:event\/socket$/, // a WebSocket (docs/live-protocol.md)
];

let t: TestApp;
let doc: Doc;
let routes: readonly RegisteredRoute[];
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
/** The document's path of a route's URL: `/a/:b` → `/a/{b}`, without a trailing slash. */
const pathOf = (url: string) => url.replace(/:(\w+)/g, '{$1}').replace(/(?<=.)\/$/, '');
const documented = (route: RegisteredRoute) =>
  route.method
    .filter((m) => m !== 'HEAD')
    .map((m) => ({ key: `${m} ${route.url}`, op: doc.paths[pathOf(route.url)]?.[m.toLowerCase()] }));

beforeAll(async () => {
  t = await buildTestApp();
  doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
  routes = registeredRoutes(t.app).filter((r) => !r.method.every((m) => m === 'HEAD'));
  expect(routes.length).toBeGreaterThan(60);
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0');
    // The validator dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('declares every parameter of every path', () => {
    const undeclared = operations().flatMap(({ path, method, op }) => {
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      return [...path.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => !declared.includes(name as string))
        .map((name) => `${method} ${path} {${name}}`);
    });
    expect(undeclared).toEqual([]);
  });

  it('gives every operation a unique camelCase id and a tag the document describes', () => {
    const tags = doc.tags.map((tag) => tag.name);
    const ids = operations().flatMap(({ op }) => (op.operationId ? [op.operationId] : []));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    const faults = routes
      .filter((r) => !r.hidden)
      .flatMap(documented)
      .filter(({ op }) => !op?.operationId || !op.tags?.length || !op.tags.every((tag) => tags.includes(tag)))
      .map(({ key }) => key);
    expect(faults).toEqual([]);
  });

  it('has every status every route declares, and only those', () => {
    const faults = routes
      .filter((r) => !r.hidden)
      .flatMap((route) =>
        documented(route).flatMap(({ key, op }) => {
          const inDoc = Object.keys(op?.responses ?? {}).map(Number);
          return inDoc.sort().join() === [...route.statuses].sort().join() ? [] : [`${key}: ${inDoc}`];
        }),
      );
    expect(faults).toEqual([]);
  });

  it('lists the error codes and asks for the session where a route answers 401', () => {
    const error = doc.components.schemas?.Error as {
      properties: { error: { properties: { code: { enum: string[] } } } };
    };
    expect(error.properties.error.properties.code.enum).toEqual([...ERROR_CODES]);
    // Every error answer refers to that one schema.
    const errors = operations().flatMap(({ op }) =>
      Object.entries(op.responses).filter(([status, r]) => Number(status) >= 400 && r.content),
    );
    expect(errors.length).toBeGreaterThan(300);
    for (const [, response] of errors) {
      expect(response.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Error' });
    }
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    const unmarked = operations()
      .filter(({ op }) => op.responses['401'] && !op.security?.some((s) => 'session' in s))
      .map(({ method, path }) => `${method} ${path}`);
    expect(unmarked).toEqual([]);
  });

  it('leaves out only the routes meant to be left out', () => {
    const hidden = routes.filter((r) => r.hidden).flatMap((r) => r.method.map((m) => `${m} ${r.url}`));
    expect(hidden.filter((key) => !HIDDEN.some((pattern) => pattern.test(key)))).toEqual([]);
  });
});

describe('every /api route', () => {
  it('declares a success schema, and the error shape for every error the platform can give it', () => {
    const faults = routes
      .filter((r) => !r.hidden)
      .flatMap((route) => {
        const key = `${route.method.join(',')} ${route.url}`;
        const problems: string[] = [];
        if (!route.statuses.some((s) => s >= 200 && s < 400)) {
          problems.push(`${key}: no success schema`);
        }
        for (const status of route.platformErrors) {
          if (!route.response[status]) problems.push(`${key}: no ${status}`);
        }
        if (route.response[408] !== RequestTimeout) problems.push(`${key}: no 408`);
        for (const status of route.statuses.filter((s) => s >= 400 && s !== 408)) {
          const schema = route.response[status];
          const shared = schema === errorResponse(status as Parameters<typeof errorResponse>[0]);
          if (!shared) problems.push(`${key}: ${status} is not the shared error shape`);
        }
        return problems;
      });
    expect(faults).toEqual([]);
  });

  it('is in the document unless hidden, with the network parameter below a network', () => {
    const missing = routes
      .filter((r) => !r.hidden)
      .flatMap(documented)
      .filter(({ op }) => !op)
      .map(({ key }) => key);
    expect(missing).toEqual([]);
    const scoped = operations().filter(({ path }) => path.startsWith('/api/networks/{network}'));
    expect(scoped.length).toBeGreaterThan(30);
  });
});
