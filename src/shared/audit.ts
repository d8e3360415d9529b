import { z } from 'zod';
import { FIELD_TEXT } from './errors.ts';
import { SlugSchema } from './networks.ts';

/**
 * Every action the audit log records, with the type of thing it acts on. The names are stable:
 * exports and other tools depend on them, so rename none; add new ones.
 */
export const AUDIT_ACTIONS = {
  'network.create': 'network',
  'network.update': 'network',
  'network.logo.set': 'network',
  'network.logo.remove': 'network',
  'member.role.change': 'user',
  'member.remove': 'user',
  'organiser.invite': 'invitation',
  'invitation.accept': 'invitation',
  'admin.add': 'user',
  'admin.setup': 'user',
  'theme.create': 'theme',
  'theme.update': 'theme',
  'theme.delete': 'theme',
  'theme.reorder': 'network',
  'series.create': 'series',
  'event.create': 'event',
  'event.update': 'event',
  'material.add': 'material',
  'material.delete': 'material',
  'live.message.hide': 'message',
  'live.question.answer': 'message',
  'live.participant.remove': 'participant',
  'live.slow-mode': 'event',
  'live.room.status': 'event',
  'live.poll.open': 'event',
  'live.poll.close': 'poll',
  'live.summary.save': 'event',
  'live.export': 'event',
  'live.feedback.ask': 'event',
  'list.create': 'list',
  'list.update': 'list',
  'list.import': 'list',
  'list.export': 'list',
  'subscriber.add': 'list',
  'subscriber.erase': 'subscriber',
  'campaign.create': 'campaign',
  'campaign.update': 'campaign',
  'campaign.test': 'campaign',
  'campaign.send': 'campaign',
  'survey.create': 'survey',
  'survey.update': 'survey',
  'survey-change.create': 'survey-change',
  'survey-change.update': 'survey-change',
  'survey-change.delete': 'survey-change',
  'audit.export': 'network',
  'installation.settings.update': 'installation',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditTargetType = (typeof AUDIT_ACTIONS)[AuditAction];
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];
export const AuditActionSchema = z.enum(AUDIT_ACTION_NAMES as [AuditAction, ...AuditAction[]]);

/**
 * By what right the actor acted: as an organiser of the network, as an installation admin, by
 * accepting an invitation, or as the operator at the command line (no account).
 */
export const ACTED_AS = ['organiser', 'admin', 'invitee', 'operator'] as const;
export type ActedAs = (typeof ACTED_AS)[number];

/**
 * A few facts about the action that identify nobody: field names, counts, states, enum values.
 * Never a message body, a text or an address typed by a person.
 */
export const AuditDetailsSchema = z.record(
  z.string().max(40),
  z.union([z.string().max(100), z.number(), z.boolean(), z.array(z.string().max(100)).max(50)]),
);
export type AuditDetails = z.infer<typeof AuditDetailsSchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({
    /** Null when the operator acted at the command line. */
    userId: z.string().nullable(),
    /** The actor's e-mail address when they acted. */
    email: z.string().nullable(),
    as: z.enum(ACTED_AS),
  }),
  /** Null for an installation action. */
  network: z.object({ id: z.string(), slug: z.string() }).nullable(),
  action: AuditActionSchema,
  target: z.object({ type: z.string(), id: z.string() }).nullable(),
  details: AuditDetailsSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  /** Give this as `before` for the next (older) page; null on the last page. */
  next: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const AUDIT_PAGE_SIZE = 50;
/** The most entries one page may ask for. */
export const MAX_AUDIT_PAGE_SIZE = 200;

/** Newest first; `from` is inclusive and `to` exclusive. */
export const AuditFilterSchema = z.strictObject({
  action: AuditActionSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

/** Where a page ends: the time and id of its last entry (`AuditPage.next`). */
export const AuditCursorSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z_[0-9a-f-]{36}$/, FIELD_TEXT['not-a-page-cursor'])
  .transform((cursor) => {
    const [at = '', id = ''] = cursor.split('_');
    return { at: new Date(at), id };
  })
  .refine(({ at }) => !Number.isNaN(at.getTime()), FIELD_TEXT['not-a-page-cursor']);
export const cursorOf = (entry: { at: string; id: string }) => `${entry.at}_${entry.id}`;

const Paging = {
  before: AuditCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE).default(AUDIT_PAGE_SIZE),
};

/** An admin may narrow to one network, or to the installation's own actions (`none`). */
const NetworkFilter = { network: z.union([z.literal('none'), SlugSchema]).optional() };

export const AuditQuerySchema = AuditFilterSchema.extend(Paging);
export const AdminAuditFilterSchema = AuditFilterSchema.extend(NetworkFilter);
export const AdminAuditQuerySchema = AuditFilterSchema.extend({ ...Paging, ...NetworkFilter });
export type AdminAuditFilter = z.infer<typeof AdminAuditFilterSchema>;
