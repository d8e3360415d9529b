/** Outreach: mailing lists, the interest form and campaigns (API contracts shared with the web). */
import { z } from 'zod';
import {
  distinctArray,
  EmailSchema,
  LanguageSchema,
  LocalizedTextOutputSchema,
  LocalizedTextSchema,
  OptionalLocalizedTextSchema,
  patchSchema,
} from './common.ts';
import type { FieldIssue } from './errors.ts';
import { OrganisationTypeSchema } from './people.ts';

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'bounced'] as const;
/** How an address came onto a list (`sourceBy` and `sourceFile` say who and from which file). */
export const SUBSCRIBER_SOURCES = ['interest-form', 'manual', 'import', 'demo'] as const;
export type SubscriberSource = (typeof SUBSCRIBER_SOURCES)[number];
export const CAMPAIGN_TEMPLATES = ['invitation', 'reminder', 'thank-you', 'custom'] as const;
/** The consent text's version; its wording is in the translations (`outreach.consent`). */
export const CONSENT_VERSION = '2026-11';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

// --- Lists ---------------------------------------------------------------------------------

const Localized = LocalizedTextOutputSchema;

export const MailingListInputSchema = z.strictObject({
  /** In fi, sv and en: subscribers read it on the interest form and the unsubscribe page. */
  name: LocalizedTextSchema(120),
  /** The organisers' note; the interest form shows `publicDescription` instead. */
  description: z.string().trim().max(1000).default(''),
  publicDescription: OptionalLocalizedTextSchema(1000).default({}),
  language: LanguageSchema.default('fi'),
  onInterestForm: z.boolean().default(false),
});
export type MailingListInput = z.input<typeof MailingListInputSchema>;
export const MailingListPatchSchema = patchSchema(MailingListInputSchema);
export type MailingListPatch = z.infer<typeof MailingListPatchSchema>;

/** The answer to creating a list. */
export const ListCreatedSchema = z.object({ id: z.string() });

export const MailingListSchema = z.object({
  id: z.string(),
  name: Localized,
  description: z.string(),
  publicDescription: Localized,
  language: LanguageSchema,
  onInterestForm: z.boolean(),
  counts: z.record(z.enum(SUBSCRIBER_STATUSES), z.number().int()),
});
export type MailingList = z.infer<typeof MailingListSchema>;

export const SubscriberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  organisationType: OrganisationTypeSchema.nullable(),
  language: LanguageSchema,
  status: z.enum(SUBSCRIBER_STATUSES),
  source: z.enum(SUBSCRIBER_SOURCES),
  /** The organiser who added or imported the address. */
  sourceBy: z.string().nullable(),
  /** The imported file's name. */
  sourceFile: z.string().nullable(),
  consentVersion: z.string().nullable(),
  consentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Subscriber = z.infer<typeof SubscriberSchema>;

/** An organiser adds one address by hand: the person confirms it before receiving anything. */
export const AddSubscriberSchema = z.strictObject({
  email: EmailSchema,
  name: z.string().trim().max(200).default(''),
  language: LanguageSchema.default('fi'),
});

/** Whether the added address was sent a confirmation mail, or was on the list already. */
export const SubscriberAddedSchema = z.object({ status: z.enum(['confirmation-sent', 'already-confirmed']) });

// --- The interest form ---------------------------------------------------------------------

export const InterestFormSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: EmailSchema,
  organisation: z.string().trim().max(200).default(''),
  organisationType: OrganisationTypeSchema.optional(),
  role: z.string().trim().max(200).default(''),
  topics: distinctArray(z.string().trim().min(1).max(200)).max(50).default([]),
  language: LanguageSchema,
  listIds: distinctArray(z.uuid()).min(1, 'choose at least one list').max(20),
  consent: z.literal(true, { message: 'consent is needed to send you e-mail' }),
  consentVersion: z.literal(CONSENT_VERSION, { message: 'the consent text has changed; reload the page' }),
  /** Left empty by people; bots fill every field. */
  website: z.string().max(500).default(''),
});
export type InterestForm = z.input<typeof InterestFormSchema>;

/**
 * A form posted without JavaScript and refused: what was sent and why, for the page that shows the
 * form again filled in. The server hands it to the page's first render under `interestAnswerKey`.
 */
export type InterestAnswer = {
  values: Record<string, unknown>;
  fields: Record<string, string>;
  fieldIssues: Record<string, FieldIssue>;
};
export const interestAnswerKey = (network: string) =>
  ['networks', 'detail', network, 'outreach', 'interest-answer'] as const;

/** The same answer whether or not the address was known: nobody learns who is on a list. */
export const InterestSubmittedSchema = z.object({ status: z.literal('check-your-email') });

export const InterestFormInfoSchema = z.object({
  /** `description` is the list's public description, never the organisers' note. */
  lists: z.array(z.object({ id: z.string(), name: Localized, description: Localized })),
  /** The coming themes: `value` (the title in the network's main language) is what a visitor picks. */
  topics: z.array(z.object({ value: z.string(), title: Localized })),
  consentVersion: z.string(),
});

/** What a confirmation link says now, for the page it opens. */
export const CONFIRMATION_STATES = ['pending', 'confirmed', 'expired'] as const;
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number];
export const ConfirmationSchema = z.object({
  state: z.enum(CONFIRMATION_STATES),
  /** The names of the lists the link confirms. */
  lists: z.array(Localized),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

const LinkedListSchema = z.object({ id: z.string(), name: Localized, subscribed: z.boolean() });

/** What an unsubscribe link says now: its address and list, and the network's other lists. */
export const UnsubscriptionSchema = z.object({
  email: z.string(),
  list: LinkedListSchema,
  /** The lists of the interest form, and any other the address is on. */
  others: z.array(LinkedListSchema),
});
export type Unsubscription = z.infer<typeof UnsubscriptionSchema>;

// --- Import --------------------------------------------------------------------------------

export const IMPORT_FIELDS = [
  'email',
  'name',
  'organisation',
  'organisationType',
  'language',
  'ignore',
] as const;
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);

/** The columns of an uploaded file, mapped by the organiser (column index → field). */
export const ImportMappingSchema = z.array(ImportFieldSchema).max(100);

export const ImportRowSchema = z.object({
  line: z.number().int(),
  email: z.string(),
  name: z.string(),
  organisation: z.string(),
  organisationType: z.string(),
  language: z.string(),
  problem: z
    .enum(['invalid-email', 'duplicate-in-file', 'already-on-list', 'invalid-type', 'invalid-language'])
    .nullable(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportPreviewSchema = z.object({
  encoding: z.enum(['utf-8', 'windows-1252']),
  delimiter: z.enum([',', ';', '\t']),
  header: z.array(z.string()),
  mapping: ImportMappingSchema,
  rows: z.array(ImportRowSchema),
  counts: z.object({
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    duplicates: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** What an import saved: the rows added, and the valid rows left as they were (already on the list). */
export const ImportResultSchema = z.object({ added: z.number().int(), skipped: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

// --- Campaigns -----------------------------------------------------------------------------

const Subject = z.string().trim().min(1, 'write a subject').max(200);
const Body = z.string().max(20_000);

/** The text in another language, for recipients who read that one; the others get the main text. */
export const CampaignTranslationsSchema = z.partialRecord(
  LanguageSchema,
  z.strictObject({ subject: Subject, body: Body }),
);
export type CampaignTranslations = z.infer<typeof CampaignTranslationsSchema>;

export const CampaignInputSchema = z.strictObject({
  template: z.enum(CAMPAIGN_TEMPLATES).default('custom'),
  subject: Subject,
  body: Body.default(''),
  translations: CampaignTranslationsSchema.default({}),
  listIds: distinctArray(z.uuid()).min(1, 'choose at least one list').max(20),
  eventId: z.uuid().nullable().default(null),
});
export type CampaignInput = z.input<typeof CampaignInputSchema>;

export const SendCampaignSchema = z.strictObject({
  /** Later sending; now when absent. */
  at: z.iso.datetime({ offset: true }).optional(),
});

/** A test mail went to the organiser's own address. */
export const TestMailSentSchema = z.object({ sentTo: z.string() });
export type TestMailSent = z.infer<typeof TestMailSentSchema>;

export const CampaignSchema = z.object({
  id: z.string(),
  template: z.enum(CAMPAIGN_TEMPLATES),
  subject: z.string(),
  body: z.string(),
  translations: CampaignTranslationsSchema,
  listIds: z.array(z.string()),
  eventId: z.string().nullable(),
  status: z.enum(['draft', 'scheduled', 'sending', 'sent']),
  scheduledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  counts: z.record(z.enum(DELIVERY_STATUSES), z.number().int()),
  recipients: z.number().int(),
});
export type Campaign = z.infer<typeof CampaignSchema>;
