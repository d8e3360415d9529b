import { z } from 'zod';
import {
  EmailSchema,
  isTimeZone,
  LanguageSchema,
  LocalizedTextOutputSchema,
  LocalizedTextSchema,
  OptionalLocalizedTextSchema,
  patchSchema,
} from './common.ts';
import { FIELD_TEXT } from './errors.ts';
import { MAX_MARKDOWN_CHARS } from './markdown.ts';
import { NetworkRoleSchema } from './people.ts';

/** The limits of a network's fields, for the server's checks and the web forms alike. */
export const NETWORK_LIMITS = {
  slugMinChars: 3,
  slugChars: 60,
  /** Per language, as every localized text. */
  nameChars: 120,
  descriptionChars: 8000,
  goalChars: 300,
  goals: 20,
  /** After the #. */
  hashtagChars: 60,
  /** Per language: the privacy notice in Markdown. */
  privacyNoticeChars: MAX_MARKDOWN_CHARS,
  /** Per language: the hosting organisation's name. */
  hostNameChars: 200,
  logoBytes: 1024 * 1024,
} as const;

/** The image types a host's logo may be, told apart by their content, never by the file's name. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(NETWORK_LIMITS.slugMinChars)
  .max(NETWORK_LIMITS.slugChars)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, FIELD_TEXT['not-a-slug']);

export const NETWORK_STATUSES = ['active', 'ended'] as const;

const NetworkFields = {
  name: LocalizedTextSchema(NETWORK_LIMITS.nameChars),
  description: OptionalLocalizedTextSchema(NETWORK_LIMITS.descriptionChars).default({}),
  goals: z.array(LocalizedTextSchema(NETWORK_LIMITS.goalChars)).max(NETWORK_LIMITS.goals).default([]),
  hashtag: z
    .string()
    .trim()
    .regex(
      new RegExp(`^#[\\p{L}\\p{N}_]{1,${NETWORK_LIMITS.hashtagChars}}$`, 'u'),
      FIELD_TEXT['not-a-hashtag'],
    )
    .nullable()
    .default(null),
  timeZone: z.string().refine(isTimeZone, FIELD_TEXT['not-a-time-zone']).default('Europe/Helsinki'),
  status: z.enum(NETWORK_STATUSES).default('active'),
  /** Markdown; left empty, the network's privacy page shows the platform's default notice. */
  privacyNotice: OptionalLocalizedTextSchema(NETWORK_LIMITS.privacyNoticeChars).default({}),
  /** The organisers' public address, shown in the footer of the network's pages. */
  contactAddress: EmailSchema.nullable().default(null),
  /** The organisation hosting the network, shown in its header and footer. */
  hostName: OptionalLocalizedTextSchema(NETWORK_LIMITS.hostNameChars).default({}),
  /** The language content is written in first: a page in another language falls back to it. */
  mainLanguage: LanguageSchema.default('fi'),
};

export const CreateNetworkSchema = z.strictObject({ slug: SlugSchema, ...NetworkFields });
export type CreateNetwork = z.input<typeof CreateNetworkSchema>;

export const UpdateNetworkSchema = patchSchema(z.strictObject(NetworkFields));
export type UpdateNetwork = z.infer<typeof UpdateNetworkSchema>;

const Localized = LocalizedTextOutputSchema;

export const NetworkSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: Localized,
  description: Localized,
  /** Description rendered from Markdown and sanitised, per language. */
  descriptionHtml: Localized,
  goals: z.array(Localized),
  hashtag: z.string().nullable(),
  timeZone: z.string(),
  status: z.enum(NETWORK_STATUSES),
  privacyNotice: Localized,
  /** The privacy notice rendered from Markdown and sanitised, per language. */
  privacyNoticeHtml: Localized,
  contactAddress: z.string().nullable(),
  hostName: Localized,
  mainLanguage: LanguageSchema,
  /** The host's logo (PNG, JPEG or WebP); the address changes with the image. */
  logoUrl: z.string().nullable(),
  createdAt: z.string(),
  viewerRole: NetworkRoleSchema.nullable(),
});
export type Network = z.infer<typeof NetworkSchema>;

export const NetworkSummarySchema = NetworkSchema.pick({
  slug: true,
  name: true,
  hashtag: true,
  status: true,
  hostName: true,
  mainLanguage: true,
  logoUrl: true,
});
export const NetworkListSchema = z.object({ networks: z.array(NetworkSummarySchema) });

export const InviteOrganiserSchema = z.strictObject({ email: EmailSchema });

export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: NetworkRoleSchema,
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});

export const MemberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  organisation: z.string().nullable(),
  role: NetworkRoleSchema,
});
export const MemberListSchema = z.object({
  members: z.array(MemberSchema),
  invitations: z.array(InvitationSchema),
});

export const ChangeRoleSchema = z.strictObject({ role: NetworkRoleSchema });

/** An invitation link's token, in the address. */
export const InvitationTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });
export const MemberParamsSchema = z.object({ userId: z.string().min(1).max(100) });

/** What an invitation link says before it is accepted. */
export const InvitationPreviewSchema = z.object({
  network: NetworkSchema.pick({ slug: true, name: true }),
  role: NetworkRoleSchema,
  email: z.string(),
  expired: z.boolean(),
  accepted: z.boolean(),
});
export const AcceptedInvitationSchema = z.object({ network: z.object({ slug: z.string() }) });
