import { LANGUAGES, type Language } from '#shared/languages.ts';
import type { MailingList } from '#shared/outreach.ts';
import type { Values } from './composer-values.ts';

export interface ComposerLanguages {
  /** The main text's language: the first chosen list's, or the UI's. */
  language: Language;
  /** The chosen lists' languages, in their order. */
  listLanguages: Language[];
  /** The languages offered as extra texts. */
  offered: Language[];
}

/** Which language the main text is in, and which other texts the composer offers. */
export function composerLanguages(
  values: Pick<Values, 'listIds' | 'open'>,
  lists: Pick<MailingList, 'id' | 'language'>[],
  uiLanguage: Language,
): ComposerLanguages {
  const firstList = lists.find((l) => l.id === values.listIds[0]);
  const language: Language = firstList?.language ?? uiLanguage;
  const listLanguages = values.listIds.flatMap((id) => lists.find((l) => l.id === id)?.language ?? []);
  // The chosen lists' languages first; the main text's own only when a text in it is open already.
  const offered = [...new Set([...listLanguages, ...LANGUAGES])].filter(
    (l) => l !== language || values.open.includes(l),
  );
  return { language, listLanguages, offered };
}
