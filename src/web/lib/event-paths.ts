import type { Language } from '#shared/languages.ts';
import { networkPath } from './paths.ts';

const enc = encodeURIComponent;

/** The event's page in the app. */
export const eventPath = (network: string, slug: string) => `${networkPath(network)}/events/${enc(slug)}`;
/** The counted join link: the server redirects to the meeting, or explains why not yet. */
export const joinPath = (network: string, slug: string) => `${networkPath(network)}/join/${enc(slug)}`;
/** One meeting as an iCalendar file, in the reader's language. */
export const eventCalendarPath = (network: string, slug: string, language: Language) =>
  `${eventPath(network, slug)}.ics?lang=${language}`;
/**
 * The network's subscribable calendar feed in the reader's language: a calendar app sends no
 * cookie, so the language is in the address.
 */
export const calendarPath = (network: string, language: Language) =>
  `${networkPath(network)}/calendar.ics?lang=${language}`;
