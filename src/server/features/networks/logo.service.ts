import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#server/db/client.ts';
import { BadRequest, NotFound } from '#server/platform/errors.ts';
import type { LogoType } from '#shared/networks.ts';
import type { NetworkRow } from './networks.queries.ts';
import { networkLogos, networks } from './networks.tables.ts';

const SIGNATURES: { type: LogoType; matches: (data: Buffer) => boolean }[] = [
  { type: 'image/png', matches: (d) => d.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) },
  { type: 'image/jpeg', matches: (d) => d.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex')) },
  {
    type: 'image/webp',
    matches: (d) =>
      d.subarray(0, 4).toString('latin1') === 'RIFF' && d.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/**
 * The image type of a logo, read from its first bytes whatever its name says. SVG and everything
 * else is refused: an SVG can carry script.
 */
export function logoType(data: Buffer): LogoType {
  if (data.length === 0) throw new BadRequest('The logo is empty.', { logo: 'is empty' });
  const type = SIGNATURES.find((signature) => signature.matches(data))?.type;
  if (!type) {
    throw new BadRequest('The logo must be a PNG, JPEG or WebP image.', {
      logo: { code: 'file-type', message: 'must be a PNG, JPEG or WebP image' },
    });
  }
  return type;
}

/** Stores the host's logo and gives the network a new logo version (so its address changes). */
export async function setLogo(db: Db, network: NetworkRow, data: Buffer): Promise<NetworkRow> {
  const contentType = logoType(data);
  const version = createHash('sha256').update(data).digest('hex').slice(0, 16);
  return db.transaction(async (tx) => {
    const values = { networkId: network.id, contentType, data, updatedAt: new Date() };
    await tx
      .insert(networkLogos)
      .values(values)
      .onConflictDoUpdate({ target: networkLogos.networkId, set: values });
    return updateVersion(tx, network.id, version);
  });
}

export async function removeLogo(db: Db, network: NetworkRow): Promise<NetworkRow> {
  return db.transaction(async (tx) => {
    await tx.delete(networkLogos).where(eq(networkLogos.networkId, network.id));
    return updateVersion(tx, network.id, null);
  });
}

async function updateVersion(tx: Tx, networkId: string, version: string | null) {
  const [row] = await tx
    .update(networks)
    .set({ logoVersion: version, updatedAt: new Date() })
    .where(eq(networks.id, networkId))
    .returning();
  if (!row) throw new NotFound('The network');
  return row;
}

export async function readLogo(db: Db, network: NetworkRow) {
  const [row] = await db
    .select({ contentType: networkLogos.contentType, data: networkLogos.data })
    .from(networkLogos)
    .where(eq(networkLogos.networkId, network.id))
    .limit(1);
  if (!row) throw new NotFound('The logo');
  return { contentType: row.contentType, data: Buffer.from(row.data) };
}
