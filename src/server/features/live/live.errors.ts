import type { LiveErrorCode } from '#shared/live.ts';

/** A refusal the client is told about in an error frame (the connection stays open). */
export class LiveError extends Error {
  readonly code: LiveErrorCode;
  readonly field?: string;
  readonly retryAfter?: number;
  constructor(code: LiveErrorCode, message: string, options: { field?: string; retryAfter?: number } = {}) {
    super(message);
    this.code = code;
    this.field = options.field;
    this.retryAfter = options.retryAfter;
  }
}
