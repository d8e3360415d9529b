import { randomBytes } from 'node:crypto';

/**
 * Each test run (each vitest project) migrates its own template database, named after the run's
 * process, so runs on one server (two checkouts, CI beside a developer) keep their own.
 */
export const TEMPLATE_PREFIX = 'verkosto_test_template_';
export const templateName = () => `${TEMPLATE_PREFIX}${process.pid}_${randomBytes(3).toString('hex')}`;
/** The process that made a template, from its name. */
export const templateOwner = (name: string) => Number(name.slice(TEMPLATE_PREFIX.length).split('_')[0]);

/** The same server, but its maintenance database, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** The database a URL names. */
export const databaseOf = (url: string) => new URL(url).pathname.slice(1);
