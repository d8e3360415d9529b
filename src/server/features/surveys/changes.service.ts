import type { Db } from '#server/db/client.ts';
import { isPublic } from '#server/features/events/events.policy.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { BadRequest, type FieldProblem, NotFound } from '#server/platform/errors.ts';
import {
  SURVEY_CHANGE_LIMITS,
  type SurveyChangeInput,
  type SurveyChangeLink,
  type SurveyChangePatch,
} from '#shared/survey-changes.ts';
import * as q from './changes.queries.ts';

/** "You said, we changed": the changes organisers record, each linked to the feedback behind it. */

const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** A link may name only the network's own surveys and meetings: each other one is named by its place. */
async function checkLinks(db: Db, network: NetworkRow, links: SurveyChangeLink[]) {
  const scope = { networkId: network.id };
  const [surveys, meetings] = await Promise.all([
    q.surveyIdsIn(db, { ...scope, ids: ids(links.map((link) => link.surveyId)) }),
    q.meetingsIn(db, { ...scope, ids: ids(links.map((link) => link.eventId)) }),
  ]);
  const known = new Set(meetings.map((meeting) => meeting.id));
  const problems: Record<string, FieldProblem> = {};
  for (const [index, link] of links.entries()) {
    if (!surveys.has(link.surveyId))
      problems[`links.${index}.surveyId`] = {
        code: 'not-in-network',
        message: 'choose a survey of this network',
      };
    if (link.eventId && !known.has(link.eventId))
      problems[`links.${index}.eventId`] = {
        code: 'not-in-network',
        message: 'choose a meeting of this network',
      };
  }
  if (Object.keys(problems).length > 0)
    throw new BadRequest('The feedback named is not this network’s.', problems);
}

/** Links as stored: every key present, ids in lower case as PostgreSQL gives them back. */
const stored = (links: SurveyChangeLink[]) =>
  links.map((link) => ({
    surveyId: link.surveyId.toLowerCase(),
    eventId: link.eventId?.toLowerCase() ?? null,
    questionId: link.questionId ?? null,
  }));

export const listChanges = (db: Db, network: NetworkRow) => q.listChanges(db, { networkId: network.id });

export async function createChange(db: Db, network: NetworkRow, input: SurveyChangeInput) {
  const links = stored(input.links);
  await checkLinks(db, network, links);
  return q.insertChange(db, { networkId: network.id, values: { ...input, links } });
}

export async function editChange(db: Db, network: NetworkRow, changeId: string, patch: SurveyChangePatch) {
  const links = patch.links && stored(patch.links);
  if (links) await checkLinks(db, network, links);
  const values = links ? { ...patch, links } : patch;
  const row = await q.updateChange(db, { networkId: network.id, changeId, values });
  if (!row) throw new NotFound('The change');
  return row;
}

export async function removeChange(db: Db, network: NetworkRow, changeId: string) {
  if (!(await q.deleteChange(db, { networkId: network.id, changeId }))) throw new NotFound('The change');
}

/** The newest published changes, each with the public meetings whose feedback it came from. */
export async function publicChanges(db: Db, network: NetworkRow) {
  const rows = await q.listPublishedChanges(db, {
    networkId: network.id,
    limit: SURVEY_CHANGE_LIMITS.shownOnHome,
  });
  const meetings = await q.meetingsIn(db, {
    networkId: network.id,
    ids: ids(rows.flatMap((row) => row.links.map((link) => link.eventId))),
  });
  const shown = new Map(meetings.filter(isPublic).map((meeting) => [meeting.id, meeting]));
  return rows.map((row) => ({
    row,
    meetings: ids(row.links.map((link) => link.eventId)).flatMap((id) => shown.get(id) ?? []),
  }));
}
export type PublicChange = Awaited<ReturnType<typeof publicChanges>>[number];
