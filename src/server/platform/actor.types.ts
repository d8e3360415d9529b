/**
 * Who is making a request: a signed-in person, with installation-wide rights. A leaf module, so
 * that features and platform can name the actor without importing each other.
 */
export type Actor = { userId: string; email: string; name: string; isAdmin: boolean };
