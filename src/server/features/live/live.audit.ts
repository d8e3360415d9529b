import type { Db } from '#server/db/client.ts';
import { recordAuditEntry } from '#server/features/audit/audit.service.ts';
import type { ActedAs, AuditAction, AuditDetails } from '#shared/audit.ts';
import type { HostFrame } from './live.policy.ts';

/** Records a host's frame in the audit log once it has been carried out. */
export type HostAuditor = (frame: HostFrame) => Promise<void>;

type Entry = { action: AuditAction; targetId: string; details?: AuditDetails };

/** What a host frame did, by ids and settings only: never a question, an option or a message. */
function entryOf(frame: HostFrame, event: string): Entry {
  switch (frame.type) {
    case 'hide':
      return { action: 'live.message.hide', targetId: frame.messageId };
    case 'answer':
      return { action: 'live.question.answer', targetId: frame.messageId };
    case 'remove':
      return { action: 'live.participant.remove', targetId: frame.participantId };
    case 'slow-mode':
      return { action: 'live.slow-mode', targetId: event, details: { seconds: frame.seconds } };
    case 'room-status':
      return { action: 'live.room.status', targetId: event, details: { status: frame.status } };
    case 'open-poll':
      return { action: 'live.poll.open', targetId: event, details: { kind: frame.kind } };
    case 'close-poll':
      return { action: 'live.poll.close', targetId: frame.pollId };
    case 'ask-feedback':
      return { action: 'live.feedback.ask', targetId: event };
  }
}

/** The auditor of one host's socket in one meeting's room. */
export function hostAuditor(
  db: Db,
  host: { userId: string; email: string; actedAs: ActedAs; networkId: string; event: string },
): HostAuditor {
  return async (frame) => {
    const { action, targetId, details } = entryOf(frame, host.event);
    await recordAuditEntry(db, {
      actor: { userId: host.userId, email: host.email },
      actedAs: host.actedAs,
      networkId: host.networkId,
      action,
      targetId,
      details: { event: host.event, ...details },
    });
  };
}
