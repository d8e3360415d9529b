/** Query keys of the events feature. */
export const eventKeys = {
  all: (network: string) => ['networks', 'detail', network, 'events'] as const,
  list: (network: string, filter: EventFilter) => [...eventKeys.all(network), 'list', filter] as const,
  detail: (network: string, slug: string) => [...eventKeys.all(network), 'detail', slug] as const,
  programme: (network: string) => ['networks', 'detail', network, 'programme'] as const,
};

/** What GET /events is asked for; empty strings mean "no filter". */
export interface EventFilter {
  when: 'upcoming' | 'past';
  q?: string;
  theme?: string;
  year?: string;
  limit?: number;
}
