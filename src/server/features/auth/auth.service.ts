import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Db, Tx } from '#server/db/client.ts';
import { recordAuditEntry } from '#server/features/audit/audit.service.ts';
import { listRolesOfUser } from '#server/features/networks/networks.service.ts';
import type { Actor } from '#server/platform/actor.types.ts';
import { BadRequest, Conflict } from '#server/platform/errors.ts';
import type { Session } from '#shared/people.ts';
import { presentSessionUser } from './auth.presenter.ts';
import {
  addInstallationAdmin,
  claimFirstAdmin,
  findUserByEmail,
  findUserById,
  hasInstallationAdmin,
} from './auth.queries.ts';
import { users } from './auth.tables.ts';
import { isSetupCode, setupCode } from './setup-code.ts';

/** What the web app needs to know about the visitor and the installation. */
export async function getSessionView(
  db: Db,
  config: Pick<Config, 'OIDC_ISSUER' | 'OIDC_NAME'>,
  actor: Actor | null,
): Promise<Session> {
  const oidc = config.OIDC_ISSUER ? { name: config.OIDC_NAME } : null;
  const setupNeeded = !(await hasInstallationAdmin(db));
  if (!actor) return { user: null, setupNeeded, oidc };
  const [found, roles] = await Promise.all([
    findUserById(db, actor.userId),
    listRolesOfUser(db, actor.userId),
  ]);
  return {
    user: presentSessionUser(actor, found, roles),
    setupNeeded,
    oidc,
  };
}

/** The account with this e-mail, created (without signing in) when there is none. */
export async function ensureUser(db: Tx, email: string, name?: string) {
  const address = email.toLowerCase();
  await db
    .insert(users)
    .values({ id: randomUUID(), email: address, name: name ?? address.split('@')[0] ?? address })
    .onConflictDoNothing({ target: users.email });
  return (await findUserByEmail(db, address)) as NonNullable<Awaited<ReturnType<typeof findUserByEmail>>>;
}

/**
 * Makes the person with this e-mail an installation admin. With `createUser` (the CLI), a person
 * who has not signed in yet is created, so their first sign-in finds them admin already.
 */
export async function makeAdmin(db: Tx, email: string, options: { createUser: boolean }) {
  const user = options.createUser ? await ensureUser(db, email) : await findUserByEmail(db, email);
  if (!user) return null;
  await addInstallationAdmin(db, user.id);
  return { userId: user.id, email: user.email, displayName: user.name };
}

/**
 * `verkosto admin add`: makes the admin and records it in the audit log in one transaction. The
 * operator has no account here; their system account name stands for them.
 */
export async function makeAdminAtCommandLine(db: Tx, email: string, operator: string) {
  return db.transaction(async (tx) => {
    const admin = await makeAdmin(tx, email, { createUser: true });
    if (!admin) throw new Error(`no account for ${email}`);
    await recordAuditEntry(tx, {
      actor: null,
      actedAs: 'operator',
      networkId: null,
      action: 'admin.add',
      targetId: admin.userId,
      details: { via: 'command line', operator },
    });
    return admin;
  });
}

/**
 * Makes the signed-in person the first installation admin, if they give the setup code and nobody
 * is admin yet; signing in alone never makes anyone admin.
 */
export async function claimInstallation(db: Db, secret: string, actor: Actor, code: string): Promise<void> {
  if (!isSetupCode(secret, code)) {
    throw new BadRequest('This is not the setup code.', { code: 'is not this installation’s setup code' });
  }
  if (!(await claimFirstAdmin(db, actor.userId))) {
    throw new Conflict('This installation has an admin already; an admin can add others.');
  }
}

/** At every start while nobody is admin, tells the operator how to become one. */
export async function announceSetup(
  db: Db,
  config: Pick<Config, 'PUBLIC_URL' | 'SESSION_SECRET'>,
  log: Pick<FastifyBaseLogger, 'warn'>,
): Promise<void> {
  if (await hasInstallationAdmin(db)) return;
  log.warn(
    `No installation admin yet. Sign in at ${config.PUBLIC_URL} and enter the setup code ` +
      `${setupCode(config.SESSION_SECRET)} on the home page, or run: npx verkosto admin add EMAIL`,
  );
}
