/** Query keys of the people feature: everything under `me` is the signed-in user's own. */
export const peopleKeys = {
  profile: ['me', 'profile'] as const,
  organisations: (q: string) => ['organisations', q] as const,
};
