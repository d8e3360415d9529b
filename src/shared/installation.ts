/**
 * The installation's own public texts: its contact address and its accessibility statement (the
 * Act on the Provision of Digital Services, 306/2019, asks every public-sector service for one).
 */
import { z } from 'zod';
import { EmailSchema, LocalizedTextSchema } from './common.ts';
import { HttpUrlSchema, LocalDateSchema } from './events.ts';
import { MAX_MARKDOWN_CHARS } from './markdown.ts';

/** Whether the service meets the accessibility requirements fully, partially or not at all. */
export const COMPLIANCE_STATUSES = ['full', 'partial', 'none'] as const;

export const INSTALLATION_LIMITS = {
  /** Per language, as every localized text; the statement's Markdown sections. */
  markdownChars: MAX_MARKDOWN_CHARS,
  authorityNameChars: 200,
  authorityAddressChars: 500,
  /** How long the answer to accessibility feedback may take, in days. */
  maxAnswerDays: 90,
} as const;

/** A text that may be left empty in every language. */
const OptionalText = (max: number) => LocalizedTextSchema(max).or(z.strictObject({})).default({});

/**
 * Who enforces the accessibility requirements. The default names the authority by its role and
 * links the official information site, claiming nothing that could not be checked when written.
 */
export const SupervisoryAuthoritySchema = z.strictObject({
  name: LocalizedTextSchema(INSTALLATION_LIMITS.authorityNameChars),
  /** Postal or visiting address, phone: as the admins want it shown. */
  address: OptionalText(INSTALLATION_LIMITS.authorityAddressChars),
  url: HttpUrlSchema,
});
export type SupervisoryAuthority = z.output<typeof SupervisoryAuthoritySchema>;

export const DEFAULT_SUPERVISORY_AUTHORITY: SupervisoryAuthority = {
  name: {
    fi: 'Digitaalisen saavutettavuuden valvontaviranomainen',
    sv: 'Tillsynsmyndigheten för digital tillgänglighet',
    en: 'The supervisory authority for digital accessibility',
  },
  address: {},
  url: 'https://www.saavutettavuusvaatimukset.fi/',
};

/** The admins' part of the statement; its headings and fixed sentences are the UI's texts. */
export const AccessibilityStatementInputSchema = z
  .strictObject({
    compliance: z.enum(COMPLIANCE_STATUSES),
    /** Markdown: the content that is not accessible, and why. */
    knownIssues: OptionalText(INSTALLATION_LIMITS.markdownChars),
    /** Markdown: how accessibility was assessed (self-assessment, an outside audit, tools used). */
    assessment: OptionalText(INSTALLATION_LIMITS.markdownChars),
    preparedOn: LocalDateSchema,
    updatedOn: LocalDateSchema,
    /** A feedback form, beside the contact address. */
    feedbackUrl: HttpUrlSchema.nullable().default(null),
    answerDays: z.number().int().min(1).max(INSTALLATION_LIMITS.maxAnswerDays).default(14),
  })
  .refine((s) => s.updatedOn >= s.preparedOn, {
    path: ['updatedOn'],
    message: 'must not be before the date the statement was prepared',
  });
export type AccessibilityStatementInput = z.output<typeof AccessibilityStatementInputSchema>;

/** What admins save: the whole set at once, so the form and the page never disagree. */
export const InstallationSettingsInputSchema = z.strictObject({
  contactAddress: EmailSchema.nullable(),
  statement: AccessibilityStatementInputSchema.nullable(),
  supervisoryAuthority: SupervisoryAuthoritySchema,
});
export type InstallationSettingsInput = z.input<typeof InstallationSettingsInputSchema>;

const Localized = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});

export const AccessibilityStatementSchema = z.object({
  compliance: z.enum(COMPLIANCE_STATUSES),
  knownIssues: Localized,
  /** Rendered from Markdown and sanitised, per language. */
  knownIssuesHtml: Localized,
  assessment: Localized,
  assessmentHtml: Localized,
  preparedOn: z.string(),
  updatedOn: z.string(),
  feedbackUrl: z.string().nullable(),
  answerDays: z.number().int(),
});
export type AccessibilityStatement = z.infer<typeof AccessibilityStatementSchema>;

export const InstallationSettingsSchema = z.object({
  contactAddress: z.string().nullable(),
  /** Null until the admins have prepared it. */
  statement: AccessibilityStatementSchema.nullable(),
  supervisoryAuthority: z.object({ name: Localized, address: Localized, url: z.string() }),
});
export type InstallationSettings = z.infer<typeof InstallationSettingsSchema>;
