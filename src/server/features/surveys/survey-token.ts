import { createHmac, timingSafeEqual } from 'node:crypto';
import { hashToken } from '#server/platform/tokens.ts';

/**
 * The token that lets one person answer one survey (of one meeting) once, signed with the
 * installation's secret so none is stored: from the live room, a participant's (`room`); from a
 * thank-you e-mail, a subscriber's (`mail`). The record of its use (`tokenUseKey`) is its hash.
 */
export type SurveyTokenSubject = { kind: 'room' | 'mail'; id: string };
export type SurveyTokenScope = { surveyId: string; eventId: string | null };

const payloadOf = (scope: SurveyTokenScope, subject: SurveyTokenSubject) =>
  `${scope.surveyId}:${scope.eventId ?? '-'}:${subject.kind}:${subject.id}`;

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`survey:${payload}`).digest('base64url').slice(0, 32);

export function surveyToken(secret: string, scope: SurveyTokenScope, subject: SurveyTokenSubject): string {
  const payload = payloadOf(scope, subject);
  return `${Buffer.from(payload).toString('base64url')}.${sign(secret, payload)}`;
}

/** The subject of a token for this survey and meeting, if its signature holds; else null. */
export function verifySurveyToken(
  secret: string,
  scope: SurveyTokenScope,
  token: string,
): SurveyTokenSubject | null {
  const [encoded = '', signature = ''] = token.split('.');
  const payload = Buffer.from(encoded, 'base64url').toString();
  const [surveyId, eventId, kind, id = ''] = payload.split(':');
  if (surveyId !== scope.surveyId || eventId !== (scope.eventId ?? '-')) return null;
  if ((kind !== 'room' && kind !== 'mail') || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = sign(secret, payload);
  if (signature.length !== expected.length) return null;
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) ? { kind, id } : null;
}

/**
 * The respondent's own handle on the answers they gave, to complete them while the survey is open:
 * the answer row's random id, signed. Only their browser has it; the server stores nothing of it.
 */
export function continuationToken(secret: string, responseId: string): string {
  return `${responseId}.${sign(secret, `continue:${responseId}`)}`;
}

/** The answer row a continuation names, if its signature holds. */
export function verifyContinuation(secret: string, continuation: string): string | null {
  const [id = '', signature = ''] = continuation.split('.');
  const expected = sign(secret, `continue:${id}`);
  if (!/^[0-9a-f-]{36}$/.test(id) || signature.length !== expected.length) return null;
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) ? id : null;
}

/** What `survey_token_uses` keeps of a used token: its hash, which names no one. */
export const tokenUseKey = (token: string) => hashToken(token);
