import { useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import { changeLanguage, useLanguage } from '../lib/i18n.ts';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';

const Group = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xxs};
`;

const LanguageButton = styled.button`
  ${tokens.type.bodySmall}
  background: none;
  border: 1px solid transparent;
  border-radius: 2px;
  color: ${tokens.highlightDark};
  cursor: pointer;
  padding: 2px 8px;
  text-decoration: underline;

  &[aria-pressed='true'] {
    border-color: ${tokens.highlightDark};
    color: ${tokens.text};
    font-weight: 600;
    text-decoration: none;
  }
`;

/**
 * "Suomeksi / På svenska / In English": the choice is kept in a cookie. An address that names a
 * language (`?lang=sv`) is changed with it, so reloading or sharing it keeps the new one.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const [search, setSearch] = useSearchParams();
  const choose = (language: Language) => {
    if (search.has('lang'))
      setSearch(
        (params) => {
          params.set('lang', language);
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    void changeLanguage(language);
  };
  return (
    <Group role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <LanguageButton
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => choose(language)}
        >
          {t(`languages.${language}`)}
        </LanguageButton>
      ))}
    </Group>
  );
}
