/**
 * "You said, we changed": what organisers changed in how the network works, each change linked to
 * the feedback behind it (a survey, and a meeting or a question of it). The newest published ones
 * show on the network's home page.
 */
import { z } from 'zod';
import {
  LocalizedTextOutputSchema,
  LocalizedTextSchema,
  OptionalLocalizedTextSchema,
  patchSchema,
} from './common.ts';
import { FIELD_TEXT } from './errors.ts';
import { SURVEY_LIMITS } from './survey-answers.ts';

export const SURVEY_CHANGE_LIMITS = {
  titleChars: 200,
  descriptionChars: 4000,
  /** Feedback one change links to. */
  links: 10,
  /** How many the home page shows. */
  shownOnHome: 3,
} as const;

/** The feedback a change came from: a survey, and optionally one meeting or question of it. */
export const SurveyChangeLinkSchema = z.strictObject({
  surveyId: z.uuid(),
  eventId: z.uuid().nullable().optional(),
  questionId: z.string().trim().max(SURVEY_LIMITS.idChars).nullable().optional(),
});
export type SurveyChangeLink = z.infer<typeof SurveyChangeLinkSchema>;

export const SurveyChangeInputSchema = z.strictObject({
  title: LocalizedTextSchema(SURVEY_CHANGE_LIMITS.titleChars),
  /** Markdown, per language. */
  description: OptionalLocalizedTextSchema(SURVEY_CHANGE_LIMITS.descriptionChars).default({}),
  decidedOn: z.iso.date({ message: FIELD_TEXT['not-a-date'] }),
  links: z.array(SurveyChangeLinkSchema).max(SURVEY_CHANGE_LIMITS.links).default([]),
  /** Unpublished changes are the organisers' own: not on the home page. */
  published: z.boolean().default(true),
});
export type SurveyChangeInput = z.infer<typeof SurveyChangeInputSchema>;
export const SurveyChangePatchSchema = patchSchema(SurveyChangeInputSchema);
export type SurveyChangePatch = z.infer<typeof SurveyChangePatchSchema>;

export const SurveyChangeParamsSchema = z.object({ change: z.uuid() });

const LinkOutputSchema = z.object({
  surveyId: z.string(),
  eventId: z.string().nullable(),
  questionId: z.string().nullable(),
});

/** A change as organisers edit it. */
export const SurveyChangeSchema = z.object({
  id: z.string(),
  title: LocalizedTextOutputSchema,
  description: LocalizedTextOutputSchema,
  decidedOn: z.string(),
  links: z.array(LinkOutputSchema),
  published: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SurveyChange = z.infer<typeof SurveyChangeSchema>;
export const SurveyChangeListSchema = z.object({ changes: z.array(SurveyChangeSchema) });

/** A published change as everyone reads it: its description rendered, the public meetings behind it. */
export const PublicSurveyChangeSchema = z.object({
  id: z.string(),
  title: LocalizedTextOutputSchema,
  descriptionHtml: LocalizedTextOutputSchema,
  decidedOn: z.string(),
  meetings: z.array(z.object({ slug: z.string(), title: LocalizedTextOutputSchema })),
});
export type PublicSurveyChange = z.infer<typeof PublicSurveyChangeSchema>;
export const PublicSurveyChangeListSchema = z.object({ changes: z.array(PublicSurveyChangeSchema) });
export type PublicSurveyChangeList = z.infer<typeof PublicSurveyChangeListSchema>;
