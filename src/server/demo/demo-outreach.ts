import type { Db } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { createList, importRows } from '#server/features/outreach/outreach.service.ts';
import type { ImportRow } from '#shared/outreach.ts';

/** The seed's channels: lists of municipalities and agencies, and people who used the form. */
const LISTS = [
  {
    name: 'Kunnat',
    description: 'Kuntien digikehittäjät ja muutosagentit.',
    publicDescription: 'Kutsut ja uutiset kuntien digikehittäjille.',
    prefix: 'kunta',
    type: 'municipality',
    onInterestForm: false,
  },
  {
    name: 'Valtion virastot',
    description: 'Virastojen ja laitosten yhteyshenkilöt.',
    publicDescription: 'Kutsut ja uutiset valtion virastojen ja laitosten väelle.',
    prefix: 'virasto',
    type: 'government-agency',
    onInterestForm: false,
  },
  {
    name: 'Kiinnostuneet henkilöt',
    description: 'Kiinnostuslomakkeella liittyneet.',
    publicDescription: 'Kutsu jokaiseen tapaamiseen ja muistutus päivää ennen.',
    prefix: 'henkilo',
    type: '',
    onInterestForm: true,
  },
] as const;
const PER_LIST = 12;

/** Synthetic, confirmed example.org addresses, so the outreach page shows a working network. */
export async function loadDemoOutreach(db: Db, network: NetworkRow): Promise<void> {
  for (const spec of LISTS) {
    const list = await createList(db, network, {
      name: spec.name,
      description: spec.description,
      publicDescription: spec.publicDescription,
      onInterestForm: spec.onInterestForm,
    });
    const rows: ImportRow[] = Array.from({ length: PER_LIST }, (_, i) => ({
      line: i + 2,
      email: `${spec.prefix}${i + 1}@demo.example.org`,
      name: `Demo ${spec.prefix} ${i + 1}`,
      organisation: spec.type ? `${spec.name} ${i + 1}` : '',
      organisationType: spec.type,
      language: i % 6 === 5 ? 'sv' : 'fi',
      problem: null,
    }));
    await importRows(db, list, rows, { kind: 'demo' });
  }
}
