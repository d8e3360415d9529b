import type { Actor } from '#server/platform/actor.types.ts';
import type { Language } from '#shared/common.ts';
import type { NetworkRole, Session } from '#shared/people.ts';

type SessionUser = NonNullable<Session['user']>;

/** The signed-in person as the web app sees them: who, their language and their networks. */
export const presentSessionUser = (
  actor: Actor,
  user: { preferredLanguage: Language | null } | null,
  roles: { slug: string; role: NetworkRole }[],
): SessionUser => ({
  id: actor.userId,
  email: actor.email,
  displayName: actor.name,
  isAdmin: actor.isAdmin,
  preferredLanguage: user?.preferredLanguage ?? 'fi',
  networks: roles.map(({ slug, role }) => ({ slug, role })),
});
