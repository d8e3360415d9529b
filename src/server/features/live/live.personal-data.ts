import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import { describeEvents } from '#server/features/events/events.personal-data.ts';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { appendFrames, type RoomKey } from './live.stream.ts';
import {
  liveLog,
  liveMessages,
  liveParticipants,
  livePolls,
  livePollVotes,
  liveQuestionVotes,
  liveReports,
} from './live.tables.ts';

/** What an erased participant is called in the stored rows and frames; no page shows it. */
export const ERASED_NAME = '(erased)';

// A person's data spans networks by design: these queries are keyed by account, not by one tenant.

/** The live-room participants of an account: only those who entered while signed in are known. */
async function participantsOf(db: Tx, userId: string) {
  return db
    .select()
    .from(liveParticipants)
    .where(eq(liveParticipants.userId, userId))
    .orderBy(asc(liveParticipants.joinedAt));
}

/** Someone else's message, as context of the person's vote or report; hidden ones without text. */
const contextText = (message: { body: string; hiddenAt: Date | null }) =>
  message.hiddenAt ? null : message.body;

async function activityOf(db: Tx, participantIds: string[]) {
  const [messages, questionVotes, pollVotes, reports] = await Promise.all([
    db
      .select()
      .from(liveMessages)
      .where(inArray(liveMessages.participantId, participantIds))
      .orderBy(asc(liveMessages.seq)),
    db
      .select({ participantId: liveQuestionVotes.participantId, message: liveMessages })
      .from(liveQuestionVotes)
      .innerJoin(liveMessages, eq(liveMessages.id, liveQuestionVotes.messageId))
      .where(inArray(liveQuestionVotes.participantId, participantIds)),
    db
      .select({ vote: livePollVotes, poll: livePolls })
      .from(livePollVotes)
      .innerJoin(livePolls, eq(livePolls.id, livePollVotes.pollId))
      .where(inArray(livePollVotes.participantId, participantIds))
      .orderBy(asc(livePollVotes.createdAt)),
    db
      .select({ report: liveReports, message: liveMessages })
      .from(liveReports)
      .innerJoin(liveMessages, eq(liveMessages.id, liveReports.messageId))
      .where(inArray(liveReports.participantId, participantIds))
      .orderBy(asc(liveReports.createdAt)),
  ]);
  return { messages, questionVotes, pollVotes, reports };
}

type Activity = Awaited<ReturnType<typeof activityOf>>;

/** One participant's part of the activity, as the export shows it. */
const activityExport = (activity: Activity, participantId: string) => ({
  messages: activity.messages
    .filter((m) => m.participantId === participantId)
    .map((m) => ({
      kind: m.kind,
      text: m.body,
      at: m.createdAt,
      votes: m.votes,
      answeredAt: m.answeredAt,
      hiddenByHostAt: m.hiddenAt,
    })),
  questionVotes: activity.questionVotes
    .filter((v) => v.participantId === participantId)
    .map((v) => ({ question: contextText(v.message), askedAt: v.message.createdAt })),
  pollVotes: activity.pollVotes
    .filter((v) => v.vote.participantId === participantId)
    .map(({ vote, poll }) => ({
      poll: poll.question,
      answer: vote.choices.map((c) => poll.options[c]),
      at: vote.createdAt,
    })),
  reports: activity.reports
    .filter((r) => r.report.participantId === participantId)
    .map(({ report, message }) => ({ message: contextText(message), at: report.createdAt })),
});

/**
 * Live-room participation of an account: names given, messages and questions, votes and reports.
 * On deletion each participant stays as an anonymous row (marked erased, no name, organisation,
 * account or secret) so that vote counts and poll results stay what everyone saw; the texts are
 * erased, also from the stored stream, and connected clients are told to drop them.
 */
export const livePersonalData: PersonalDataPart = {
  feature: 'live',
  tables: [
    'live_participants',
    'live_messages',
    'live_question_votes',
    'live_reports',
    'live_poll_votes',
    'live_log',
  ],

  async exportOf(db, person) {
    const participants = await participantsOf(db, person.userId);
    const ids = participants.map((p) => p.id);
    if (ids.length === 0) return { liveRooms: [] };
    const [names, activity] = await Promise.all([
      describeEvents(
        db,
        participants.map((p) => p.eventId),
      ),
      activityOf(db, ids),
    ]);
    return {
      liveRooms: participants.map((p) => ({
        ...names.get(p.eventId),
        displayName: p.displayName,
        organisation: p.organisation,
        organisationType: p.organisationType,
        host: p.host,
        enteredAt: p.joinedAt,
        lastSeenAt: p.lastSeenAt,
        removedByHostAt: p.removedAt,
        ...activityExport(activity, p.id),
      })),
    };
  },

  async erase(tx, person) {
    const participants = await participantsOf(tx, person.userId);
    if (participants.length === 0) return;
    const ids = participants.map((p) => p.id);
    const visible = await tx
      .select({ id: liveMessages.id, eventId: liveMessages.eventId })
      .from(liveMessages)
      .where(and(inArray(liveMessages.participantId, ids), isNull(liveMessages.hiddenAt)));
    await tx
      .update(liveMessages)
      .set({ body: '', hiddenAt: sql`coalesce(${liveMessages.hiddenAt}, now())` })
      .where(inArray(liveMessages.participantId, ids));
    await eraseFromStream(tx, participants, ids);
    await tx
      .update(liveParticipants)
      .set({
        userId: null,
        displayName: ERASED_NAME,
        organisation: null,
        // Unique and never a SHA-256, so the secret in the person's browser opens nothing.
        tokenHash: sql`'erased:' || ${liveParticipants.id}`,
        erasedAt: new Date(),
      })
      .where(inArray(liveParticipants.id, ids));
    // Rooms in a fixed order, so two deletions never wait for each other's room rows.
    const rooms = new Map(
      participants.map((p) => [p.eventId, { networkId: p.networkId, eventId: p.eventId }]),
    );
    const byRoom = Map.groupBy(visible, (m) => m.eventId);
    for (const [eventId, room] of [...rooms].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const frames = (byRoom.get(eventId) ?? []).map((m) => ({ type: 'hidden' as const, messageId: m.id }));
      await appendFrames(tx, room, frames);
    }
  },
};

/** Blanks the person's messages in the replayable stream: no text, no name, no organisation. */
async function eraseFromStream(tx: Tx, rooms: RoomKey[], participantIds: string[]) {
  const author = sql`${liveLog.frame} -> 'message' -> 'author'`;
  await tx
    .update(liveLog)
    .set({
      frame: sql`jsonb_set(
        jsonb_set(jsonb_set(${liveLog.frame}, '{message,body}', '""'), '{message,hidden}', 'true'),
        '{message,author}',
        ${author} || jsonb_build_object('displayName', ${ERASED_NAME}::text, 'organisation', null)
      )`,
    })
    .where(
      and(
        inArray(liveLog.eventId, [...new Set(rooms.map((r) => r.eventId))]),
        sql`${liveLog.frame} ->> 'type' = 'message'`,
        inArray(sql`${author} ->> 'participantId'`, participantIds),
      ),
    );
}
