// Every feature's tables, for Drizzle's relational queries and drizzle-kit.
export * from '../features/audit/audit.tables.ts';
export * from '../features/auth/auth.tables.ts';
export * from '../features/events/events.tables.ts';
export * from '../features/installation/installation.tables.ts';
export * from '../features/live/live.tables.ts';
export * from '../features/networks/networks.tables.ts';
export * from '../features/outreach/outreach.tables.ts';
export * from '../features/people/people.tables.ts';
export * from '../features/surveys/surveys.tables.ts';
export * from '../platform/rate-limit.tables.ts';
