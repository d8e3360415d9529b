import { networkPath } from './paths.ts';

const enc = encodeURIComponent;

/** The event's page in the app. */
export const eventPath = (network: string, slug: string) => `${networkPath(network)}/events/${enc(slug)}`;
/** The counted join link: the server redirects to the meeting, or explains why not yet. */
export const joinPath = (network: string, slug: string) => `${networkPath(network)}/join/${enc(slug)}`;
/** One meeting as an iCalendar file. */
export const eventCalendarPath = (network: string, slug: string) => `${eventPath(network, slug)}.ics`;
/** The network's subscribable calendar feed. */
export const calendarPath = (network: string) => `${networkPath(network)}/calendar.ics`;
