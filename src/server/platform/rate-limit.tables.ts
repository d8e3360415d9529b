import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One counter per limit and client, shared by every instance; a row past `resets_at` is stale. */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_counters_resets_at_idx').on(t.resetsAt)],
);
