import type { Campaign, ImportPreview, MailingList, Subscriber } from '#shared/outreach.ts';
import type { ParsedFile } from './csv-import.ts';
import type { ListRow, SubscriberRow } from './outreach.queries.ts';
import type { CampaignFacts } from './outreach.service.ts';

/** A list with how many addresses it has in each status; not its network or creation time. */
export const presentList = (list: ListRow & { counts: MailingList['counts'] }): MailingList => ({
  id: list.id,
  name: list.name,
  description: list.description,
  publicDescription: list.publicDescription,
  language: list.language,
  onInterestForm: list.onInterestForm,
  counts: list.counts,
});

/** An address as organisers see it: its consent record, never its confirmation token. */
export const presentSubscriber = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  name: row.name,
  organisation: row.organisation,
  organisationType: row.organisationType,
  language: row.language,
  status: row.status,
  source: row.source,
  sourceBy: row.sourceBy,
  sourceFile: row.sourceFile,
  consentVersion: row.consentVersion,
  consentAt: row.consentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** A campaign as organisers see it: not its network, creator or job. */
export const presentCampaign = (row: CampaignFacts): Campaign => ({
  id: row.id,
  template: row.template,
  subject: row.subject,
  body: row.body,
  translations: row.translations,
  listIds: row.listIds,
  eventId: row.eventId,
  status: row.status,
  scheduledAt: row.scheduledAt?.toISOString() ?? null,
  startedAt: row.startedAt?.toISOString() ?? null,
  finishedAt: row.finishedAt?.toISOString() ?? null,
  counts: row.counts,
  recipients: row.recipients,
});

/** An import preview: the file's shape and every row's verdict, not the raw records kept for saving. */
export function presentImportPreview(
  file: ParsedFile,
  preview: Pick<ImportPreview, 'mapping' | 'rows' | 'counts'>,
): ImportPreview {
  const { records: _records, lines: _lines, ...shape } = file;
  return { ...shape, ...preview };
}
