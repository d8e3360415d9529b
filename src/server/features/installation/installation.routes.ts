import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answers } from '#server/platform/openapi.ts';
import { InstallationSettingsInputSchema, InstallationSettingsSchema } from '#shared/installation.ts';
import { authorizeSettingsChange } from './installation.policy.ts';
import { presentSettings } from './installation.presenter.ts';
import * as service from './installation.service.ts';

const tags = ['installation'];

/** The installation's contact address and accessibility statement: read by all, saved by admins. */
export const installationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/installation',
    {
      schema: {
        operationId: 'getInstallationSettings',
        response: answers({ 200: InstallationSettingsSchema }),
        tags,
      },
    },
    async () => presentSettings(await service.getSettings(app.db)),
  );

  app.put(
    '/api/installation',
    {
      schema: {
        operationId: 'saveInstallationSettings',
        body: InstallationSettingsInputSchema,
        response: answers({ 200: InstallationSettingsSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'installation.settings.update', fields: true } },
    },
    async (request) => {
      authorizeSettingsChange(await request.requireActor());
      const saved = await service.saveSettings(app.db, request.body);
      // Every instance's rendered pages show the installation's name and statement: they start over.
      await app.bus.publish(service.INSTALLATION_CHANGES, 'settings');
      return presentSettings(saved);
    },
  );
};
