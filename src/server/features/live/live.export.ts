import { and, asc, isNull } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { toCsv } from '#server/platform/csv.ts';
import type { LiveMessage, Poll } from '#shared/live.ts';
import { authorColumns, authorOfMessage, presentMessage } from './live.messages.ts';
import { pollsOf } from './live.polls.ts';
import { inRoom, type RoomKey } from './live.stream.ts';
import { liveMessages, liveParticipants } from './live.tables.ts';

export type Transcript = {
  messages: (LiveMessage & { reports: number; organisationType: string | null })[];
  polls: Poll[];
};

/**
 * Everything said in the room, hidden messages included (marked), for the organisers; not what
 * people who deleted their accounts said.
 */
export async function transcript(db: Db, room: RoomKey): Promise<Transcript> {
  const rows = await db
    .select({
      message: liveMessages,
      author: { ...authorColumns, organisationType: liveParticipants.organisationType },
    })
    .from(liveMessages)
    .innerJoin(liveParticipants, authorOfMessage)
    .where(and(inRoom(liveMessages, room), isNull(liveParticipants.erasedAt)))
    .orderBy(asc(liveMessages.seq));
  return {
    messages: rows.map(({ message, author }) => ({
      ...presentMessage({ ...message, hiddenAt: null }, author),
      hidden: message.hiddenAt !== null,
      reports: message.reports,
      organisationType: author.organisationType,
    })),
    polls: await pollsOf(db, room),
  };
}

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

/** Markdown special characters escaped, so what people wrote stays text. */
const md = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1').replace(/\r?\n/g, ' ');

const who = (m: Transcript['messages'][number]) =>
  `**${md(m.author.displayName)}**${m.author.organisation ? ` (${md(m.author.organisation)})` : ''}`;

const time = (iso: string) => iso.slice(11, 16);

/** A readable record: chat, questions by votes, and poll results. */
export function transcriptMarkdown(transcript: Transcript, title: string): string {
  const chat = transcript.messages.filter((m) => m.kind === 'chat');
  const questions = transcript.messages
    .filter((m) => m.kind === 'question')
    .sort((a, b) => b.votes - a.votes || a.seq - b.seq);
  const lines = [`# ${md(title)}`, '', '## Chat', ''];
  for (const m of chat)
    lines.push(`- ${time(m.createdAt)} ${who(m)}: ${md(m.body)}${m.hidden ? ' _(hidden)_' : ''}`);
  lines.push('', '## Questions', '');
  for (const m of questions) {
    const marks = [`${m.votes} votes`, m.answered ? 'answered' : '', m.hidden ? 'hidden' : ''].filter(
      Boolean,
    );
    lines.push(`- ${who(m)}: ${md(m.body)} _(${marks.join(', ')})_`);
  }
  lines.push('', '## Polls', '');
  for (const poll of transcript.polls) {
    lines.push(`### ${md(poll.question)}`, '', `${poll.voters} voters, ${poll.status}`, '');
    lines.push(...poll.options.map((option, i) => `- ${md(option)}: ${poll.counts[i] ?? 0}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
