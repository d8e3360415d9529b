import { z } from 'zod';

/** The limits of a person's fields, for the server's checks and the web forms alike. */
export const PEOPLE_LIMITS = {
  displayNameChars: 100,
  organisationMinChars: 2,
  organisationChars: 200,
  organisationQueryChars: 100,
} as const;

import { EmailSchema, LanguageSchema } from './common.ts';
import { ORGANISATION_TYPES } from './organisation-types.ts';

/** The seed network's target groups. */
export const TARGET_ROLES = [
  'change-agent',
  'change-director',
  'service-developer',
  'process-developer',
  'information-management',
  'other',
] as const;
export const TargetRoleSchema = z.enum(TARGET_ROLES);

/** Kept here for the server's imports; the live room's entry imports organisation-types.ts (no zod). */
export { ORGANISATION_TYPES } from './organisation-types.ts';
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

export const OrganisationInputSchema = z.strictObject({
  name: z.string().trim().min(PEOPLE_LIMITS.organisationMinChars).max(PEOPLE_LIMITS.organisationChars),
  type: OrganisationTypeSchema,
});

export const OrganisationSchema = OrganisationInputSchema.extend({ id: z.string() });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const ProfileInputSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(PEOPLE_LIMITS.displayNameChars),
  organisation: OrganisationInputSchema.nullable(),
  targetRole: TargetRoleSchema.nullable(),
  preferredLanguage: LanguageSchema,
});
export type ProfileInput = z.infer<typeof ProfileInputSchema>;

export const ProfileSchema = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  organisation: OrganisationSchema.nullable(),
  targetRole: TargetRoleSchema.nullable(),
  preferredLanguage: LanguageSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

export const NetworkRoleSchema = z.enum(['organiser', 'member']);
export type NetworkRole = z.infer<typeof NetworkRoleSchema>;

export const SessionSchema = z.object({
  user: z
    .object({
      id: z.string(),
      email: z.string(),
      displayName: z.string(),
      isAdmin: z.boolean(),
      preferredLanguage: LanguageSchema,
      networks: z.array(z.object({ slug: z.string(), role: NetworkRoleSchema })),
    })
    .nullable(),
  setupNeeded: z.boolean(),
  oidc: z.object({ name: z.string() }).nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const AddAdminSchema = z.strictObject({ email: EmailSchema });
export const AdminSchema = z.object({ userId: z.string(), email: z.string(), displayName: z.string() });

export const OrganisationQuerySchema = z.strictObject({
  q: z.string().trim().max(PEOPLE_LIMITS.organisationQueryChars).default(''),
});
export const OrganisationListSchema = z.object({ organisations: z.array(OrganisationSchema) });
export const AdminListSchema = z.object({ admins: z.array(AdminSchema) });
/** Everything the installation holds about a person, by part (see docs on personal data). */
export const PersonalDataExportSchema = z.record(z.string(), z.unknown());
