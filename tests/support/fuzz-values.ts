/**
 * Bad input for the API fuzz test (tests/integration/api-fuzz.test.ts): hostile strings, values of
 * the wrong type, bodies that are not what they claim to be, and plausible values from a JSON schema
 * so that one bad field reaches code past the others.
 */
import fc from 'fast-check';

/** The ids and names a plausible request refers to, from one network's fixtures. */
export type Refs = {
  networkSlug: string;
  eventSlug: string;
  eventId: string;
  themeId: string;
  listId: string;
  campaignId: string;
  materialId: string;
  subscriberId: string;
  userId: string;
};

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Text meant to break things: NUL, lone surrogates, odd Unicode, injections, sheer size. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    'x\ud800',
    '\udfff',
    '\ud83d',
    '%00',
    '',
    ' ',
    '\r\n',
    '\u202eevil',
    '\u200b',
    '🙂'.repeat(300),
    'Ä'.repeat(5000),
    "' OR '1'='1",
    '"; DROP TABLE users; --',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '__proto__',
    'constructor',
    '{{7*7}}',
    'null',
    '-1',
    '1e400',
  ),
  fc.string({ unit: fc.oneof(fc.constantFrom('\u0000', 'a', 'é', '\t'), loneSurrogate), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1000, max: 120_000 }).map((n) => 'x'.repeat(n)),
);

/** Path segments as they appear in an address (already percent-encoded, or deliberately not). */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%ZZ',
    '%',
    '%E0%A4%A',
    '%C3%84',
    '..',
    '%2e%2e',
    'a%2Fb',
    '%20',
    'x'.repeat(101),
    'y'.repeat(2000),
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  ),
  hostileText.filter((s) => s.isWellFormed() && s.length < 3000).map(encodeURIComponent),
  fc.uuid(),
);

/** A value of any JSON type, shallow or deep. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileText,
  fc.integer({ min: 40, max: 3000 }).map(nested),
  fc.constantFrom(1e308, -0, 2 ** 53 + 1, -1, 0, true, false, null, [], {}),
);

/** `depth` arrays inside each other: `[[[…]]]`. */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** A body sent as is, whatever the route expects. */
export type RawBody = { contentType?: string; payload: string | Buffer };

const BOUNDARY = 'fuzzboundary';

/** A multipart body from parts; `header` lines are given whole, so they can be wrong. */
export function multipart(parts: { header: string; content: string | Buffer }[], end = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\n${part.header}\r\n\r\n`),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    );
  }
  if (end) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

const filePart = (name: string, content: string | Buffer = '%PDF-1.4 fuzz') => ({
  header: `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf`,
  content,
});
const fieldPart = (name: string, value: string) => ({
  header: `Content-Disposition: form-data; name="${name}"`,
  content: value,
});
const formData = `multipart/form-data; boundary=${BOUNDARY}`;

/** Bodies that are not what their content type says, or not what any route takes. */
export const rawBody: fc.Arbitrary<RawBody> = fc.oneof(
  fc.constantFrom<RawBody>(
    ...[
      '{',
      '{"a":',
      '[1,2',
      '"\\ud800"',
      '"\\u0000"',
      '1e400',
      'null',
      '',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      '{"a\\u0000b":1}',
      `"${'x'.repeat(300 * 1024)}"`,
    ].map((payload) => ({ contentType: 'application/json', payload })),
    { contentType: 'application/json; charset=utf-16', payload: '{}' },
    { contentType: 'text/plain', payload: '{"title":"x"}' },
    { contentType: 'application/x-www-form-urlencoded', payload: 'title=a%00b&x=1' },
    { contentType: 'application/xml', payload: '<a>1</a>' },
    { contentType: 'application/octet-stream', payload: Buffer.from([0, 255, 254, 0]) },
    { payload: 'no content type' },
    { contentType: 'multipart/form-data', payload: 'no boundary' },
    { contentType: formData, payload: 'garbage without boundaries' },
    { contentType: formData, payload: multipart([filePart('cut.pdf')], false) },
    { contentType: formData, payload: multipart([{ header: 'Content-Disposition: bogus', content: 'x' }]) },
    { contentType: formData, payload: multipart([filePart('a\u0000.pdf')]) },
    { contentType: formData, payload: multipart([filePart('\ud800.pdf')]) },
    { contentType: formData, payload: multipart([fieldPart('title', 'a\u0000b'), filePart('ok.pdf')]) },
    { contentType: formData, payload: multipart([fieldPart('mapping', '["email","x"]'), filePart('l.csv')]) },
    {
      contentType: formData,
      payload: multipart([fieldPart('mapping', '{'), filePart('l.csv', 'email\na@b.fi')]),
    },
    { contentType: formData, payload: multipart([filePart('l.csv', 'email;name\na@b.fi;A\u0000B')]) },
    { contentType: formData, payload: multipart([filePart('one.pdf'), filePart('two.pdf')]) },
    {
      contentType: formData,
      payload: multipart(Array.from({ length: 8 }, (_, i) => fieldPart(`f${i}`, 'v'))),
    },
    { contentType: formData, payload: multipart([filePart('ok.pdf')]) },
    { contentType: formData, payload: multipart([filePart('big.pdf', Buffer.alloc(6 * 1024 * 1024, 1))]) },
  ),
  hostileText
    .filter((s) => s.length < 300_000)
    .map((payload) => ({ contentType: 'application/json', payload })),
);

/** A plausible value for `schema`, so that a request fails on the one field a mutation broke. */
export function plausible(schema: JsonSchema, refs: Refs, name = ''): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => plausible(v, refs, name)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return plausibleString(schema, refs, name);
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 100, 10_000) });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = plausible(schema.items ?? {}, refs, name);
      return fc.array(item, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    }
    case 'object':
      return plausibleObject(schema, refs);
    default:
      return fc.constant('x');
  }
}

function plausibleObject(schema: JsonSchema, refs: Refs): fc.Arbitrary<unknown> {
  const { properties, propertyNames, additionalProperties } = schema;
  if (!properties && propertyNames?.enum && typeof additionalProperties === 'object') {
    const key = fc.constantFrom(...(propertyNames.enum as string[]));
    return fc.dictionary(key, plausible(additionalProperties, refs), { maxKeys: 2 });
  }
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(properties ?? {})) record[key] = plausible(value, refs, key);
  return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
}

/** Strings by what their field is for, since the schema's pattern alone is hard to satisfy. */
function plausibleString(schema: JsonSchema, refs: Refs, name: string): fc.Arbitrary<string> {
  const byName: Record<string, string> = {
    email: 'fuzz.person@example.org',
    url: 'https://example.org/material',
    meetingUrl: 'https://example.org/meet',
    recordingUrl: 'https://example.org/recording',
    date: '2031-06-06',
    startDate: '2031-06-06',
    until: '2031-12-31',
    startTime: '09:00',
    intendedMonth: '2031-06',
    timeZone: 'Europe/Helsinki',
    rrule: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=3',
    hashtag: '#Fuzz',
    callbackURL: '/',
    at: '2031-06-06T09:00:00+03:00',
    themeId: refs.themeId,
    themeIds: refs.themeId,
    eventId: refs.eventId,
    listIds: refs.listId,
    token: 'fuzz-token-that-is-long-enough',
  };
  const known = byName[name];
  if (known !== undefined) return fc.constant(known);
  if (name === 'slug') return fc.stringMatching(/^[a-z]{3,12}$/);
  if (schema.format === 'uuid') return fc.uuid();
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 20, 20)) });
}

type Path = (string | number)[];

/** Every place in a JSON value (the root is `[]`). */
function placesIn(value: unknown, path: Path = []): Path[] {
  const places: Path[] = [path];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) places.push(...placesIn(v, [...path, i]));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) places.push(...placesIn(v, [...path, k]));
  }
  return places;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)?.[key], value);
}

/** A copy of `value` with `path` set (an own property even for `__proto__`), or removed. */
function changed(value: unknown, path: Path, change: { set: unknown } | { remove: true }): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return 'set' in change ? change.set : undefined;
  if (rest.length === 0 && 'remove' in change) {
    if (Array.isArray(value)) return value.filter((_, i) => i !== key);
    const { [key]: _removed, ...others } = value as Record<string, unknown>;
    return others;
  }
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const next = rest.length === 0 && 'set' in change ? change.set : changed(copy[key], rest, change);
  Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * One thing wrong with a plausible value: hostile text or a wrong-typed value somewhere, a field
 * missing, an unknown field, or an array item given twice.
 */
export function mutate(base: unknown): fc.Arbitrary<unknown> {
  const places = placesIn(base);
  const objects = places.filter((p) => isObject(valueAt(base, p)));
  const fields = places.filter((p) => p.length > 0);
  const arrays = places.filter((p) => {
    const v = valueAt(base, p);
    return Array.isArray(v) && v.length > 0;
  });
  const at = (list: Path[]) => fc.constantFrom(...list);
  const options: fc.Arbitrary<unknown>[] = [
    fc.tuple(at(places), hostileText).map(([p, text]) => changed(base, p, { set: text })),
    fc.tuple(at(places), anyJson).map(([p, value]) => changed(base, p, { set: value })),
  ];
  if (fields.length) options.push(at(fields).map((p) => changed(base, p, { remove: true })));
  if (objects.length) {
    const key = fc.oneof(
      hostileText,
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknownField'),
    );
    options.push(
      fc.tuple(at(objects), key, anyJson).map(([p, k, v]) => changed(base, [...p, k], { set: v })),
    );
  }
  if (arrays.length) {
    options.push(
      at(arrays).map((p) => {
        const items = valueAt(base, p) as unknown[];
        return changed(base, p, { set: [...items, items[0]] });
      }),
    );
  }
  return fc.oneof(...options);
}
