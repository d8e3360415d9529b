import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '#server/platform/errors.ts';
import type { NetworkRole } from '#shared/people.ts';
import { authorize, may, type NetworkAction } from './networks.policy.ts';
import { findRole, type NetworkRow } from './networks.queries.ts';

/** The network's address name (slug), in any case. */
const NetworkParamSchema = z.string().describe("The network's address name, e.g. `digital-promoters`.");

declare module 'fastify' {
  interface FastifyRequest {
    network: NetworkRow;
    /** The actor's role in `network`, or null. */
    networkRole: NetworkRole | null;
    /** Throws 401/403 unless the actor may do `action` in this network. */
    authorize(action: NetworkAction): Promise<void>;
    /** Whether the actor may do `action` in this network. */
    may(action: NetworkAction): Promise<boolean>;
  }
}

/**
 * Registers routes under /api/networks/:network with the network resolved once (404 when unknown)
 * and the actor's role in it at hand.
 */
export function networkScoped(routes: FastifyPluginAsyncZod) {
  return async (app: FastifyInstance) => {
    // Null until the onRequest hook below resolves it: a hook that also runs for refused requests
    // (onSend, onResponse, onError) must not assume it.
    app.decorateRequest('network', null as unknown as NetworkRow);
    app.decorateRequest('networkRole', null);
    app.decorateRequest('authorize', async function (action: NetworkAction) {
      authorize(await this.actor(), this.networkRole, action);
    });
    app.decorateRequest('may', async function (action: NetworkAction) {
      return may(await this.actor(), this.networkRole, action);
    });
    // Every route here has {network}; routes with parameters of their own (or none) would leave
    // it out of the OpenAPI document.
    app.addHook('onRoute', (route) => {
      const params = route.schema?.params ?? z.object({});
      if (params instanceof z.ZodObject && !('network' in params.shape)) {
        route.schema = { ...route.schema, params: params.extend({ network: NetworkParamSchema }) };
      }
    });
    app.addHook('onRequest', async (request) => {
      const { network: slug } = request.params as { network?: string };
      const network = slug ? await app.networkCache.get(slug.toLowerCase()) : null;
      if (!network) throw new NotFound('The network');
      request.network = network;
      const actor = await request.actor();
      request.networkRole = actor
        ? await findRole(app.db, { networkId: network.id, userId: actor.userId })
        : null;
    });
    await app.register(routes);
  };
}
