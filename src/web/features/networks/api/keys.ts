/** Query keys of the networks feature. */
export const networkKeys = {
  list: ['networks', 'list'] as const,
  detail: (slug: string) => ['networks', 'detail', slug] as const,
  members: (slug: string) => ['networks', 'detail', slug, 'members'] as const,
  invitation: (token: string) => ['invitations', token] as const,
};
