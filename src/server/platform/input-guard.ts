import fp from 'fastify-plugin';
import { findInputFault } from '#shared/storable.ts';
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
 * Refuses text PostgreSQL cannot store (U+0000, lone surrogates) and absurd nesting in every
 * request before any route sees it: the address's parameters and query as the request arrives
 * (before the network is looked up by its slug), the parsed body before validation. Routes need
 * not remember it; multipart parts are checked where they are read (platform/uploads.ts).
 */
export const inputGuardPlugin = fp(
  async (app) => {
    app.addHook('onRequest', (request, _reply, done) => {
      done(refuseUnstorable(request.params, 'The address') ?? refuseUnstorable(request.query, 'The query'));
    });
    app.addHook('preValidation', (request, _reply, done) => {
      done(refuseUnstorable(request.body, 'The request body'));
    });
  },
  { name: 'input-guard' },
);
