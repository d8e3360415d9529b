import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import { events } from '../events/events.tables.ts';
import { surveyChanges, surveys } from './surveys.tables.ts';

export type SurveyChangeRow = typeof surveyChanges.$inferSelect;
export type NewSurveyChange = Omit<typeof surveyChanges.$inferInsert, 'id' | 'networkId'>;
type Scope = { networkId: string };

const newestFirst = [desc(surveyChanges.decidedOn), desc(surveyChanges.createdAt)];

export async function listChanges(db: Tx, { networkId }: Scope): Promise<SurveyChangeRow[]> {
  return db
    .select()
    .from(surveyChanges)
    .where(eq(surveyChanges.networkId, networkId))
    .orderBy(...newestFirst);
}

/** The newest published changes, for the home page. */
export async function listPublishedChanges(db: Tx, { networkId, limit }: Scope & { limit: number }) {
  return db
    .select()
    .from(surveyChanges)
    .where(and(eq(surveyChanges.networkId, networkId), eq(surveyChanges.published, true)))
    .orderBy(...newestFirst)
    .limit(limit);
}

export async function insertChange(db: Tx, params: Scope & { values: NewSurveyChange }) {
  const [row] = await db
    .insert(surveyChanges)
    .values({ ...params.values, networkId: params.networkId })
    .returning();
  return row as SurveyChangeRow;
}

export async function updateChange(
  db: Tx,
  params: Scope & { changeId: string; values: Partial<NewSurveyChange> },
): Promise<SurveyChangeRow | null> {
  const [row] = await db
    .update(surveyChanges)
    .set({ ...params.values, updatedAt: new Date() })
    .where(and(eq(surveyChanges.networkId, params.networkId), eq(surveyChanges.id, params.changeId)))
    .returning();
  return row ?? null;
}

export async function deleteChange(db: Tx, params: Scope & { changeId: string }): Promise<boolean> {
  const rows = await db
    .delete(surveyChanges)
    .where(and(eq(surveyChanges.networkId, params.networkId), eq(surveyChanges.id, params.changeId)))
    .returning({ id: surveyChanges.id });
  return rows.length > 0;
}

/** Which of `ids` are surveys of the network. */
export async function surveyIdsIn(db: Tx, { networkId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.networkId, networkId), inArray(surveys.id, ids)));
  return new Set(rows.map((row) => row.id));
}

/** The network's meetings among `ids`, with whether the public sees them. */
export async function meetingsIn(db: Tx, { networkId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return [];
  return db
    .select({ id: events.id, slug: events.slug, title: events.title, status: events.status })
    .from(events)
    .where(and(eq(events.networkId, networkId), inArray(events.id, ids)));
}
