import type { Db } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { createList, importRows } from '#server/features/outreach/outreach.service.ts';

/** A mailing list of `count` confirmed addresses, person0@example.org and on, as an import leaves them. */
export async function buildConfirmedList(db: Db, network: NetworkRow, count: number) {
  const list = await createList(db, network, { name: 'Kunnat' });
  const rows = Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    email: `person${i}@example.org`,
    name: `Person ${i}`,
    organisation: '',
    organisationType: '',
    language: '',
    problem: null,
  }));
  await importRows(db, list, rows, { kind: 'import', by: 'organiser@example.org', file: 'test.csv' });
  return list;
}
