import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findEventById } from '#server/features/events/events.queries.ts';
import { listThemes } from '#server/features/events/events.service.ts';
import { AppError, BadRequest, NotFound } from '#server/platform/errors.ts';
import { translator } from '#server/platform/i18n.ts';
import { simpleMail } from '#server/platform/mail-layout.ts';
import { readUpload } from '#server/platform/uploads.ts';
import { localized } from '#shared/common.ts';
import {
  AddSubscriberSchema,
  type Campaign,
  CampaignInputSchema,
  CampaignSchema,
  CONSENT_VERSION,
  ImportMappingSchema,
  ImportPreviewSchema,
  InterestFormInfoSchema,
  InterestFormSchema,
  MAX_IMPORT_BYTES,
  MailingListInputSchema,
  MailingListPatchSchema,
  MailingListSchema,
  SendCampaignSchema,
  SubscriberSchema,
} from '#shared/outreach.ts';
import { campaignMail } from './campaign-mail.ts';
import { queueCampaign } from './campaign-runner.ts';
import * as campaigns from './campaigns.ts';
import { countRows, guessMapping, ImportFileError, parseFile, previewRows } from './csv-import.ts';
import { subscribersCsv } from './subscribers-csv.ts';
import * as subs from './subscriptions.ts';

const tags = ['outreach'];
/** Confirmation e-mails to one address per hour from the interest form. */
const CONFIRMATIONS_PER_ADDRESS = 3;
const CONFIRMATION_WINDOW_MS = 60 * 60_000;
const ListParams = z.object({ listId: z.uuid() });
const CampaignParams = z.object({ campaignId: z.uuid() });

/** Organisers' outreach and the public interest form, under /api/networks/:network. */
export const outreachRoutes: FastifyPluginAsyncZod = async (app) => {
  const confirmUrl = (token: string) => `${app.config.PUBLIC_URL}/confirm/${token}`;

  async function sendConfirmation(
    email: string,
    language: 'fi' | 'sv' | 'en',
    networkName: string,
    token: string,
  ) {
    const t = translator(language);
    const mail = simpleMail({
      language,
      subject: t('outreach.confirm.subject', { network: networkName }),
      before: [t('outreach.confirm.intro', { network: networkName })],
      link: { text: t('outreach.confirm.button'), url: confirmUrl(token) },
      after: [t('outreach.confirm.ignore')],
    });
    await app.mailer.send({ to: email, ...mail });
  }

  // --- The public interest form ------------------------------------------------------------

  app.get('/interest', { schema: { response: { 200: InterestFormInfoSchema }, tags } }, async (request) => {
    const lists = await subs.listsOnForm(app.db, request.network);
    const themes = await listThemes(app.db, { networkId: request.network.id });
    return {
      lists,
      topics: themes.filter((t) => t.status !== 'held').map((t) => t.title),
      consentVersion: CONSENT_VERSION,
    };
  });

  app.post(
    '/interest',
    {
      schema: { body: InterestFormSchema, tags },
      // Generous: after a meeting, several people in one office may fill it in at once.
      config: {
        rateLimit: { max: 30, timeWindow: 60_000 },
        audit: { none: 'a visitor asks to be told about the network' },
      },
    },
    async (request, reply) => {
      const form = request.body;
      const answer = () => reply.status(202).send({ status: 'check-your-email' });
      // The bot trap: people never see the field, so whatever filled it is answered but ignored.
      if (form.website) return answer();
      const offered = await subs.listsOnForm(app.db, request.network);
      if (!form.listIds.every((id) => offered.some((l) => l.id === id))) {
        throw new BadRequest('Choose among the lists on the form.', { listIds: 'not offered on the form' });
      }
      // Past the limit the answer is the same, but nothing changes and no mail goes out: the
      // confirmation link already sent (valid for days) keeps working, and no inbox is flooded.
      const key = `interest-mail ${form.email}`;
      if (await app.limits.exceeded(key, CONFIRMATIONS_PER_ADDRESS, CONFIRMATION_WINDOW_MS)) return answer();
      const consentText = translator(form.language)('outreach.consent');
      const token = await subs.addPending(app.db, form.listIds, subs.interestConsent(form, consentText));
      if (token)
        await sendConfirmation(
          form.email,
          form.language,
          localized(request.network.name, form.language),
          token,
        );
      // The same answer whether or not the address was already there: nobody learns who is.
      return answer();
    },
  );

  // --- Lists (organisers) ------------------------------------------------------------------

  app.get(
    '/outreach/lists',
    { schema: { response: { 200: z.array(MailingListSchema) }, tags } },
    async (request) => {
      await request.authorize('manage-outreach');
      return subs.listLists(app.db, request.network);
    },
  );

  app.post(
    '/outreach/lists',
    { schema: { body: MailingListInputSchema, tags }, config: { audit: { action: 'list.create' } } },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const list = await subs.createList(app.db, request.network, request.body);
      request.audited({ targetId: list.id });
      return reply.status(201).send({ id: list.id });
    },
  );

  app.patch(
    '/outreach/lists/:listId',
    {
      schema: { params: ListParams, body: MailingListPatchSchema, tags },
      config: { audit: { action: 'list.update', target: 'listId', fields: true } },
    },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      await subs.updateList(app.db, request.network, request.params.listId, request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/outreach/lists/:listId/subscribers',
    { schema: { params: ListParams, response: { 200: z.array(SubscriberSchema) }, tags } },
    async (request) => {
      await request.authorize('manage-outreach');
      const list = await subs.getList(app.db, request.network, request.params.listId);
      return (await subs.listSubscribers(app.db, list.id)).map(subs.presentSubscriber);
    },
  );

  app.post(
    '/outreach/lists/:listId/subscribers',
    {
      schema: { params: ListParams, body: AddSubscriberSchema, tags },
      config: { audit: { action: 'subscriber.add', target: 'listId' } },
    },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const list = await subs.getList(app.db, request.network, request.params.listId);
      const { email, name, language } = request.body;
      const actor = await request.requireActor();
      const token = await subs.addPending(app.db, [list.id], {
        email,
        name,
        language,
        source: 'manual',
        sourceBy: actor.email,
      });
      if (token) await sendConfirmation(email, language, localized(request.network.name, language), token);
      // Never the address: the entry says only that one was added.
      request.audited({ details: { confirmation: token ? 'sent' : 'already-confirmed' } });
      return reply.status(202).send({ status: token ? 'confirmation-sent' : 'already-confirmed' });
    },
  );

  app.delete(
    '/outreach/lists/:listId/subscribers/:subscriberId',
    {
      schema: { params: ListParams.extend({ subscriberId: z.uuid() }), tags },
      config: { audit: { action: 'subscriber.erase', target: 'subscriberId' } },
    },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const list = await subs.getList(app.db, request.network, request.params.listId);
      if (!(await subs.removeSubscriber(app.db, list.id, request.params.subscriberId))) {
        throw new NotFound('The address');
      }
      request.audited({ details: { list: list.id } });
      return reply.status(204).send();
    },
  );

  app.get(
    '/outreach/lists/:listId/export.csv',
    { schema: { params: ListParams, tags }, config: { audit: { action: 'list.export', target: 'listId' } } },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const list = await subs.getList(app.db, request.network, request.params.listId);
      return reply
        .header('content-disposition', `attachment; filename="list-${list.id}.csv"`)
        .header('cache-control', 'no-store')
        .type('text/csv; charset=utf-8')
        .send(subscribersCsv(await subs.listSubscribers(app.db, list.id)));
    },
  );

  /** The uploaded file and the organiser's column mapping (a JSON field), from a multipart body. */
  async function readImport(request: FastifyRequest) {
    const upload = await readUpload(request, { maxBytes: MAX_IMPORT_BYTES });
    if (!upload) throw new AppError(400, 'import-no-file', 'Choose a file.', { file: 'required' });
    const raw = upload.fields.mapping ?? '';
    let mapping: z.infer<typeof ImportMappingSchema> | null = null;
    if (raw) {
      const parsed = ImportMappingSchema.safeParse(parseJson(raw));
      if (!parsed.success)
        throw new BadRequest('The column mapping is not valid.', {
          mapping: parsed.error.issues[0]?.message ?? 'invalid',
        });
      mapping = parsed.data;
    }
    try {
      return { file: parseFile(upload.data), fileName: upload.fileName, mapping };
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new AppError(400, error.code, error.message, { file: error.message });
      throw error;
    }
  }

  async function preview(request: FastifyRequest<{ Params: { listId: string } }>) {
    const list = await subs.getList(app.db, request.network, request.params.listId);
    const { file, fileName, mapping: given } = await readImport(request);
    const mapping = given ?? guessMapping(file.header);
    if (mapping.filter((f) => f === 'email').length !== 1) {
      throw new BadRequest('Map exactly one column to e-mail.', { mapping: 'one e-mail column needed' });
    }
    const rows = previewRows(file, mapping, await subs.addressesOn(app.db, list.id));
    return { list, fileName, rows, preview: { ...file, mapping, rows, counts: countRows(rows) } };
  }

  app.post(
    '/outreach/lists/:listId/import/preview',
    {
      schema: { params: ListParams, response: { 200: ImportPreviewSchema }, tags },
      config: { audit: { none: 'a preview reads the file and keeps nothing' } },
    },
    async (request) => {
      await request.authorize('manage-outreach');
      const { preview: result } = await preview(request);
      const { records: _records, ...shown } = result as typeof result & { records?: unknown };
      return shown;
    },
  );

  app.post(
    '/outreach/lists/:listId/import',
    { schema: { params: ListParams, tags }, config: { audit: { action: 'list.import', target: 'listId' } } },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const actor = await request.requireActor();
      const { list, fileName, rows } = await preview(request);
      const source = { kind: 'import' as const, by: actor.email, file: fileName };
      const added = await subs.importRows(app.db, list, rows, source);
      request.audited({ details: { added, skipped: rows.length - added } });
      return reply.status(201).send({ added, skipped: rows.length - added });
    },
  );

  // --- Campaigns (organisers) --------------------------------------------------------------

  const present = async (rows: campaigns.CampaignRow[]) => campaigns.presentCampaigns(app.db, rows);
  const presentOne = async (row: campaigns.CampaignRow) => (await present([row]))[0] as Campaign;

  app.get(
    '/outreach/campaigns',
    { schema: { response: { 200: z.array(CampaignSchema) }, tags } },
    async (request) => {
      await request.authorize('manage-outreach');
      return present(await campaigns.listCampaigns(app.db, request.network));
    },
  );

  app.post(
    '/outreach/campaigns',
    {
      schema: { body: CampaignInputSchema, response: { 201: CampaignSchema }, tags },
      config: { audit: { action: 'campaign.create' } },
    },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const actor = await request.requireActor();
      const row = await campaigns.createCampaign(app.db, request.network, request.body, actor.userId);
      request.audited({ targetId: row.id });
      return reply.status(201).send(await presentOne(row));
    },
  );

  app.get(
    '/outreach/campaigns/:campaignId',
    { schema: { params: CampaignParams, response: { 200: CampaignSchema }, tags } },
    async (request) => {
      await request.authorize('manage-outreach');
      return presentOne(await campaigns.getCampaign(app.db, request.network, request.params.campaignId));
    },
  );

  app.put(
    '/outreach/campaigns/:campaignId',
    {
      schema: { params: CampaignParams, body: CampaignInputSchema, response: { 200: CampaignSchema }, tags },
      config: { audit: { action: 'campaign.update', target: 'campaignId' } },
    },
    async (request) => {
      await request.authorize('manage-outreach');
      const row = await campaigns.updateCampaign(
        app.db,
        request.network,
        request.params.campaignId,
        request.body,
      );
      return presentOne(row);
    },
  );

  app.post(
    '/outreach/campaigns/:campaignId/test',
    {
      schema: { params: CampaignParams, tags },
      config: {
        rateLimit: { max: 20, timeWindow: 60_000 },
        audit: { action: 'campaign.test', target: 'campaignId' },
      },
    },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const actor = await request.requireActor();
      const campaign = await campaigns.getCampaign(app.db, request.network, request.params.campaignId);
      const list = await subs.getList(app.db, request.network, campaign.listIds[0] ?? '');
      const event = campaign.eventId
        ? await findEventById(app.db, { networkId: request.network.id, eventId: campaign.eventId })
        : null;
      // In the first list's language, as its subscribers would read it, marked as a test.
      const language = list.language;
      const text = campaign.translations[language] ?? campaign;
      await app.mailer.send(
        campaignMail({
          publicUrl: app.config.PUBLIC_URL,
          network: request.network,
          list,
          sender: app.mailer.sender,
          campaign: { ...campaign, translations: {}, subject: `[Test] ${text.subject}`, body: text.body },
          event,
          recipient: { email: actor.email, language },
          messageId: `<test.${campaign.id}.${Date.now()}@verkosto>`,
        }),
      );
      return reply.status(202).send({ sentTo: actor.email });
    },
  );

  app.post(
    '/outreach/campaigns/:campaignId/send',
    {
      schema: { params: CampaignParams, body: SendCampaignSchema, response: { 202: CampaignSchema }, tags },
      config: { audit: { action: 'campaign.send', target: 'campaignId' } },
    },
    async (request, reply) => {
      await request.authorize('manage-outreach');
      const at = request.body.at ? new Date(request.body.at) : null;
      request.audited({ details: { scheduled: at !== null } });
      const row = await campaigns.markForSending(app.db, request.network, request.params.campaignId, at);
      await queueCampaign(app.jobs, row.id, at);
      return reply.status(202).send(await presentOne(row));
    },
  );
};

/** JSON text as a value, or undefined when it is not JSON (the schema then names the field). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
