import { Conflict } from '#server/platform/errors.ts';

// A person's data is their own: every people route acts on the signed-in person only, by the
// session's user id, so no route can be asked for someone else's.

/** Anyone may delete their account except the installation's only admin, who must hand over first. */
export function requireMayLeave(person: { isAdmin: boolean; admins: number }) {
  if (person.isAdmin && person.admins <= 1) {
    throw new Conflict(
      'You are the only installation admin: add another admin before deleting your account.',
    );
  }
}
