import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { tokens } from '../lib/theme.ts';
import { Container } from './Container.tsx';

const Bar = styled.footer`
  background: ${tokens.surface};
  border-top: 1px solid ${tokens.borderLight};
  margin-top: ${tokens.space.xxxl};
  padding: ${tokens.space.l} 0;
`;

const Text = styled.p`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  margin: 0;
`;

export function Footer() {
  const { t } = useTranslation();
  return (
    <Bar>
      <Container>
        <Text>{t('footer.text')}</Text>
      </Container>
    </Bar>
  );
}
