import { type Dispatch, type SetStateAction, useState } from 'react';
import { styled } from 'styled-components';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import type { Network } from '#shared/networks.ts';
import { usePublicSurveyChanges } from '../../../../api/list-public-survey-changes.ts';
import { Hint } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { translatorIn } from '../../../../lib/i18n.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { appended, type ChangesWords, changesMarkdown } from './changes-markdown.ts';
import { type Slot, textOf, type Values, withText } from './composer-values.ts';

const Box = styled.div`
  margin: 0 0 ${tokens.space.l};
  max-width: 48rem;
`;

interface InsertChangesProps {
  network: Network;
  /** The main text's language. */
  language: Language;
  setValues: Dispatch<SetStateAction<Values>>;
}

/** Each language's words for the list, from its own texts. */
async function wordsIn(): Promise<Record<Language, ChangesWords>> {
  const entries = await Promise.all(
    LANGUAGES.map(async (language) => {
      const t = await translatorIn(language);
      const words: ChangesWords = {
        heading: t('surveyChanges.home.heading'),
        decided: (date) => t('surveyChanges.invitation.decided', { date }),
      };
      return [language, words] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Language, ChangesWords>;
}

/**
 * "Insert 'You said, we changed'": the newest published changes (those the home page shows), as
 * a Markdown list at the end of the main text and of every open translation, each in its language.
 */
export function InsertChanges({ network, language, setValues }: InsertChangesProps) {
  const { t } = useTranslation();
  const changes = usePublicSurveyChanges(network.slug);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function insert() {
    const list = changes.data?.changes ?? [];
    if (list.length === 0) return setStatus(t('surveyChanges.invitation.none'));
    setBusy(true);
    const words = await wordsIn().finally(() => setBusy(false));
    const block = (lang: Language) => changesMarkdown(list, lang, network.mainLanguage, words[lang]);
    setValues((v) =>
      (['main', ...v.open] as Slot[]).reduce((next, slot) => {
        const text = textOf(next, slot);
        return withText(next, slot, {
          ...text,
          body: appended(text.body, block(slot === 'main' ? language : slot)),
        });
      }, v),
    );
    setStatus(t('surveyChanges.invitation.inserted', { count: list.length }));
  }

  return (
    <Box>
      <SubmitButton type="button" variant="secondary" pending={busy || changes.isPending} onClick={insert}>
        {t('surveyChanges.invitation.insert')}
      </SubmitButton>
      <Hint as="p">{t('surveyChanges.invitation.hint')}</Hint>
      <div role="status" data-testid="insert-changes-status">
        {status}
      </div>
    </Box>
  );
}
