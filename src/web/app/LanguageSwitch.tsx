import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { LANGUAGES } from '#shared/common.ts';
import { changeLanguage, useLanguage } from '../lib/i18n.ts';
import { tokens } from '../lib/theme.ts';

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

/** "Suomeksi / På svenska / In English": the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <Group role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <LanguageButton
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void changeLanguage(language)}
        >
          {t(`languages.${language}`)}
        </LanguageButton>
      ))}
    </Group>
  );
}
