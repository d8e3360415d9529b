import type { Profile } from '#shared/people.ts';
import type { findProfile } from './people.queries.ts';

type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export function presentProfile({ user, profile, organisation }: ProfileRow): Profile {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.name,
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, type: organisation.type }
      : null,
    targetRole: profile?.targetRole ?? null,
    preferredLanguage: profile?.preferredLanguage ?? 'fi',
  };
}
