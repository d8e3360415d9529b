import { type Language, localized } from '#shared/languages.ts';
import type { PublicSurveyChange } from '#shared/survey-changes.ts';
import { LOCALES } from '../../../../lib/date-time.ts';

/** The words the list needs, in the text's language. */
export interface ChangesWords {
  heading: string;
  decided: (date: string) => string;
}

/**
 * "You said, we changed" as Markdown for a campaign's text in `language`: a bold heading and one
 * item per change, its title (falling back to the network's main language) and when it was decided.
 */
export function changesMarkdown(
  changes: Pick<PublicSurveyChange, 'title' | 'decidedOn'>[],
  language: Language,
  main: Language,
  words: ChangesWords,
): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  const items = changes.map((change) => {
    const date = format.format(new Date(`${change.decidedOn}T00:00:00Z`));
    return `- ${localized(change.title, language, main)} (${words.decided(date)})`;
  });
  return [`**${words.heading}**`, '', ...items].join('\n');
}

/** `body` with `block` after it, a blank line between. */
export const appended = (body: string, block: string) =>
  body.trim() ? `${body.trimEnd()}\n\n${block}` : block;
