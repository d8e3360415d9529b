/**
 * The app's one query-key tree. Each endpoint is cached under exactly one key, and everything a network
 * holds lives under `networks.detail(slug)`, so invalidating a prefix refreshes every view built on it
 * (a programme edit refreshes the public event page too).
 */
const network = (slug: string) => ['networks', 'detail', slug] as const;
const events = (slug: string) => [...network(slug), 'events'] as const;
const event = (slug: string, event: string) => [...events(slug), 'detail', event] as const;
const outreach = (slug: string) => [...network(slug), 'outreach'] as const;
const surveys = (slug: string) => [...network(slug), 'surveys'] as const;
const survey = (slug: string, id: string) => [...surveys(slug), 'detail', id] as const;

export const queryKeys = {
  session: ['session'] as const,
  installation: ['installation'] as const,
  profile: ['me', 'profile'] as const,
  organisations: (q: string) => ['organisations', q] as const,
  invitation: (token: string) => ['invitations', token] as const,
  signInLink: (token: string) => ['sign-in-links', token] as const,
  /** Finnish public holidays on a date: the same for every network. */
  holidays: (date: string) => ['holidays', date] as const,
  markdownPreview: (markdown: string) => ['markdown-preview', markdown] as const,
  adminAudit: <Q extends object>(query: Q) => ['admin', 'audit', query] as const,
  networks: {
    list: ['networks', 'list'] as const,
    detail: network,
    members: (slug: string) => [...network(slug), 'members'] as const,
    audit: <Q extends object>(slug: string, query: Q) => [...network(slug), 'audit', query] as const,
  },
  /** The themes with their meetings (GET /programme): the public programme and the planning page. */
  programme: (slug: string) => [...network(slug), 'programme'] as const,
  events: {
    all: events,
    list: (slug: string, filter: EventFilter) => [...events(slug), 'list', filter] as const,
    detail: event,
    materials: (slug: string, eventSlug: string) => [...event(slug, eventSlug), 'materials'] as const,
    /** What a series' rule would create (POST /series/preview); nothing is saved. */
    seriesPreview: <R extends object>(slug: string, rule: R) =>
      [...events(slug), 'series-preview', rule] as const,
  },
  live: {
    room: (slug: string, eventSlug: string) => [...network(slug), 'live', eventSlug] as const,
    archive: (slug: string, eventSlug: string) => [...network(slug), 'live', eventSlug, 'archive'] as const,
  },
  /** The organisers' surveys: a survey's results sit under it, so editing it refreshes them. */
  surveys: {
    all: surveys,
    list: (slug: string) => [...surveys(slug), 'list'] as const,
    detail: survey,
    results: <F extends object>(slug: string, id: string, filter: F) =>
      [...survey(slug, id), 'results', filter] as const,
  },
  /** "You said, we changed": the organisers' list and the home page's newest published ones. */
  surveyChanges: {
    all: (slug: string) => [...network(slug), 'survey-changes'] as const,
    list: (slug: string) => [...network(slug), 'survey-changes', 'list'] as const,
    public: (slug: string) => [...network(slug), 'survey-changes', 'public'] as const,
  },
  outreach: {
    interest: (slug: string) => [...outreach(slug), 'interest'] as const,
    lists: (slug: string) => [...outreach(slug), 'lists'] as const,
    subscribers: (slug: string, listId: string) => [...outreach(slug), 'lists', listId] as const,
    campaigns: (slug: string) => [...outreach(slug), 'campaigns'] as const,
    /** What a mail's confirm or unsubscribe link says now. */
    link: (slug: string, link: 'confirm' | 'unsubscribe', token: string) =>
      [...outreach(slug), link, token] as const,
  },
};

/** What GET /events is asked for; empty strings mean "no filter". */
export interface EventFilter {
  /** `all`: past and future; organisers also get drafts and cancelled meetings. */
  when: 'upcoming' | 'past' | 'all';
  q?: string;
  theme?: string;
  year?: string;
  limit?: number;
}
