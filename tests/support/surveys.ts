import { join } from '#server/features/live/live.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { OrganisationType } from '#shared/people.ts';
import type { TestApp } from './app.ts';
import { buildEvent } from './factories.ts';

const DAY = 86_400_000;

/** A published meeting `daysAgo` days ago (so its survey takes answers while under 14 days). */
export async function buildPastMeeting(t: TestApp, network: NetworkRow, daysAgo = 1, fields = {}) {
  const date = new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
  return (await buildEvent(t, { network, date, ...fields })).event;
}

/**
 * Someone who was in the meeting's live room (entered while it was on, so through the service),
 * with their one-time token for its survey.
 */
export async function roomRespondent(
  t: TestApp,
  network: NetworkRow,
  meeting: { id: string; slug: string },
  who: { organisationType?: OrganisationType; userId?: string } = {},
) {
  const room = { networkId: network.id, eventId: meeting.id };
  const input = { displayName: 'Vastaaja', organisationType: who.organisationType };
  const account = who.userId ? { userId: who.userId, host: false } : null;
  const { participant, token } = await join(t.database.db, room, input, account);
  const response = await t.request({
    method: 'POST',
    url: `/api/networks/${network.slug}/feedback/${meeting.slug}/token`,
    payload: { participantToken: token },
  });
  if (response.statusCode !== 200)
    throw new Error(`no survey token: ${response.statusCode} ${response.body}`);
  return { participantId: participant.id, token, surveyToken: response.json().token as string };
}

/** Answers a meeting's survey; returns the response. */
export function answerMeeting(
  t: TestApp,
  network: { slug: string },
  meeting: { slug: string },
  answers: Record<string, unknown>,
  token?: string,
) {
  return t.request({
    method: 'POST',
    url: `/api/networks/${network.slug}/feedback/${meeting.slug}/answers`,
    payload: { answers, token },
  });
}
