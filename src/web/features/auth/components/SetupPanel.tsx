import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Block, Heading, Paragraph } from 'suomifi-ui-components';
import { ButtonLink } from '../../../components/links.tsx';
import { tokens } from '../../../lib/theme.ts';

const Panel = styled(Block)`
  border-top: 4px solid ${tokens.highlight};
  background: ${tokens.secondary};
  margin-bottom: ${tokens.space.xl};
`;

/** First-run panel: no installation admin exists yet, so the first person to sign in becomes one. */
export function SetupPanel() {
  const { t } = useTranslation();
  return (
    <Panel variant="section" padding="l" aria-labelledby="setup-heading" data-testid="setup-panel">
      <Heading variant="h2" id="setup-heading" mb="s">
        {t('home.setup.heading')}
      </Heading>
      <Paragraph mb="m">{t('home.setup.text')}</Paragraph>
      <ButtonLink to="/sign-in">{t('home.setup.action')}</ButtonLink>
    </Panel>
  );
}
