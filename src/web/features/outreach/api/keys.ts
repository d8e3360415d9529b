/** Query keys and API paths of the outreach feature. */
export const outreachKeys = {
  interest: (network: string) => ['outreach', network, 'interest'] as const,
  lists: (network: string) => ['outreach', network, 'lists'] as const,
  subscribers: (network: string, listId: string) => ['outreach', network, 'lists', listId] as const,
  campaigns: (network: string) => ['outreach', network, 'campaigns'] as const,
  events: (network: string) => ['outreach', network, 'events'] as const,
};

/** The API path of a network's part, e.g. `/api/networks/x/outreach/lists`. */
export const outreachApi = (network: string, rest: string) =>
  `/api/networks/${encodeURIComponent(network)}${rest}`;
