import { z } from 'zod';
import {
  distinctArray,
  LocalizedTextOutputSchema,
  LocalizedTextSchema,
  OptionalLocalizedTextSchema,
  patchSchema,
} from './common.ts';
import { FIELD_TEXT } from './errors.ts';
import { EVENT_LIMITS } from './event-limits.ts';

/** Kept here for the server's imports; the web's public pages import event-limits.ts (no zod). */
export { EVENT_LIMITS } from './event-limits.ts';

export const THEME_STATUSES = ['planned', 'scheduled', 'held'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, FIELD_TEXT['not-a-date']);
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, FIELD_TEXT['not-a-time']);
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, FIELD_TEXT['not-a-month']);

/** Links people follow from our pages: only http(s), so no javascript: or data: links. */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(EVENT_LIMITS.urlChars)
  .pipe(z.url({ protocol: /^https?$/, message: FIELD_TEXT['not-a-link'] }));

/** A title in fi, sv and en (at least one); every text organisers write is localized so. */
const Title = LocalizedTextSchema(EVENT_LIMITS.titleChars);
/** Markdown in fi, sv and en, each optional. */
const Markdown = (max: number) => OptionalLocalizedTextSchema(max);
const Localized = LocalizedTextOutputSchema;

// --- Programme -----------------------------------------------------------------------------

const ThemeFields = {
  title: Title,
  description: Markdown(EVENT_LIMITS.themeDescriptionChars),
  intendedMonth: MonthSchema.nullable(),
  status: z.enum(THEME_STATUSES),
};

export const CreateThemeSchema = z.strictObject({
  ...ThemeFields,
  description: ThemeFields.description.default({}),
  intendedMonth: ThemeFields.intendedMonth.default(null),
  status: ThemeFields.status.default('planned'),
});
export type CreateTheme = z.input<typeof CreateThemeSchema>;
export const UpdateThemeSchema = patchSchema(CreateThemeSchema);

export const ThemeSchema = z.object({
  id: z.string(),
  title: Localized,
  description: Localized,
  descriptionHtml: Localized,
  intendedMonth: z.string().nullable(),
  status: z.enum(THEME_STATUSES),
  position: z.number(),
});
export type Theme = z.infer<typeof ThemeSchema>;
export const ProgrammeSchema = z.object({ themes: z.array(ThemeSchema) });

/** The whole programme's new order, as drag-and-drop (or move up/down) leaves it. */
export const ReorderThemesSchema = z.strictObject({
  themeIds: distinctArray(z.uuid()).min(1).max(EVENT_LIMITS.themes),
});

// --- Events and series ---------------------------------------------------------------------

export const SpeakerSchema = z.strictObject({
  name: z.string().trim().min(1).max(EVENT_LIMITS.speakerNameChars),
  organisation: z.string().trim().max(EVENT_LIMITS.speakerOrganisationChars).optional(),
  /** What the speaker does or talks about, in fi, sv and en. */
  role: OptionalLocalizedTextSchema(EVENT_LIMITS.speakerRoleChars).optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

const EventContent = {
  title: Title,
  themeId: z.uuid().nullable(),
  introduction: Markdown(EVENT_LIMITS.markdownChars),
  speakers: z.array(SpeakerSchema).max(EVENT_LIMITS.speakers),
  meetingUrl: HttpUrlSchema.nullable(),
  /** How long before the start the meeting link is shown to visitors. */
  joinOpensMinutesBefore: z.number().int().min(0).max(EVENT_LIMITS.maxMinutes),
  recordingUrl: HttpUrlSchema.nullable(),
  notes: Markdown(EVENT_LIMITS.markdownChars),
};

const EventTiming = {
  date: LocalDateSchema,
  startTime: LocalTimeSchema,
  durationMinutes: z.number().int().min(EVENT_LIMITS.minDurationMinutes).max(EVENT_LIMITS.maxMinutes),
};

export const CreateEventSchema = z.strictObject({
  ...EventContent,
  ...EventTiming,
  themeId: EventContent.themeId.default(null),
  introduction: EventContent.introduction.default({}),
  speakers: EventContent.speakers.default([]),
  meetingUrl: EventContent.meetingUrl.default(null),
  joinOpensMinutesBefore: EventContent.joinOpensMinutesBefore.default(30),
  recordingUrl: EventContent.recordingUrl.default(null),
  notes: EventContent.notes.default({}),
  status: z.enum(['draft', 'published']).default('published'),
});
export type CreateEvent = z.input<typeof CreateEventSchema>;

/**
 * Changes to one event, or (scope `following`) to it and the later events of its series. Timing
 * changes move each event to the new time on its own date.
 */
export const UpdateEventSchema = patchSchema(
  z.strictObject({ ...EventContent, ...EventTiming, status: z.enum(EVENT_STATUSES) }),
).extend({ scope: z.enum(['this', 'following']).default('this') });
export type UpdateEvent = z.input<typeof UpdateEventSchema>;

export const MaterialSchema = z.object({
  id: z.string(),
  kind: z.enum(['link', 'file']),
  title: Localized,
  /** The link, or the file's download address. */
  url: z.string(),
  fileName: z.string().nullable(),
  size: z.number().nullable(),
});
export type Material = z.infer<typeof MaterialSchema>;

export const EventSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: Localized,
  theme: z.object({ id: z.string(), title: Localized }).nullable(),
  seriesId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** When the join link starts leading to the meeting. */
  joinOpensAt: z.string(),
  timeZone: z.string(),
  localDate: z.string(),
  status: z.enum(EVENT_STATUSES),
  recordingUrl: z.string().nullable(),
  /** What the meeting left, so a list shows it at a glance (a meeting's page lists them itself). */
  materials: z.array(MaterialSchema),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

export const EventSchema = EventSummarySchema.omit({ materials: true }).extend({
  introduction: Localized,
  introductionHtml: Localized,
  speakers: z.array(SpeakerSchema),
  /** Null for visitors until `joinOpensAt`; organisers always see it. */
  meetingUrl: z.string().nullable(),
  joinOpensMinutesBefore: z.number(),
  recordingUrl: z.string().nullable(),
  notes: Localized,
  notesHtml: Localized,
  joinCount: z.number().nullable(),
  /** How many signed-in people said they would attend (no obligation). */
  attendingCount: z.number(),
  /** Whether the signed-in viewer said so; null for visitors. */
  attending: z.boolean().nullable(),
});
export type Event = z.infer<typeof EventSchema>;

export const EventListSchema = z.object({ events: z.array(EventSummarySchema) });

export const SeriesRuleInputSchema = z.strictObject({
  rrule: z.string().trim().min(1).max(EVENT_LIMITS.ruleChars),
  startDate: LocalDateSchema,
  startTime: LocalTimeSchema,
  durationMinutes: z.number().int().min(EVENT_LIMITS.minDurationMinutes).max(EVENT_LIMITS.maxMinutes),
  timeZone: z.string().min(1).max(100),
  until: LocalDateSchema.optional(),
  exceptMonths: distinctArray(z.number().int().min(1).max(12)).max(12).optional(),
  exceptDates: distinctArray(LocalDateSchema).max(EVENT_LIMITS.exceptDates).optional(),
});

export const CreateSeriesSchema = z.strictObject({
  title: EventContent.title,
  meetingUrl: EventContent.meetingUrl.default(null),
  joinOpensMinutesBefore: EventContent.joinOpensMinutesBefore.default(30),
  status: z.enum(['draft', 'published']).default('published'),
  rule: SeriesRuleInputSchema,
});
export type CreateSeries = z.input<typeof CreateSeriesSchema>;

/** A Finnish public holiday a meeting falls on: a warning, never a refusal. */
export const HolidaySchema = z
  .object({
    date: z.string().meta({ description: "The meeting's local date, YYYY-MM-DD." }),
    name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  })
  .meta({ description: "A Finnish public holiday on a meeting's date, named in fi, sv and en." });
export type Holiday = z.infer<typeof HolidaySchema>;
const HolidaysField = z
  .array(HolidaySchema)
  .meta({ description: 'The meetings that fall on a Finnish public holiday; empty when none does.' });

export const SeriesCreatedSchema = z.object({
  seriesId: z.string(),
  events: z.array(EventSummarySchema),
  holidays: HolidaysField,
});

/** What a series would create, before it is saved. */
export const SeriesPreviewRequestSchema = z.strictObject({ rule: SeriesRuleInputSchema });
export const SeriesPreviewSchema = z.object({
  meetings: z.array(z.object({ localDate: z.string(), startsAt: z.string(), endsAt: z.string() })),
  holidays: HolidaysField,
});
export type SeriesPreview = z.infer<typeof SeriesPreviewSchema>;

/** The Finnish public holidays among some dates, for a single meeting's form. */
export const HolidayQuerySchema = z.strictObject({ date: LocalDateSchema });
export const HolidayListSchema = z.object({ holidays: HolidaysField });
export type HolidayList = z.infer<typeof HolidayListSchema>;
export const EventCreatedSchema = EventSchema.extend({ holidays: HolidaysField });

export const CalendarFeedSchema = z.object({ url: z.string() });

// --- Materials -----------------------------------------------------------------------------

export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** File types people share as meeting materials, by extension; anything else is refused. */
export const MATERIAL_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
};

export const AddLinkMaterialSchema = z.strictObject({
  kind: z.literal('link'),
  title: Title,
  url: HttpUrlSchema,
});

export const MaterialListSchema = z.object({ materials: z.array(MaterialSchema) });

/** An event's address name (slug), in the address. */
export const EventParamsSchema = z.object({ event: z.string().min(1).max(100) });
export const ThemeParamsSchema = z.object({ themeId: z.uuid() });
export const MaterialParamsSchema = EventParamsSchema.extend({ materialId: z.uuid() });
export const EventQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  q: z.string().trim().max(EVENT_LIMITS.searchChars).optional(),
  theme: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional(),
  limit: z.coerce.number().int().min(1).max(EVENT_LIMITS.listEvents).default(100),
});
export type EventQuery = z.infer<typeof EventQuerySchema>;
