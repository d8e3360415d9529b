import type { Db, Tx } from '#server/db/client.ts';
import type { Actor } from '#server/platform/actor.types.ts';
import { Conflict, Forbidden, NotFound } from '#server/platform/errors.ts';
import { translator } from '#server/platform/i18n.ts';
import type { Mailer } from '#server/platform/mail.ts';
import { simpleMail } from '#server/platform/mail-layout.ts';
import { hashToken, newToken } from '#server/platform/tokens.ts';
import { type Language, localized } from '#shared/common.ts';
import type { CreateNetwork, UpdateNetwork } from '#shared/networks.ts';
import { CreateNetworkSchema } from '#shared/networks.ts';
import type { NetworkRole } from '#shared/people.ts';
import * as q from './networks.queries.ts';

const INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;

/** Creates a network with its creator as first organiser. */
export async function createNetwork(db: Db, actor: Actor, input: CreateNetwork): Promise<q.NetworkRow> {
  const values = CreateNetworkSchema.parse(input);
  return db.transaction(async (tx) => {
    const network = await q.insertNetwork(tx, values);
    if (!network)
      throw new Conflict('A network with this address already exists.', { slug: 'is already taken' });
    await q.upsertRole(tx, { networkId: network.id, userId: actor.userId, role: 'organiser', replace: true });
    return network;
  });
}

export async function editNetwork(
  db: Db,
  network: q.NetworkRow,
  input: UpdateNetwork,
): Promise<q.NetworkRow> {
  const row = await q.updateNetwork(db, { networkId: network.id, values: input });
  if (!row) throw new NotFound('The network');
  return row;
}

/** A network keeps at least one organiser: refuse the change that would leave it with none. */
async function keepAnOrganiser(tx: Tx, networkId: string, userId: string) {
  const current = await q.findRole(tx, { networkId, userId });
  if (current === 'organiser' && (await q.countOrganisers(tx, { networkId })) <= 1) {
    throw new Conflict('A network needs at least one organiser: name another organiser first.');
  }
}

export async function follow(db: Db, network: q.NetworkRow, actor: Actor): Promise<void> {
  await q.upsertRole(db, { networkId: network.id, userId: actor.userId, role: 'member', replace: false });
}

export async function leave(db: Db, network: q.NetworkRow, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await keepAnOrganiser(tx, network.id, userId);
    if (!(await q.deleteRole(tx, { networkId: network.id, userId }))) throw new NotFound('The member');
  });
}

export async function changeRole(
  db: Db,
  network: q.NetworkRow,
  userId: string,
  role: NetworkRole,
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await q.findRole(tx, { networkId: network.id, userId });
    if (!current) throw new NotFound('The member');
    if (role !== 'organiser') await keepAnOrganiser(tx, network.id, userId);
    await q.upsertRole(tx, { networkId: network.id, userId, role, replace: true });
  });
}

/** What sending an invitation needs: the database, the mailer and the address links point to. */
export type InvitationDeps = { db: Db; mailer: Mailer; publicUrl: string };

/** E-mails a one-time link that makes its recipient an organiser once they sign in. */
export async function inviteOrganiser(
  deps: InvitationDeps,
  network: q.NetworkRow,
  actor: Actor,
  input: { email: string; language: Language },
) {
  const { token, hash } = newToken();
  const invitation = await q.insertInvitation(deps.db, {
    networkId: network.id,
    email: input.email,
    role: 'organiser',
    tokenHash: hash,
    invitedBy: actor.userId,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const t = translator(input.language);
  const vars = {
    network: localized(network.name, input.language, network.mainLanguage),
    inviter: actor.name || actor.email,
  };
  await deps.mailer.send({
    to: input.email,
    ...simpleMail({
      language: input.language,
      subject: t('mail.invitation.subject', vars),
      // The network's name on its own line: pasted into a sentence, Finnish would need it inflected.
      before: [t('mail.invitation.intro', vars), vars.network],
      link: { text: t('mail.invitation.accept'), url: `${deps.publicUrl}/invitations/${token}` },
      after: [t('mail.invitation.expiry', { days: INVITATION_TTL_MS / (24 * 3600 * 1000) })],
    }),
  });
  return invitation;
}

export async function describeInvitation(db: Db, token: string) {
  const found = await q.findInvitationByTokenHash(db, hashToken(token));
  if (!found) throw new NotFound('The invitation');
  const { invitation, network } = found;
  return {
    network: { slug: network.slug, name: network.name },
    role: invitation.role,
    email: invitation.email,
    expired: invitation.expiresAt.getTime() < Date.now(),
    accepted: invitation.acceptedAt !== null,
  };
}

/** Gives the invited role to the signed-in person the invitation was sent to; works once. */
export async function acceptInvitation(db: Db, actor: Actor, token: string) {
  const found = await q.findInvitationByTokenHash(db, hashToken(token));
  if (!found) throw new NotFound('The invitation');
  const { invitation, network } = found;
  if (invitation.email !== actor.email.toLowerCase()) {
    throw new Forbidden('This invitation was sent to another e-mail address: sign in with that address.');
  }
  await db.transaction(async (tx) => {
    const ok = await q.markInvitationAccepted(tx, { networkId: network.id, invitationId: invitation.id });
    if (!ok) throw new Conflict('This invitation has already been used or has expired.');
    await q.upsertRole(tx, {
      networkId: network.id,
      userId: actor.userId,
      role: invitation.role,
      replace: true,
    });
  });
  return { network, invitation };
}

export {
  findNetworkBySlug,
  listInvitations,
  listMembers,
  listNetworks,
  listRolesOfUser,
} from './networks.queries.ts';
