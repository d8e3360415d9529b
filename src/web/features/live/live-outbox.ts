import type { ClientFrameInput } from '#shared/live.ts';
import type { LiveState, Outgoing } from './live-state.ts';

/** Frames that carry a clientId: stored once by the server and acknowledged. */
export type TrackedFrame = Extract<ClientFrameInput, { clientId: string }>;

/**
 * What was sent with a clientId and is not yet acknowledged, in sending order: resent with the same
 * clientId after a reconnection, and shown as sending meanwhile (chat messages and questions in the
 * state's outbox, polls as a count).
 */
export class Outbox {
  private readonly unacked = new Map<string, TrackedFrame>();

  /** Keeps a frame until it is acknowledged; returns the change that shows it as sending. */
  add(frame: TrackedFrame, state: LiveState): Partial<LiveState> {
    this.unacked.set(frame.clientId, frame);
    if (frame.type === 'open-poll') return { pollsSending: state.pollsSending + 1 };
    const outgoing: Outgoing = {
      clientId: frame.clientId,
      kind: frame.type,
      body: frame.body,
      ackedSeq: null,
    };
    return { outbox: [...state.outbox, outgoing] };
  }

  /** The frames to send again on a new connection, oldest first. */
  pending(): Iterable<TrackedFrame> {
    return this.unacked.values();
  }

  /** The server stored a frame as `seq`: a poll is sent; a message is once that frame arrives. */
  acknowledge(clientId: string, seq: number, state: LiveState): Partial<LiveState> {
    const frame = this.unacked.get(clientId);
    this.unacked.delete(clientId);
    if (frame?.type === 'open-poll') return { pollsSending: Math.max(0, state.pollsSending - 1) };
    const outbox = state.outbox.map((o) => (o.clientId === clientId ? { ...o, ackedSeq: seq } : o));
    return { outbox: notYetSeen(outbox, state.lastSeq) };
  }

  /**
   * The server refused a frame: forgets it, and returns it with the change that no longer shows it
   * as sending; null when the frame is not one of these.
   */
  refuse(clientId: string, state: LiveState): { frame: TrackedFrame; change: Partial<LiveState> } | null {
    const frame = this.unacked.get(clientId);
    if (!frame) return null;
    this.unacked.delete(clientId);
    const change =
      frame.type === 'open-poll'
        ? { pollsSending: Math.max(0, state.pollsSending - 1) }
        : { outbox: state.outbox.filter((o) => o.clientId !== clientId) };
    return { frame, change };
  }
}

/** The outbox without what the room's stream already holds (it has reached `seq`). */
export function notYetSeen(outbox: Outgoing[], seq: number): Outgoing[] {
  return outbox.filter((o) => o.ackedSeq === null || o.ackedSeq > seq);
}
