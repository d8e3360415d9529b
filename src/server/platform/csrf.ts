import fp from 'fastify-plugin';
import { Forbidden } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from our own pages: the browser's Origin header must be
 * PUBLIC_URL's origin. Requests without cookies carry no ambient authority and pass.
 */
export const csrfPlugin = fp(
  async (app) => {
    const ownOrigin = new URL(app.config.PUBLIC_URL).origin;
    app.addHook('onRequest', (request, _reply, done) => {
      const crossSite =
        !SAFE.has(request.method) && Boolean(request.headers.cookie) && request.headers.origin !== ownOrigin;
      done(
        crossSite
          ? new Forbidden('This request did not come from a Verkosto page (cross-site request refused).')
          : undefined,
      );
    });
  },
  { name: 'csrf' },
);
