/** Query keys of the programme (organiser planning) feature. */
export const programmeKeys = {
  themes: (network: string) => ['programme', network, 'themes'] as const,
  events: (network: string) => ['programme', network, 'events'] as const,
  event: (network: string, slug: string) => ['programme', network, 'events', slug] as const,
};

/** The API path of a network's part, e.g. `/api/networks/x/themes`. */
export const networkApi = (network: string, rest: string) =>
  `/api/networks/${encodeURIComponent(network)}${rest}`;
