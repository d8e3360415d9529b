import { toCsv } from '#server/platform/csv.ts';
import { translator } from '#server/platform/i18n.ts';
import type { LiveMessage, Poll, RoomSettings } from '#shared/live.ts';
import { meetingSpan, timeZoneName } from '#shared/meeting-time.ts';
import type { RoomKey, RoomRow } from './live.stream.ts';
import type { liveMessages, liveParticipants, livePolls } from './live.tables.ts';

type ParticipantRow = typeof liveParticipants.$inferSelect;
export type MessageRow = typeof liveMessages.$inferSelect;
export type PollRow = typeof livePolls.$inferSelect;
type Author = { displayName: string; organisation: string | null; host: boolean };

/** Someone in a room; also the key of that room. */
export type Participant = RoomKey & {
  id: string;
  displayName: string;
  organisation: string | null;
  host: boolean;
  removed: boolean;
};

export const presentParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  networkId: row.networkId,
  eventId: row.eventId,
  displayName: row.displayName,
  organisation: row.organisation,
  host: row.host,
  removed: row.removedAt !== null,
});

/** A room's row exists from the first entry on; until then the room is open with no settings. */
export const roomSettings = (room: RoomRow | null): RoomSettings => ({
  status: room?.status ?? 'open',
  slowModeSeconds: room?.slowModeSeconds ?? 0,
  feedbackAsked: room?.feedbackAsked ?? false,
});

export function presentMessage(row: MessageRow, author: Author): LiveMessage {
  const hidden = row.hiddenAt !== null;
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    author: {
      participantId: row.participantId,
      displayName: author.displayName,
      organisation: author.organisation,
      host: author.host,
    },
    body: hidden ? '' : row.body,
    createdAt: row.createdAt.toISOString(),
    votes: row.votes,
    answered: row.answeredAt !== null,
    hidden,
  };
}

export const presentPoll = (poll: PollRow, results: { counts: number[]; voters: number }): Poll => ({
  id: poll.id,
  question: poll.question,
  kind: poll.kind,
  options: poll.options,
  status: poll.status,
  ...results,
});

/** Everything said in a room, for its organisers (see `transcript` in live.queries.ts). */
export type Transcript = {
  messages: (LiveMessage & { reports: number; organisationType: string | null })[];
  polls: Poll[];
};

const CSV_COLUMNS = [
  'seq',
  'time',
  'kind',
  'author',
  'organisation',
  'organisation_type',
  'text',
  'votes',
  'answered',
  'hidden',
  'reports',
];

const pollText = (poll: Poll) =>
  `${poll.question} — ${poll.options.map((option, i) => `${option}: ${poll.counts[i] ?? 0}`).join('; ')} (${poll.voters} voters)`;

/** One row per message and per poll, in the order they happened (polls last, by opening time). */
export function transcriptCsv(transcript: Transcript): string {
  const rows = transcript.messages.map((m) => [
    m.seq,
    m.createdAt,
    m.kind,
    m.author.displayName,
    m.author.organisation,
    m.organisationType,
    m.body,
    m.votes,
    m.answered,
    m.hidden,
    m.reports,
  ]);
  for (const poll of transcript.polls) {
    rows.push([
      '',
      '',
      `poll (${poll.kind}, ${poll.status})`,
      '',
      '',
      '',
      pollText(poll),
      poll.voters,
      false,
      false,
      0,
    ]);
  }
  return toCsv(CSV_COLUMNS, rows);
}

/** A URL as people wrote it, up to a character that Markdown would read as markup. */
const URL_IN_TEXT = /(https?:\/\/[^\s<>*_`\\[\]~|]+)/;

/**
 * What people wrote, as Markdown that shows it as written: only the characters that would start
 * emphasis, code, links, HTML or an entity are escaped, and addresses are left whole so they stay
 * clickable. Every text sits inside a line we begin, so line-start markers (#, 1., -) need nothing.
 */
const md = (text: string) =>
  text
    .replace(/\r?\n/g, ' ')
    .split(URL_IN_TEXT)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\`*_[\]<&~])/g, '\\$1')))
    .join('');

const who = (m: Transcript['messages'][number]) =>
  `**${md(m.author.displayName)}**${m.author.organisation ? ` (${md(m.author.organisation)})` : ''}`;

/** The room's meeting: its times are given in its own zone, which the header names once. */
export type TranscriptMeeting = { title: string; startsAt: Date; endsAt: Date; timeZone: string };

/** "2026-12-04 09:03" in the meeting's zone: sv-SE writes dates and times the ISO way. */
const localTime = (timeZone: string) => {
  const format = new Intl.DateTimeFormat('sv-SE', {
    ...{ year: 'numeric', month: '2-digit', day: '2-digit' },
    ...{ hour: '2-digit', minute: '2-digit', timeZone },
  } as const);
  return (iso: string) => format.format(new Date(iso));
};

const english = translator('en');

function header(meeting: TranscriptMeeting): string[] {
  const zone = timeZoneName('en', meeting.timeZone, meeting.startsAt);
  return [
    `# ${md(meeting.title)}`,
    '',
    meetingSpan(english, 'en', meeting),
    '',
    `Times are in ${zone} (${meeting.timeZone}).`,
  ];
}

/** A readable record: chat, questions by votes, and poll results. */
export function transcriptMarkdown(transcript: Transcript, meeting: TranscriptMeeting): string {
  const time = localTime(meeting.timeZone);
  const chat = transcript.messages.filter((m) => m.kind === 'chat');
  const questions = transcript.messages
    .filter((m) => m.kind === 'question')
    .sort((a, b) => b.votes - a.votes || a.seq - b.seq);
  const lines = [...header(meeting), '', '## Chat', ''];
  for (const m of chat)
    lines.push(`- ${time(m.createdAt)} ${who(m)}: ${md(m.body)}${m.hidden ? ' _(hidden)_' : ''}`);
  lines.push('', '## Questions', '');
  for (const m of questions) {
    const marks = [`${m.votes} votes`, m.answered ? 'answered' : '', m.hidden ? 'hidden' : ''].filter(
      Boolean,
    );
    lines.push(`- ${time(m.createdAt)} ${who(m)}: ${md(m.body)} _(${marks.join(', ')})_`);
  }
  lines.push('', '## Polls', '');
  for (const poll of transcript.polls) {
    lines.push(`### ${md(poll.question)}`, '', `${poll.voters} voters, ${poll.status}`, '');
    lines.push(...poll.options.map((option, i) => `- ${md(option)}: ${poll.counts[i] ?? 0}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
