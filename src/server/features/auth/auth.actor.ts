import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '#server/platform/actor.types.ts';
import { Unauthorized } from '#server/platform/errors.ts';
import { isInstallationAdmin } from './auth.queries.ts';

const cache = new WeakMap<FastifyRequest, Promise<Actor | null>>();
const anonymous: Promise<Actor | null> = Promise.resolve(null);

async function resolveActor(app: FastifyInstance, request: FastifyRequest): Promise<Actor | null> {
  const headers = new Headers({ cookie: request.headers.cookie ?? '' });
  const found = await app.auth.api.getSession({ headers });
  if (!found) return null;
  const { user } = found;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: await isInstallationAdmin(app.db, user.id),
  };
}

/** Gives every request `actor()` and `requireActor()`, backed by better-auth's database sessions. */
export const actorPlugin = fp(
  async (app) => {
    app.decorateRequest('actor', function (this: FastifyRequest) {
      // Most public requests carry no cookie: answer them without a lookup or a cache entry.
      if (!this.headers.cookie) return anonymous;
      let found = cache.get(this);
      if (!found) {
        found = resolveActor(app, this);
        cache.set(this, found);
      }
      return found;
    });
    app.decorateRequest('requireActor', async function (this: FastifyRequest) {
      const actor = await this.actor();
      if (!actor) throw new Unauthorized();
      return actor;
    });
  },
  { name: 'actor' },
);
