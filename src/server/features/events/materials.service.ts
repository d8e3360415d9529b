import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { BadRequest, NotFound } from '#server/platform/errors.ts';
import type { LocalizedText } from '#shared/common.ts';
import { EVENT_LIMITS, MATERIAL_TYPES, MAX_MATERIAL_BYTES } from '#shared/events.ts';
import { sliceText } from '#shared/storable.ts';
import { materials } from './events.tables.ts';

type Scope = { networkId: string; eventId: string };
export type MaterialRow = Omit<typeof materials.$inferSelect, 'data'>;

const listed = {
  id: materials.id,
  networkId: materials.networkId,
  eventId: materials.eventId,
  kind: materials.kind,
  title: materials.title,
  url: materials.url,
  fileName: materials.fileName,
  contentType: materials.contentType,
  size: materials.size,
  createdAt: materials.createdAt,
};

export async function listMaterials(db: Db, scope: Scope): Promise<MaterialRow[]> {
  return db
    .select(listed)
    .from(materials)
    .where(and(eq(materials.networkId, scope.networkId), eq(materials.eventId, scope.eventId)))
    .orderBy(asc(materials.createdAt));
}

/** The materials of several events of one network, by event, in the order they were added. */
export async function materialsOfEvents(
  db: Db,
  scope: { networkId: string; eventIds: string[] },
): Promise<Map<string, MaterialRow[]>> {
  const byEvent = new Map<string, MaterialRow[]>();
  if (scope.eventIds.length === 0) return byEvent;
  const rows = await db
    .select(listed)
    .from(materials)
    .where(and(eq(materials.networkId, scope.networkId), inArray(materials.eventId, scope.eventIds)))
    .orderBy(asc(materials.createdAt));
  for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
  return byEvent;
}

export async function addLink(db: Db, scope: Scope, input: { title: LocalizedText; url: string }) {
  const [row] = await db
    .insert(materials)
    .values({ ...scope, kind: 'link', ...input })
    .returning(listed);
  return row as MaterialRow;
}

/** The file name without any path, and its allowed content type; refuses other types. */
export function checkFile(fileName: string): { fileName: string; contentType: string } {
  const base = sliceText(fileName.split(/[\\/]/).pop()?.trim() ?? '', EVENT_LIMITS.titleChars);
  const extension = base.includes('.') ? (base.split('.').pop()?.toLowerCase() ?? '') : '';
  const contentType = MATERIAL_TYPES[extension];
  if (!base || !contentType) {
    const allowed = Object.keys(MATERIAL_TYPES).join(', ');
    throw new BadRequest(`This type of file cannot be shared. Allowed: ${allowed}.`, {
      file: { code: 'file-type', message: `must be one of: ${allowed}` },
    });
  }
  return { fileName: base, contentType };
}

export async function addFile(
  db: Db,
  scope: Scope,
  input: { title: LocalizedText; fileName: string; data: Buffer },
) {
  if (input.data.length === 0) throw new BadRequest('The file is empty.', { file: 'is empty' });
  if (input.data.length > MAX_MATERIAL_BYTES) {
    throw new BadRequest('The file is too large.', {
      file: `must be at most ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`,
    });
  }
  const { fileName, contentType } = checkFile(input.fileName);
  const [row] = await db
    .insert(materials)
    .values({
      ...scope,
      kind: 'file',
      title: input.title,
      fileName,
      contentType,
      size: input.data.length,
      data: input.data,
    })
    .returning(listed);
  return row as MaterialRow;
}

export async function deleteMaterial(db: Db, scope: Scope & { materialId: string }) {
  const rows = await db
    .delete(materials)
    .where(
      and(
        eq(materials.networkId, scope.networkId),
        eq(materials.eventId, scope.eventId),
        eq(materials.id, scope.materialId),
      ),
    )
    .returning({ id: materials.id });
  if (rows.length === 0) throw new NotFound('The material');
}

export async function readFile(db: Db, scope: Scope & { materialId: string }) {
  const [row] = await db
    .select({ fileName: materials.fileName, contentType: materials.contentType, data: materials.data })
    .from(materials)
    .where(
      and(
        eq(materials.networkId, scope.networkId),
        eq(materials.eventId, scope.eventId),
        eq(materials.id, scope.materialId),
        eq(materials.kind, 'file'),
      ),
    );
  if (!row?.data) throw new NotFound('The file');
  return {
    fileName: row.fileName ?? 'file',
    contentType: row.contentType ?? 'application/octet-stream',
    data: Buffer.from(row.data),
  };
}
