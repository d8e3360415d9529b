// The live room's limits without zod, for its entry page (live.ts re-exports them; docs/decisions/0021).

export const LIVE_LIMITS = {
  /** Characters in a chat message or question. */
  messageChars: 1000,
  /** Bytes in one incoming WebSocket frame; larger frames close the connection (1009). */
  frameBytes: 8 * 1024,
  displayNameChars: 60,
  organisationChars: 120,
  pollQuestionChars: 300,
  pollOptionChars: 120,
  pollOptions: 10,
  /** Seconds between one participant's chat messages when the host turns slow mode on. */
  slowModeMaxSeconds: 300,
  /** Messages in the history a newcomer receives. */
  historyMessages: 500,
  /** Messages an ended meeting's archive shows, oldest first (the organisers' transcript has all). */
  archiveMessages: 5000,
  /** The summary a host writes after the meeting (Markdown). */
  summaryChars: 20_000,
} as const;
