import { type Language, type LocalizedText, localized } from '#shared/languages.ts';
import { meetingDate, meetingMoment, meetingSpan, type TimeWords } from '#shared/meeting-time.ts';
import { translatorIn } from '../../lib/i18n.ts';

/** The templates that come with text: an own message ("custom") starts from nothing. */
export type TextTemplate = 'invitation' | 'reminder' | 'thank-you';

/** What a template says about the campaign's meeting. */
export interface TemplateEvent {
  title: LocalizedText;
  /** The network's main language: the title falls back to it. */
  mainLanguage: Language;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** The meeting's public page, as a full address. */
  pageUrl: string;
  recordingUrl: string | null;
}

/** The meeting's day, start and whole span (with its zone) in the list's language. */
function when(event: TemplateEvent, language: Language, t: TimeWords) {
  const meeting = {
    startsAt: new Date(event.startsAt),
    endsAt: new Date(event.endsAt),
    timeZone: event.timeZone,
  };
  return {
    date: meetingDate(language, meeting.startsAt, event.timeZone),
    moment: meetingMoment(t, language, meeting.startsAt, event.timeZone),
    when: meetingSpan(t, language, meeting),
  };
}

/**
 * The subject and Markdown body of a built-in template in `language`, about `event` when there is
 * one: an invitation, a reminder, or thanks with the recording.
 */
export async function templateText(
  template: TextTemplate,
  language: Language,
  network: LocalizedText,
  event: TemplateEvent | null,
): Promise<{ subject: string; body: string }> {
  const t = await translatorIn(language);
  const key = template === 'thank-you' ? 'thankYou' : template;
  const networkName = localized(network, language, event?.mainLanguage);
  if (!event) {
    return {
      subject: t(`outreachPage.templates.${key}.subjectNoEvent`, { network: networkName }),
      body: t(`outreachPage.templates.${key}.bodyNoEvent`, { network: networkName }),
    };
  }
  const vars = {
    network: networkName,
    title: localized(event.title, language, event.mainLanguage),
    page: event.pageUrl,
    ...when(event, language, t),
    recording: event.recordingUrl
      ? t('outreachPage.templates.thankYou.recording', { url: event.recordingUrl })
      : t('outreachPage.templates.thankYou.noRecording'),
  };
  return {
    subject: t(`outreachPage.templates.${key}.subject`, vars),
    body: t(`outreachPage.templates.${key}.body`, vars),
  };
}
