import { useLocation, useSearchParams } from 'react-router';
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
 * language (`?lang=sv`) is changed with it, so reloading or sharing it keeps the new one. Without
 * JavaScript the buttons post the form, and the server does the same (language-choice.routes.ts).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const [search, setSearch] = useSearchParams();
  const { pathname } = useLocation();
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
  const query = search.toString();
  return (
    <form method="post" action="/language">
      <input type="hidden" name="to" value={query ? `${pathname}?${query}` : pathname} />
      <Group role="group" aria-label={t('header.language')}>
        {LANGUAGES.map((language) => (
          <LanguageButton
            key={language}
            type="submit"
            name="language"
            value={language}
            lang={language}
            aria-pressed={language === current}
            onClick={(event) => {
              event.preventDefault();
              choose(language);
            }}
          >
            {t(`languages.${language}`)}
          </LanguageButton>
        ))}
      </Group>
    </form>
  );
}
