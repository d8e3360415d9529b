import type { z } from 'zod';
import type { Db, Tx } from '#server/db/client.ts';
import { findEventById } from '#server/features/events/events.queries.ts';
import { listThemes } from '#server/features/events/events.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { Actor } from '#server/platform/actor.types.ts';
import { AppError, BadRequest, Conflict, NotFound } from '#server/platform/errors.ts';
import { translator } from '#server/platform/i18n.ts';
import type { Jobs } from '#server/platform/jobs.ts';
import type { Mailer } from '#server/platform/mail.ts';
import { simpleMail } from '#server/platform/mail-layout.ts';
import type { Limits } from '#server/platform/rate-limit.ts';
import { hashToken, newToken } from '#server/platform/tokens.ts';
import { type Language, localized } from '#shared/common.ts';
import { type FieldCode, fieldIssueOf } from '#shared/errors.ts';
import {
  type AddSubscriberSchema,
  type Campaign,
  type CampaignInput,
  CampaignInputSchema,
  CONSENT_VERSION,
  DELIVERY_STATUSES,
  ImportMappingSchema,
  type ImportRow,
  type InterestForm,
  type MailingList,
  type MailingListInput,
  MailingListInputSchema,
  type MailingListPatch,
  SUBSCRIBER_STATUSES,
  type SubscriberSource,
} from '#shared/outreach.ts';
import type { OrganisationType } from '#shared/people.ts';
import { campaignMail } from './campaign-mail.ts';
import { cancelScheduledJob, enqueueCampaign, readyToQueue } from './campaign-runner.ts';
import {
  countRows,
  guessMapping,
  ImportFileError,
  type ParsedFile,
  parseFile,
  previewRows,
} from './csv-import.ts';
import { confirmationState, receivesMail } from './outreach.policy.ts';
import * as q from './outreach.queries.ts';
import { subscribersCsv } from './subscribers-csv.ts';
import { verifyUnsubscribeToken } from './unsubscribe-token.ts';

const CONFIRM_DAYS = 7;
/** Confirmation e-mails to one address per hour from the interest form. */
const CONFIRMATIONS_PER_ADDRESS = 3;
const CONFIRMATION_WINDOW_MS = 60 * 60_000;
const IMPORT_BATCH = 500;

type AddSubscriber = z.infer<typeof AddSubscriberSchema>;
type ImportMapping = z.infer<typeof ImportMappingSchema>;

/** What outreach's use cases need from the installation; each takes only the parts it uses. */
export type OutreachDeps = {
  db: Db;
  jobs: Jobs;
  mailer: Mailer;
  limits: Limits;
  publicUrl: string;
  secret: string;
};

// --- Lists ---------------------------------------------------------------------------------

/** A list of the network, or NotFound: another network's list is as unknown as a made-up id. */
export async function getList(db: Tx, network: NetworkRow, listId: string): Promise<q.ListRow> {
  const list = await q.findList(db, { networkId: network.id, listId });
  if (!list) throw new NotFound('The list');
  return list;
}

export async function createList(db: Db, network: NetworkRow, input: MailingListInput): Promise<q.ListRow> {
  return q.insertList(db, { networkId: network.id, ...MailingListInputSchema.parse(input) });
}

export async function editList(db: Db, network: NetworkRow, listId: string, change: MailingListPatch) {
  if (Object.keys(change).length === 0) return getList(db, network, listId); // an empty SET is an SQL error
  const row = await q.updateList(db, { networkId: network.id, listId, change });
  if (!row) throw new NotFound('The list');
  return row;
}

/** Tallies `{ status, n }` of one key as a count for every status. */
function countsOf<K extends string, T extends { status: K; n: number }>(
  statuses: readonly K[],
  tallies: T[],
  key: string,
  keyOf: (t: T) => string,
): Record<K, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<K, number>;
  for (const t of tallies) if (keyOf(t) === key) counts[t.status] = t.n;
  return counts;
}

/** The network's lists, each with its addresses counted by status. */
export async function listLists(
  db: Db,
  network: NetworkRow,
): Promise<(q.ListRow & { counts: MailingList['counts'] })[]> {
  const lists = await q.listLists(db, { networkId: network.id });
  const tallies = await q.subscriberTallies(db, { networkId: network.id, listIds: lists.map((l) => l.id) });
  return lists.map((list) => ({
    ...list,
    counts: countsOf(SUBSCRIBER_STATUSES, tallies, list.id, (t) => t.listId),
  }));
}

export async function listSubscribers(db: Db, network: NetworkRow, listId: string) {
  const list = await getList(db, network, listId);
  return q.listSubscribers(db, { networkId: network.id, listId: list.id });
}

/** A list's addresses as CSV, with their status and consent record. */
export async function exportList(db: Db, network: NetworkRow, listId: string) {
  const list = await getList(db, network, listId);
  return {
    list,
    csv: subscribersCsv(await q.listSubscribers(db, { networkId: network.id, listId: list.id })),
  };
}

/**
 * Erases an address from a list, as a person may ask (GDPR): the subscription and its delivery
 * records go; campaign counts then no longer include it.
 */
export async function removeSubscriber(db: Db, network: NetworkRow, listId: string, subscriberId: string) {
  const list = await getList(db, network, listId);
  if (!(await q.deleteSubscriber(db, { networkId: network.id, listId: list.id, subscriberId }))) {
    throw new NotFound('The address');
  }
  return list;
}

// --- Double opt-in -------------------------------------------------------------------------

export type Pending = {
  email: string;
  name: string;
  organisation?: string;
  organisationType?: OrganisationType;
  role?: string;
  topics?: string[];
  language: Language;
  source: Extract<SubscriberSource, 'interest-form' | 'manual'>;
  /** The organiser who added the address by hand. */
  sourceBy?: string;
  consentText?: string;
};

/**
 * Puts an address on lists of the network as pending, with one confirmation token for all of
 * them. An address already confirmed stays confirmed; an unsubscribed or bounced one starts over
 * as pending. Returns the token to e-mail, or null when there is nothing to confirm.
 */
export async function addPending(
  db: Tx,
  network: NetworkRow,
  listIds: string[],
  person: Pending,
): Promise<string | null> {
  const { token, hash } = newToken();
  const now = new Date();
  const rows = listIds.map((listId) => ({
    listId,
    email: person.email,
    name: person.name,
    organisation: person.organisation || null,
    organisationType: person.organisationType ?? null,
    role: person.role || null,
    topics: person.topics ?? [],
    language: person.language,
    status: 'pending' as const,
    source: person.source,
    sourceBy: person.sourceBy ?? null,
    consentVersion: person.consentText ? CONSENT_VERSION : null,
    consentText: person.consentText ?? null,
    consentAt: person.consentText ? now : null,
    confirmTokenHash: hash,
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_DAYS * 86_400_000),
  }));
  const pending = await q.upsertPending(db, { networkId: network.id, rows });
  return pending > 0 ? token : null;
}

type ConfirmationMail = Pick<OutreachDeps, 'mailer' | 'publicUrl'>;

async function sendConfirmation(
  deps: ConfirmationMail,
  network: NetworkRow,
  to: { email: string; language: Language },
  token: string,
) {
  const t = translator(to.language);
  const networkName = localized(network.name, to.language, network.mainLanguage);
  const mail = simpleMail({
    language: to.language,
    subject: t('outreach.confirm.subject', { network: networkName }),
    // The network's name on its own line: pasted into a sentence, Finnish would need it inflected.
    before: [t('outreach.confirm.intro'), networkName],
    link: { text: t('outreach.confirm.button'), url: `${deps.publicUrl}/confirm/${token}` },
    after: [t('outreach.confirm.ignore')],
  });
  await deps.mailer.send({ to: to.email, ...mail });
}

/** What the public interest form offers: its lists, the programme's topics, the consent version. */
export async function interestForm(db: Db, network: NetworkRow) {
  const lists = await q.listListsOnForm(db, { networkId: network.id });
  const themes = await listThemes(db, { networkId: network.id });
  return {
    lists,
    topics: themes
      .filter((t) => t.status !== 'held')
      .map((t) => ({ value: localized(t.title, network.mainLanguage), title: t.title })),
    consentVersion: CONSENT_VERSION,
  };
}

/**
 * A visitor asks to join lists on the interest form: the address goes on them as pending and a
 * confirmation link is mailed. Past the per-address limit nothing changes and no mail goes out:
 * the link already sent (valid for days) keeps working, and no inbox is flooded.
 */
export async function signUp(
  deps: Pick<OutreachDeps, 'db' | 'limits'> & ConfirmationMail,
  network: NetworkRow,
  form: InterestForm,
): Promise<void> {
  // The bot trap: people never see the field, so whatever filled it is answered but ignored.
  if (form.website) return;
  const offered = await q.listListsOnForm(deps.db, { networkId: network.id });
  if (!form.listIds.every((id) => offered.some((l) => l.id === id))) {
    throw new BadRequest('Choose among the lists on the form.', {
      listIds: { code: 'not-on-form', message: 'not offered on the form' },
    });
  }
  const key = `interest-mail ${form.email}`;
  if (await deps.limits.exceeded(key, CONFIRMATIONS_PER_ADDRESS, CONFIRMATION_WINDOW_MS)) return;
  const consentText = translator(form.language)('outreach.consent');
  const token = await addPending(deps.db, network, form.listIds, interestConsent(form, consentText));
  if (token) await sendConfirmation(deps, network, form, token);
}

function interestConsent(form: InterestForm, consentText: string): Pending {
  return {
    email: form.email,
    name: form.name,
    organisation: form.organisation,
    organisationType: form.organisationType,
    role: form.role,
    topics: form.topics,
    language: form.language,
    source: 'interest-form',
    consentText,
  };
}

/** An organiser adds an address by hand: it too must be confirmed by its owner. */
export async function addSubscriber(
  deps: Pick<OutreachDeps, 'db'> & ConfirmationMail,
  network: NetworkRow,
  listId: string,
  input: AddSubscriber,
  actor: Actor,
): Promise<'confirmation-sent' | 'already-confirmed'> {
  const list = await getList(deps.db, network, listId);
  const { email, name, language } = input;
  const token = await addPending(deps.db, network, [list.id], {
    email,
    name,
    language,
    source: 'manual',
    sourceBy: actor.email,
  });
  if (token) await sendConfirmation(deps, network, input, token);
  return token ? 'confirmation-sent' : 'already-confirmed';
}

/** Confirms every pending subscription of a confirmation link; null when unknown or expired. */
export async function confirmSubscription(db: Db, token: string) {
  const confirmed = await q.confirmByTokenHash(db, { tokenHash: hashToken(token), now: new Date() });
  const [first] = confirmed;
  if (!first) return null;
  // One link is one form submission, so one network.
  const lists = await q.listNames(db, {
    networkId: first.networkId,
    listIds: confirmed.map((c) => c.listId),
  });
  return { lists, networkId: first.networkId };
}

/** The network a confirmation link belongs to, whether or not it is still valid; null if unknown. */
export async function confirmationNetwork(db: Db, token: string): Promise<string | null> {
  const [row] = await q.findByConfirmTokenHash(db, { tokenHash: hashToken(token) });
  return row?.networkId ?? null;
}

/** What a confirmation link of this network says now, for the page it opens; null if unknown here. */
export async function confirmationOf(db: Db, networkId: string, token: string) {
  const rows = (await q.findByConfirmTokenHash(db, { tokenHash: hashToken(token) })).filter(
    (r) => r.networkId === networkId,
  );
  if (rows.length === 0) return null;
  const lists = await q.listNames(db, { networkId, listIds: rows.map((r) => r.listId) });
  return { state: confirmationState(rows, new Date()), lists };
}

// --- Unsubscribing -------------------------------------------------------------------------

/** The subscription a signed unsubscribe link names; null for a link this installation did not sign. */
export async function unsubscribeLinkRow(deps: Pick<OutreachDeps, 'db' | 'secret'>, token: string) {
  const subscriberId = verifyUnsubscribeToken(deps.secret, token);
  return subscriberId ? q.findSubscriber(deps.db, { subscriberId }) : null;
}

/**
 * What an unsubscribe link of this network says now: its address, its list and whether the address
 * is still on it, and the network's other lists (those on the interest form, and any the address is on).
 */
export async function unsubscriptionOf(
  deps: Pick<OutreachDeps, 'db' | 'secret'>,
  networkId: string,
  token: string,
) {
  const row = await unsubscribeLinkRow(deps, token);
  if (row?.networkId !== networkId) return null;
  const [lists, subscriptions] = await Promise.all([
    q.listLists(deps.db, { networkId }),
    q.subscriptionsOf(deps.db, { networkId, email: row.email }),
  ]);
  const isOn = (listId: string) => subscriptions.some((s) => s.listId === listId && receivesMail(s.status));
  const list = lists.find((l) => l.id === row.listId);
  if (!list) return null;
  const shown = lists.filter((l) => l.id !== row.listId && (isOn(l.id) || l.onInterestForm));
  return {
    email: row.email,
    list: { id: list.id, name: list.name, subscribed: isOn(list.id) },
    others: shown.map((l) => ({ id: l.id, name: l.name, subscribed: isOn(l.id) })),
  };
}

/**
 * Takes the address of a signed unsubscribe link off its list at once, or off `listId`, another
 * list of the same network (the link proves the address, as the mail went to it); null for a bad link.
 */
export async function unsubscribe(deps: Pick<OutreachDeps, 'db' | 'secret'>, token: string, listId?: string) {
  const linked = await unsubscribeLinkRow(deps, token);
  if (!linked) return null;
  const target = listId
    ? (await q.subscriptionsOf(deps.db, { networkId: linked.networkId, email: linked.email })).find(
        (s) => s.listId === listId,
      )
    : linked;
  const row = target ? await q.unsubscribeById(deps.db, { subscriberId: target.id }) : null;
  if (!row) return null;
  const list = await q.findList(deps.db, { networkId: row.networkId, listId: row.listId });
  return list ? { email: row.email, list } : null;
}

// --- Import --------------------------------------------------------------------------------

/** An uploaded file and the organiser's column mapping, as the multipart body carried them. */
export type ImportUpload = { data: Uint8Array; fileName: string; mapping: string };

/** A refused mapping's first issue, with its code (an unreadable field has no issue of its own). */
const issueOf = (issue: z.core.$ZodIssue | undefined) =>
  issue
    ? { ...fieldIssueOf(issue), message: issue.message }
    : { code: 'invalid' as const, message: 'invalid' };

/** The field code of each reason the import gives for refusing a file. */
const FILE_ISSUES: Record<ImportFileError['code'], FieldCode> = {
  'import-not-csv': 'not-csv',
  'import-no-rows': 'no-rows',
  'import-one-column': 'one-column',
};

function readMapping(raw: string): ImportMapping | null {
  if (!raw) return null;
  const parsed = ImportMappingSchema.safeParse(parseJson(raw));
  if (!parsed.success)
    throw new BadRequest('The column mapping is not valid.', {
      mapping: issueOf(parsed.error.issues[0]),
    });
  return parsed.data;
}

function readFile(data: Uint8Array): ParsedFile {
  try {
    return parseFile(data);
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new AppError(400, error.code, error.message, {
        file: { code: FILE_ISSUES[error.code], message: error.message },
      });
    throw error;
  }
}

/** Reads an import (once its list is known to be there) and judges every row, saving nothing. */
export async function previewImport(
  db: Db,
  network: NetworkRow,
  listId: string,
  read: () => Promise<ImportUpload>,
) {
  const list = await getList(db, network, listId);
  const upload = await read();
  const given = readMapping(upload.mapping);
  const file = readFile(upload.data);
  const mapping = given ?? guessMapping(file.header);
  if (mapping.filter((f) => f === 'email').length !== 1) {
    throw new BadRequest('Map exactly one column to e-mail.', {
      mapping: { code: 'one-email-column', message: 'one e-mail column needed' },
    });
  }
  const existing = await q.addressesOn(db, { networkId: network.id, listId: list.id });
  const rows = previewRows(file, mapping, existing);
  return { list, fileName: upload.fileName, file, mapping, rows, counts: countRows(rows) };
}

/** Imports the valid rows of a file as confirmed addresses, recording who imported which file. */
export async function importList(
  db: Db,
  network: NetworkRow,
  listId: string,
  read: () => Promise<ImportUpload>,
  actor: Actor,
) {
  const { list, rows, fileName } = await previewImport(db, network, listId, read);
  const added = await importRows(db, list, rows, { kind: 'import', by: actor.email, file: fileName });
  return { added, skipped: rows.length - added };
}

/**
 * Saves the valid rows of a previewed import as confirmed, recording where they came from. Rows
 * already on the list are left as they are (an unsubscribed address stays unsubscribed).
 */
export async function importRows(
  db: Db,
  list: q.ListRow,
  rows: ImportRow[],
  source: { kind: 'import' | 'demo'; by?: string; file?: string },
): Promise<number> {
  const valid = rows.filter((r) => r.problem === null);
  if (valid.length === 0)
    throw new BadRequest('The file has no valid new addresses.', {
      file: { code: 'no-valid-rows', message: 'no valid rows' },
    });
  const confirmedAt = new Date();
  const toRow = (r: ImportRow) => ({
    listId: list.id,
    email: r.email,
    name: r.name,
    organisation: r.organisation || null,
    organisationType: (r.organisationType || null) as OrganisationType | null,
    language: (r.language || list.language) as Language,
    status: 'confirmed' as const,
    source: source.kind,
    sourceBy: source.by ?? null,
    sourceFile: source.file ?? null,
    confirmedAt,
  });
  return db.transaction(async (tx) => {
    let added = 0;
    for (let i = 0; i < valid.length; i += IMPORT_BATCH) {
      const batch = valid.slice(i, i + IMPORT_BATCH).map(toRow);
      added += await q.insertSubscribersIfNew(tx, { networkId: list.networkId, rows: batch });
    }
    return added;
  });
}

/** JSON text as a value, or undefined when it is not JSON (the schema then names the field). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// --- Campaigns -----------------------------------------------------------------------------

/** A campaign with its messages counted by status and how many addresses it goes (or would go) to. */
export type CampaignFacts = q.CampaignRow & { counts: Campaign['counts']; recipients: number };

async function factsOf(db: Tx, network: NetworkRow, rows: q.CampaignRow[]): Promise<CampaignFacts[]> {
  const networkId = network.id;
  const tallies = await q.deliveryTallies(db, { networkId, campaignIds: rows.map((r) => r.id) });
  return Promise.all(
    rows.map(async (row) => {
      const counts = countsOf(DELIVERY_STATUSES, tallies, row.id, (t) => t.campaignId);
      // Once started, its recipients are its messages; until then, the confirmed addresses.
      const recipients = row.startedAt
        ? Object.values<number>(counts).reduce((a, b) => a + b, 0)
        : await q.confirmedCount(db, { networkId, listIds: row.listIds });
      return { ...row, counts, recipients };
    }),
  );
}

const factOf = async (db: Tx, network: NetworkRow, row: q.CampaignRow) =>
  (await factsOf(db, network, [row]))[0] as CampaignFacts;

/** The lists must be this network's; a linked event too. */
async function checkTargets(
  db: Tx,
  network: NetworkRow,
  input: { listIds: string[]; eventId: string | null },
) {
  const found = await q.existingListIds(db, { networkId: network.id, listIds: input.listIds });
  if (found.length !== new Set(input.listIds).size)
    throw new BadRequest('Unknown list.', {
      listIds: { code: 'not-in-network', message: 'choose lists of this network' },
    });
  if (input.eventId && !(await findEventById(db, { networkId: network.id, eventId: input.eventId }))) {
    throw new BadRequest('Unknown event.', {
      eventId: { code: 'not-in-network', message: 'choose an event of this network' },
    });
  }
}

export async function getCampaign(db: Tx, network: NetworkRow, campaignId: string): Promise<q.CampaignRow> {
  const row = await q.findCampaign(db, { networkId: network.id, campaignId });
  if (!row) throw new NotFound('The campaign');
  return row;
}

export async function showCampaign(db: Db, network: NetworkRow, campaignId: string) {
  return factOf(db, network, await getCampaign(db, network, campaignId));
}

export async function listCampaigns(db: Db, network: NetworkRow) {
  return factsOf(db, network, await q.listCampaigns(db, { networkId: network.id }));
}

export async function createCampaign(db: Db, network: NetworkRow, input: CampaignInput, userId: string) {
  const fields = CampaignInputSchema.parse(input);
  await checkTargets(db, network, fields);
  const values = { networkId: network.id, ...fields, createdBy: userId };
  const row = await db.transaction((tx) => q.insertCampaign(tx, values));
  return factOf(db, network, row);
}

/**
 * Drafts and scheduled campaigns can be edited; sent ones cannot. A scheduled one goes back to
 * draft and its job is cancelled in the same transaction, so it is not sent at the old time.
 */
export async function editCampaign(
  deps: Pick<OutreachDeps, 'db' | 'jobs'>,
  network: NetworkRow,
  campaignId: string,
  input: CampaignInput,
) {
  const fields = CampaignInputSchema.parse(input);
  await checkTargets(deps.db, network, fields);
  await readyToQueue(deps.jobs);
  const row = await deps.db.transaction(async (tx) => {
    const before = await getCampaign(tx, network, campaignId);
    const change = { ...fields, status: 'draft' as const, scheduledAt: null, sendJobId: null };
    const after = await q.updateUnsentCampaign(tx, { networkId: network.id, campaignId, change });
    if (!after) throw new Conflict('This campaign is already being sent; it cannot be changed.');
    await cancelScheduledJob(tx, deps.jobs, before.sendJobId);
    return after;
  });
  return factOf(deps.db, network, row);
}

/**
 * Sends a draft now, or schedules it (or reschedules it) for `at`. The status change and the job
 * are one transaction: if queueing fails, the campaign is as it was. Refuses a campaign already
 * sent or sending and one whose lists have no confirmed address.
 */
export async function sendCampaign(
  deps: Pick<OutreachDeps, 'db' | 'jobs'>,
  network: NetworkRow,
  campaignId: string,
  at: Date | null,
) {
  await readyToQueue(deps.jobs);
  const row = await deps.db.transaction(async (tx) => {
    const campaign = await q.findCampaign(tx, { networkId: network.id, campaignId, forUpdate: true });
    if (!campaign) throw new NotFound('The campaign');
    if (campaign.status === 'sending' || campaign.status === 'sent') {
      throw new Conflict('This campaign has already been sent.', {
        campaign: { code: 'already-sent', message: 'already sent' },
      });
    }
    if ((await q.confirmedCount(tx, { networkId: network.id, listIds: campaign.listIds })) === 0) {
      throw new BadRequest('The chosen lists have no confirmed addresses.', {
        listIds: { code: 'no-confirmed-addresses', message: 'no confirmed addresses' },
      });
    }
    const change = { status: at ? ('scheduled' as const) : ('sending' as const), scheduledAt: at };
    await q.updateCampaign(tx, { networkId: network.id, campaignId, change });
    await enqueueCampaign(tx, deps.jobs, campaign, at);
    return { ...campaign, ...change };
  });
  return factOf(deps.db, network, row);
}

/** Mails the campaign to the organiser, in its first list's language, marked as a test. */
export async function sendTestMail(
  deps: Pick<OutreachDeps, 'db' | 'mailer' | 'publicUrl'>,
  network: NetworkRow,
  campaignId: string,
  actor: Actor,
): Promise<{ sentTo: string }> {
  const campaign = await getCampaign(deps.db, network, campaignId);
  const list = await getList(deps.db, network, campaign.listIds[0] ?? '');
  const event = campaign.eventId
    ? await findEventById(deps.db, { networkId: network.id, eventId: campaign.eventId })
    : null;
  const language = list.language;
  const text = campaign.translations[language] ?? campaign;
  await deps.mailer.send(
    campaignMail({
      publicUrl: deps.publicUrl,
      network,
      list,
      sender: deps.mailer.sender,
      campaign: { ...campaign, translations: {}, subject: `[Test] ${text.subject}`, body: text.body },
      event,
      recipient: { email: actor.email, language },
      messageId: `<test.${campaign.id}.${Date.now()}@verkosto>`,
    }),
  );
  return { sentTo: actor.email };
}
