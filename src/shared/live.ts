/**
 * The live room's message protocol, shared by the server and the browser (docs/live-protocol.md).
 * Every frame is one JSON object with a `type`; both sides validate what they receive.
 */
import { z } from 'zod';
import { distinctArray } from './common.ts';
import { LIVE_LIMITS } from './live-limits.ts';
import { OrganisationTypeSchema } from './people.ts';

/** Kept here for the server's imports; the live room's entry imports live-limits.ts (no zod). */
export { LIVE_LIMITS } from './live-limits.ts';

export const REACTIONS = ['👍', '👏', '❤️', '😄', '💡', '❓'] as const;
export const ReactionSchema = z.enum(REACTIONS);
export type Reaction = z.infer<typeof ReactionSchema>;
export const POLL_KINDS = ['single', 'multiple', 'scale'] as const;
/** A scale poll's options: 1–5. */
export const SCALE_OPTIONS = ['1', '2', '3', '4', '5'] as const;

// --- Entering ------------------------------------------------------------------------------

/** POST …/live/{event}/participants: anyone may enter with a display name. */
/** One plain line: control characters dropped, runs of white space made one space. */
const plainLine = (max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .replace(/\p{Cc}/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .pipe(z.string().max(max));

export const JoinLiveSchema = z.strictObject({
  displayName: plainLine(LIVE_LIMITS.displayNameChars).pipe(z.string().min(1)),
  organisation: plainLine(LIVE_LIMITS.organisationChars).optional(),
  organisationType: OrganisationTypeSchema.optional(),
});
export type JoinLive = z.infer<typeof JoinLiveSchema>;

export const JoinedSchema = z.object({
  participantId: z.string(),
  /** Secret that identifies this participant on the socket (send it in `hello`). */
  token: z.string(),
});

export const RoomStatusSchema = z.enum(['open', 'closed']);
export const RoomSettingsSchema = z.object({
  status: RoomStatusSchema,
  slowModeSeconds: z.number().int(),
  /** A host asked for feedback (or closed the room): everyone sees the survey's card. */
  feedbackAsked: z.boolean(),
});
export type RoomSettings = z.infer<typeof RoomSettingsSchema>;

/** GET …/live/{event}: what the room page shows before entering. */
export const RoomInfoSchema = RoomSettingsSchema.extend({
  eventId: z.string(),
  presence: z.number().int(),
  summaryHtml: z.string().nullable(),
  /** The summary's Markdown source, for the organisers who edit it (null for everyone else). */
  summary: z.string().nullable(),
  /** The meeting is over: the room is a read-only archive that only its hosts may enter. */
  archived: z.boolean(),
});
export type RoomInfo = z.infer<typeof RoomInfoSchema>;

export const SummarySchema = z.strictObject({ summary: z.string().max(LIVE_LIMITS.summaryChars) });

// --- What the room holds -------------------------------------------------------------------

export const AuthorSchema = z.object({
  participantId: z.string(),
  displayName: z.string(),
  organisation: z.string().nullable(),
  host: z.boolean(),
});

export const LiveMessageSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  kind: z.enum(['chat', 'question']),
  author: AuthorSchema,
  /** Empty once hidden: hidden text is never sent again. */
  body: z.string(),
  createdAt: z.string(),
  votes: z.number().int(),
  answered: z.boolean(),
  hidden: z.boolean(),
});
export type LiveMessage = z.infer<typeof LiveMessageSchema>;

export const PollSchema = z.object({
  id: z.string(),
  question: z.string(),
  kind: z.enum(POLL_KINDS),
  options: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  /** Votes per option, in the order of `options`. */
  counts: z.array(z.number().int()),
  voters: z.number().int(),
});
export type Poll = z.infer<typeof PollSchema>;

/** An ended meeting's room as anyone may read it: what was said (not what hosts hid) and its polls. */
export const RoomArchiveSchema = z.object({
  messages: z.array(LiveMessageSchema),
  polls: z.array(PollSchema),
});
export type RoomArchive = z.infer<typeof RoomArchiveSchema>;

// --- Client → server -----------------------------------------------------------------------

const Id = z.uuid();
const Body = z.string().trim().min(1).max(LIVE_LIMITS.messageChars);

export const ClientFrameSchema = z.discriminatedUnion('type', [
  /** First frame on every connection; `lastSeq` resumes after the last sequenced frame seen. */
  z.strictObject({
    type: z.literal('hello'),
    token: z.string().min(1).max(200),
    lastSeq: z.number().int().min(0).optional(),
  }),
  /** `clientId` makes a resend after a reconnect harmless: the same id is stored once. */
  z.strictObject({ type: z.literal('chat'), clientId: Id, body: Body }),
  z.strictObject({ type: z.literal('ask'), clientId: Id, body: Body }),
  z.strictObject({ type: z.literal('upvote'), messageId: Id }),
  z.strictObject({ type: z.literal('react'), emoji: ReactionSchema }),
  z.strictObject({ type: z.literal('report'), messageId: Id }),
  z.strictObject({
    type: z.literal('vote'),
    pollId: Id,
    choices: distinctArray(z.number().int().min(0)).min(1).max(LIVE_LIMITS.pollOptions),
  }),
  z.strictObject({ type: z.literal('ping') }),
  // Hosts only
  z.strictObject({ type: z.literal('hide'), messageId: Id }),
  z.strictObject({ type: z.literal('answer'), messageId: Id }),
  z.strictObject({ type: z.literal('remove'), participantId: Id }),
  z.strictObject({
    type: z.literal('slow-mode'),
    seconds: z.number().int().min(0).max(LIVE_LIMITS.slowModeMaxSeconds),
  }),
  z.strictObject({ type: z.literal('room-status'), status: RoomStatusSchema }),
  z.strictObject({
    type: z.literal('open-poll'),
    clientId: Id,
    question: z.string().trim().min(1).max(LIVE_LIMITS.pollQuestionChars),
    kind: z.enum(POLL_KINDS),
    /** Ignored for a scale poll (its options are 1–5). */
    options: distinctArray(z.string().trim().min(1).max(LIVE_LIMITS.pollOptionChars))
      .max(LIVE_LIMITS.pollOptions)
      .default([]),
  }),
  z.strictObject({ type: z.literal('close-poll'), pollId: Id }),
  /** Shows every participant the card of the meeting's feedback survey. */
  z.strictObject({ type: z.literal('ask-feedback') }),
]);
export type ClientFrame = z.infer<typeof ClientFrameSchema>;
export type ClientFrameInput = z.input<typeof ClientFrameSchema>;
export const HOST_FRAMES = [
  'hide',
  'answer',
  'remove',
  'slow-mode',
  'room-status',
  'open-poll',
  'close-poll',
  'ask-feedback',
] as const;

// --- Server → client -----------------------------------------------------------------------

/** Frames with `seq` are stored in order and replayed on resume; the others are momentary. */
export const SequencedFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), seq: z.number().int(), message: LiveMessageSchema }),
  z.object({ type: z.literal('hidden'), seq: z.number().int(), messageId: z.string() }),
  z.object({ type: z.literal('answered'), seq: z.number().int(), messageId: z.string() }),
  z.object({ type: z.literal('poll'), seq: z.number().int(), poll: PollSchema }),
  z.object({ type: z.literal('removed'), seq: z.number().int(), participantId: z.string() }),
  z.object({ type: z.literal('room'), seq: z.number().int(), room: RoomSettingsSchema }),
]);
export type SequencedFrame = z.infer<typeof SequencedFrameSchema>;
/** A sequenced frame before the database gave it its number. */
export type UnnumberedFrame = SequencedFrame extends infer F
  ? F extends SequencedFrame
    ? Omit<F, 'seq'>
    : never
  : never;

export const ERROR_CODES = [
  'invalid-frame',
  'not-joined',
  'unknown-participant',
  'removed',
  'forbidden',
  'room-closed',
  'slow-mode',
  'rate-limited',
  'not-found',
  'poll-closed',
  'invalid-choice',
  'server-error',
] as const;
export type LiveErrorCode = (typeof ERROR_CODES)[number];

export const ServerFrameSchema = z.union([
  SequencedFrameSchema,
  z.object({
    type: z.literal('welcome'),
    you: AuthorSchema,
    room: RoomSettingsSchema,
    /** The newest sequenced frame included: resume from here. */
    lastSeq: z.number().int(),
    /** A newcomer (no `lastSeq` in hello, or one too old) gets the room's state instead of a replay. */
    snapshot: z
      .object({
        messages: z.array(LiveMessageSchema),
        polls: z.array(PollSchema),
        /** Questions and polls this participant has already voted on. */
        votedMessages: z.array(z.string()),
        votedPolls: z.array(z.string()),
      })
      .optional(),
    presence: z.number().int(),
  }),
  z.object({ type: z.literal('ack'), clientId: z.string(), seq: z.number().int() }),
  z.object({ type: z.literal('votes'), messageId: z.string(), votes: z.number().int() }),
  z.object({
    type: z.literal('tally'),
    pollId: z.string(),
    counts: z.array(z.number().int()),
    voters: z.number().int(),
  }),
  z.object({ type: z.literal('presence'), count: z.number().int() }),
  z.object({ type: z.literal('reaction'), emoji: ReactionSchema }),
  /** To hosts only: a participant reported a message. */
  z.object({ type: z.literal('reported'), messageId: z.string(), reports: z.number().int() }),
  z.object({ type: z.literal('pong') }),
  z.object({
    type: z.literal('error'),
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** The frame field at fault, e.g. "body". */
    field: z.string().optional(),
    clientId: z.string().optional(),
    /** Seconds to wait before trying again (slow mode, rate limits). */
    retryAfter: z.number().optional(),
  }),
]);
export type ServerFrame = z.infer<typeof ServerFrameSchema>;

/** WebSocket close codes the server uses, besides the standard ones. */
export const CLOSE_CODES = {
  /** The participant was removed by a host. */
  removed: 4003,
  /** No valid hello in time, or an unknown token. */
  notJoined: 4001,
  /** Too many rejected frames in a row. */
  flood: 4008,
  /** The client could not keep up with the room. */
  tooSlow: 4009,
} as const;
