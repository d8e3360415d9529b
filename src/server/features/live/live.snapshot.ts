import type { Db } from '#server/db/client.ts';
import type { LiveMessage, Poll, RoomSettings } from '#shared/live.ts';
import { visibleMessages, votedQuestions } from './live.messages.ts';
import { pollsOf, votedPolls } from './live.polls.ts';
import { enteredRoom, type Participant, roomSettings } from './live.rooms.ts';

/** What a newcomer receives: the room as it is, and what they themselves voted. */
export type Snapshot = {
  lastSeq: number;
  room: RoomSettings;
  messages: LiveMessage[];
  polls: Poll[];
  votedMessages: string[];
  votedPolls: string[];
};

/** The participant's room as it is at one sequence number, read in one consistent transaction. */
export async function snapshot(db: Db, participant: Participant): Promise<Snapshot> {
  return db.transaction(
    async (tx) => {
      const room = await enteredRoom(tx, participant);
      const messages = await visibleMessages(tx, participant);
      const polls = await pollsOf(tx, participant);
      return {
        lastSeq: room.lastSeq,
        room: roomSettings(room),
        messages,
        polls,
        votedMessages: await votedQuestions(tx, participant),
        votedPolls: await votedPolls(
          tx,
          participant,
          polls.map((p) => p.id),
        ),
      };
    },
    { isolationLevel: 'repeatable read' },
  );
}
