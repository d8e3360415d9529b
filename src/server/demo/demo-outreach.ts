import type { Db } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { createList, importRows } from '#server/features/outreach/outreach.service.ts';
import type { ImportRow } from '#shared/outreach.ts';

/** The seed's channels: lists of municipalities and agencies, and people who used the form. */
const LISTS = [
  {
    name: { fi: 'Kunnat', sv: 'Kommuner', en: 'Municipalities' },
    description: 'Kuntien digikehittäjät ja muutosagentit.',
    publicDescription: {
      fi: 'Kutsut ja uutiset kuntien digikehittäjille.',
      sv: 'Inbjudningar och nyheter för kommunernas digitala utvecklare.',
      en: 'Invitations and news for municipal digital developers.',
    },
    prefix: 'kunta',
    type: 'municipality',
    onInterestForm: false,
  },
  {
    name: { fi: 'Valtion virastot', sv: 'Statliga myndigheter', en: 'Government agencies' },
    description: 'Virastojen ja laitosten yhteyshenkilöt.',
    publicDescription: {
      fi: 'Kutsut ja uutiset valtion virastojen ja laitosten väelle.',
      sv: 'Inbjudningar och nyheter för personalen vid statliga myndigheter och inrättningar.',
      en: 'Invitations and news for staff of government agencies and institutions.',
    },
    prefix: 'virasto',
    type: 'government-agency',
    onInterestForm: false,
  },
  {
    name: { fi: 'Kiinnostuneet henkilöt', sv: 'Intresserade personer', en: 'Interested people' },
    description: 'Kiinnostuslomakkeella liittyneet.',
    publicDescription: {
      fi: 'Kutsu jokaiseen tapaamiseen ja muistutus päivää ennen.',
      sv: 'En inbjudan till varje träff och en påminnelse dagen innan.',
      en: 'An invitation to every meeting and a reminder the day before.',
    },
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
      organisation: spec.type ? `${spec.name.fi} ${i + 1}` : '',
      organisationType: spec.type,
      language: i % 6 === 5 ? 'sv' : 'fi',
      problem: null,
    }));
    await importRows(db, list, rows, { kind: 'demo' });
  }
}
