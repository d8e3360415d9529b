import type { z } from 'zod';
import type {
  AuthorSchema,
  LiveErrorCode,
  LiveMessage,
  Poll,
  REACTIONS,
  RoomSettings,
} from '#shared/live.ts';

export type Author = z.infer<typeof AuthorSchema>;

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'removed' | 'not-joined';

/** Where an error is shown: next to the form or list it concerns. */
export type ErrorTarget = 'chat' | 'ask' | 'questions' | 'poll-form' | 'polls' | 'host' | 'room';

export interface RoomError {
  /** Increases with every error, so the same text twice is still a new error. */
  id: number;
  code: LiveErrorCode | 'offline';
  message: string;
  retryAfter?: number;
  /** The text of a chat message or question the server refused, to give back to its writer. */
  body?: string;
}

/** A chat message or question sent but not yet in the room's stream. */
export interface Outgoing {
  clientId: string;
  kind: 'chat' | 'ask';
  body: string;
  /** Its sequence number once acknowledged; it is dropped once that frame has arrived. */
  ackedSeq: number | null;
}

export type Emoji = (typeof REACTIONS)[number];

export interface Arrival {
  id: number;
  kind: 'chat' | 'question' | 'poll';
  /** The message's or poll's id. */
  of: string;
  author: string | null;
  text: string;
}

/** The live room as this participant sees it. */
export interface LiveState {
  status: ConnectionStatus;
  you: Author | null;
  room: RoomSettings | null;
  presence: number;
  /** The newest sequenced frame applied. */
  lastSeq: number;
  /** Chat messages and questions, oldest first (hidden ones included, with an empty body). */
  messages: LiveMessage[];
  polls: Poll[];
  votedMessages: ReadonlySet<string>;
  votedPolls: ReadonlySet<string>;
  reportedByMe: ReadonlySet<string>;
  /** Reports per message, as hosts are told. */
  reports: Readonly<Record<string, number>>;
  outbox: Outgoing[];
  /** Polls the host opened that are not yet acknowledged. */
  pollsSending: number;
  /** Reactions shown for a moment. */
  reactions: { id: number; emoji: Emoji }[];
  /** Chat messages, questions and polls that arrived live, for the polite announcer (newest last). */
  arrivals: Arrival[];
  errors: Partial<Record<ErrorTarget, RoomError>>;
}

export const INITIAL_STATE: LiveState = {
  status: 'connecting',
  you: null,
  room: null,
  presence: 0,
  lastSeq: 0,
  messages: [],
  polls: [],
  votedMessages: new Set(),
  votedPolls: new Set(),
  reportedByMe: new Set(),
  reports: {},
  outbox: [],
  pollsSending: 0,
  reactions: [],
  arrivals: [],
  errors: {},
};
