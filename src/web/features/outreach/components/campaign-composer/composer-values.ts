import type { Dispatch, SetStateAction } from 'react';
import { z } from 'zod';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import {
  type CAMPAIGN_TEMPLATES,
  type Campaign,
  type CampaignInput,
  CampaignInputSchema,
  type CampaignTranslations as CampaignTranslationsInput,
  type MailingList,
} from '#shared/outreach.ts';
import type { CampaignText } from '../CampaignTranslations.tsx';

export const SCOPE = 'campaign';
/** A field's path in the composer's form, e.g. `campaign.subject`. */
export const name = (field: string) => `${SCOPE}.${field}`;

export type Template = (typeof CAMPAIGN_TEMPLATES)[number];

/** The main text, or the text in one language. */
export type Slot = 'main' | Language;

export interface Values {
  template: Template;
  subject: string;
  body: string;
  /** The text in other languages, kept while its section is closed; only open ones are sent. */
  translations: Record<Language, CampaignText>;
  open: Language[];
  listIds: string[];
  eventId: string;
}

export const EMPTY: CampaignText = { subject: '', body: '' };

/** A campaign's values for editing; a new one starts as an invitation to the only list, if one. */
export function initialValues(campaign: Campaign | null, lists: MailingList[]): Values {
  return {
    template: campaign?.template ?? 'invitation',
    subject: campaign?.subject ?? '',
    body: campaign?.body ?? '',
    translations: {
      fi: { ...EMPTY, ...campaign?.translations.fi },
      sv: { ...EMPTY, ...campaign?.translations.sv },
      en: { ...EMPTY, ...campaign?.translations.en },
    },
    open: LANGUAGES.filter((l) => campaign?.translations[l]),
    listIds: campaign?.listIds ?? (lists.length === 1 && lists[0] ? [lists[0].id] : []),
    eventId: campaign?.eventId ?? '',
  };
}

export const textOf = (values: Values, slot: Slot): CampaignText =>
  slot === 'main' ? { subject: values.subject, body: values.body } : values.translations[slot];

export const withText = (values: Values, slot: Slot, text: CampaignText): Values =>
  slot === 'main'
    ? { ...values, ...text }
    : { ...values, translations: { ...values.translations, [slot]: text } };

/** `set(key)` is the change handler of one value. */
export const setterOf =
  (setValues: Dispatch<SetStateAction<Values>>) =>
  <K extends keyof Values>(key: K) =>
  (value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

/** The open languages' texts that pass `keep`. */
export function translationsOf(
  values: Values,
  keep: (text: CampaignText) => boolean,
): CampaignTranslationsInput {
  const result: CampaignTranslationsInput = {};
  for (const language of LANGUAGES) {
    const text = values.translations[language];
    if (values.open.includes(language) && keep(text)) result[language] = { ...text };
  }
  return result;
}

/** What is saved: only open translations with a subject. */
export const payloadOf = (values: Values): CampaignInput => ({
  template: values.template,
  subject: values.subject,
  body: values.body,
  translations: translationsOf(values, (text) => text.subject.trim() !== ''),
  listIds: values.listIds,
  eventId: values.eventId || null,
});

/** The composer's own check: the server's, with a message of its own for the list choice. */
export const ClientSchema = CampaignInputSchema.extend({
  listIds: z.array(z.string()).refine((ids) => ids.length > 0),
});

const HOUR = 60 * 60 * 1000;
/** How long before the meeting a reminder can be sent. */
export const REMINDER_OFFSETS = {
  hour: HOUR,
  day: 24 * HOUR,
  twoDays: 48 * HOUR,
  week: 7 * 24 * HOUR,
} as const;
export type ReminderOffset = keyof typeof REMINDER_OFFSETS;
export const isReminderOffset = (value: string): value is ReminderOffset => value in REMINDER_OFFSETS;

/** `yyyy-mm-dd` and `hh:mm` of an ISO moment in the browser's time zone. */
export function localParts(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}
