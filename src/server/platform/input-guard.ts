import fp from 'fastify-plugin';
import { findInputFault, isStorableText } from '#shared/storable.ts';
import { BadRequest } from './errors.ts';

/** A 400 naming where in `value` the input the database cannot take is, or undefined. */
export function refuseUnstorable(
  value: unknown,
  what: string,
  prefix: string[] = [],
): BadRequest | undefined {
  const fault = findInputFault(value, prefix);
  return fault
    ? new BadRequest(`${what} holds input that cannot be stored.`, { [fault.path]: fault.message })
    : undefined;
}

/**
 * True when every key and value of a flat record is storable text, as nearly every address's
 * parameters and query are: checked on each request without allocating anything.
 */
function storableFlat(record: unknown): boolean {
  if (record === undefined || record === null) return true;
  if (typeof record !== 'object') return false;
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !isStorableText(key) || !isStorableText(value)) return false;
  }
  return true;
}

/** The address's parameters and query, searched in full only when the quick look is not enough. */
const refuseAddress = (params: unknown, query: unknown) =>
  (storableFlat(params) ? undefined : refuseUnstorable(params, 'The address')) ??
  (storableFlat(query) ? undefined : refuseUnstorable(query, 'The query'));

/**
 * Refuses text PostgreSQL cannot store (U+0000, lone surrogates) and absurd nesting in every
 * request before any route sees it: the address's parameters and query as the request arrives
 * (before the network is looked up by its slug), the parsed body before validation. Routes need
 * not remember it; multipart parts are checked where they are read (platform/uploads.ts).
 */
export const inputGuardPlugin = fp(
  async (app) => {
    app.addHook('onRequest', (request, _reply, done) => {
      done(refuseAddress(request.params, request.query));
    });
    app.addHook('preValidation', (request, _reply, done) => {
      done(refuseUnstorable(request.body, 'The request body'));
    });
  },
  { name: 'input-guard' },
);
