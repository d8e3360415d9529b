import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '#server/features/auth/auth.policy.ts';
import { requestLanguage } from '#server/platform/i18n.ts';
import { answers, NoContent } from '#server/platform/openapi.ts';
import {
  AcceptedInvitationSchema,
  ChangeRoleSchema,
  CreateNetworkSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InvitationTokenParamsSchema,
  InviteOrganiserSchema,
  MemberListSchema,
  MemberParamsSchema,
  NetworkListSchema,
  NetworkSchema,
  UpdateNetworkSchema,
} from '#shared/networks.ts';
import { logoRoutes } from './logo.routes.ts';
import { presentInvitation, presentNetwork, presentNetworkSummary } from './networks.presenter.ts';
import * as service from './networks.service.ts';

const tags = ['networks'];

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Routes under /api/networks/:network (registered inside `networkScoped` by app.ts). */
export const networkScopedRoutes: FastifyPluginAsyncZod = async (app) => {
  networkRoutes(app);
  memberRoutes(app);
  invitationRoutes(app);
  await app.register(logoRoutes);
};

/** The network itself, and a person following or leaving it. */
function networkRoutes(app: App) {
  app.get(
    '/',
    { schema: { operationId: 'getNetwork', response: answers({ 200: NetworkSchema }), tags } },
    async (request) => presentNetwork(request.network, request.networkRole),
  );

  app.patch(
    '/',
    {
      schema: {
        operationId: 'updateNetwork',
        body: UpdateNetworkSchema,
        response: answers({ 200: NetworkSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'network.update', fields: true } },
    },
    async (request) => {
      await request.authorize('edit');
      const network = await service.editNetwork(app.db, request.network, request.body);
      app.networkCache.forget(network.slug);
      return presentNetwork(network, request.networkRole);
    },
  );

  const ownMembership = { audit: { none: 'a person follows or leaves the network themselves' } };

  app.post(
    '/membership',
    {
      schema: {
        operationId: 'followNetwork',
        response: answers({ 201: z.null().describe('Now following the network.') }, 401),
        tags,
      },
      config: ownMembership,
    },
    async (request, reply) => {
      await request.authorize('follow');
      await service.follow(app.db, request.network, await request.requireActor());
      return reply.status(201).send(null);
    },
  );

  app.delete(
    '/membership',
    {
      schema: { operationId: 'leaveNetwork', response: answers({ 204: NoContent }, 401, 409), tags },
      config: ownMembership,
    },
    async (request, reply) => {
      await request.authorize('follow');
      await service.leave(app.db, request.network, (await request.requireActor()).userId);
      return reply.status(204).send(null);
    },
  );
}

/** The members and open invitations, a member's role, and removing a member. */
function memberRoutes(app: App) {
  const listMembers = {
    operationId: 'listMembers',
    response: answers({ 200: MemberListSchema }, 401, 403),
    tags,
  };
  app.get('/members', { schema: listMembers }, async (request) => {
    await request.authorize('manage-members');
    const params = { networkId: request.network.id };
    const [members, invitations] = await Promise.all([
      service.listMembers(app.db, params),
      service.listInvitations(app.db, params),
    ]);
    return { members, invitations: invitations.map(presentInvitation) };
  });

  app.put(
    '/members/:userId/role',
    {
      schema: {
        operationId: 'changeMemberRole',
        params: MemberParamsSchema,
        body: ChangeRoleSchema,
        response: answers({ 204: NoContent }, 401, 403, 409),
        tags,
      },
      config: { audit: { action: 'member.role.change', target: 'userId' } },
    },
    async (request, reply) => {
      await request.authorize('manage-members');
      await service.changeRole(app.db, request.network, request.params.userId, request.body.role);
      request.audited({ details: { role: request.body.role } });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/members/:userId',
    {
      schema: {
        operationId: 'removeMember',
        params: MemberParamsSchema,
        response: answers({ 204: NoContent }, 401, 403, 409),
        tags,
      },
      config: { audit: { action: 'member.remove', target: 'userId' } },
    },
    async (request, reply) => {
      await request.authorize('manage-members');
      await service.leave(app.db, request.network, request.params.userId);
      return reply.status(204).send(null);
    },
  );
}

/** Inviting a new organiser by e-mail. */
function invitationRoutes(app: App) {
  app.post(
    '/invitations',
    {
      schema: {
        operationId: 'inviteOrganiser',
        body: InviteOrganiserSchema,
        response: answers({ 201: InvitationSchema }, 401, 403),
        tags,
      },
      config: { rateLimit: { max: 30, timeWindow: 60 * 60 * 1000 }, audit: { action: 'organiser.invite' } },
    },
    async (request, reply) => {
      await request.authorize('manage-members');
      const language = requestLanguage(request);
      const deps = { db: app.db, mailer: app.mailer, publicUrl: app.config.PUBLIC_URL };
      const actor = await request.requireActor();
      const input = { email: request.body.email, language };
      const invitation = await service.inviteOrganiser(deps, request.network, actor, input);
      request.audited({ targetId: invitation.id }); // never the address: people typed it
      return reply.status(201).send(presentInvitation(invitation));
    },
  );
}

/** Routes outside any one network: the list of networks and an invitation's link. */
export const networksRoutes: FastifyPluginAsyncZod = async (app) => {
  networkListRoutes(app);
  invitationLinkRoutes(app);
};

/** Every network, and creating a new one. */
function networkListRoutes(app: App) {
  const listNetworks = { operationId: 'listNetworks', response: answers({ 200: NetworkListSchema }), tags };
  app.get('/api/networks', { schema: listNetworks }, async () => ({
    networks: (await service.listNetworks(app.db)).map(presentNetworkSummary),
  }));

  app.post(
    '/api/networks',
    {
      schema: {
        operationId: 'createNetwork',
        body: CreateNetworkSchema,
        response: answers({ 201: NetworkSchema }, 401, 403, 409),
        tags,
      },
      config: { audit: { action: 'network.create' } },
    },
    async (request, reply) => {
      const actor = await request.requireActor();
      can(actor, 'create-network');
      const network = await service.createNetwork(app.db, actor, request.body);
      request.audited({ networkId: network.id, targetId: network.id });
      app.networkCache.forget(network.slug);
      return reply.status(201).send(presentNetwork(network, 'organiser'));
    },
  );
}

/** An invitation's link: what it invites to, and accepting it. */
function invitationLinkRoutes(app: App) {
  app.get(
    '/api/invitations/:token',
    {
      schema: {
        operationId: 'describeInvitation',
        params: InvitationTokenParamsSchema,
        response: answers({ 200: InvitationPreviewSchema }, 404),
        tags,
      },
    },
    async (request) => service.describeInvitation(app.db, request.params.token),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        params: InvitationTokenParamsSchema,
        response: answers({ 200: AcceptedInvitationSchema }, 401, 403, 404, 409),
        tags,
      },
      config: { audit: { action: 'invitation.accept' } },
    },
    async (request) => {
      const accepted = await service.acceptInvitation(
        app.db,
        await request.requireActor(),
        request.params.token,
      );
      request.audited({
        networkId: accepted.network.id,
        targetId: accepted.invitation.id,
        actedAs: 'invitee',
        details: { role: accepted.invitation.role },
      });
      return { network: { slug: accepted.network.slug } };
    },
  );
}
