import { styled } from 'styled-components';
import { ButtonLink } from '../../../components/links.tsx';
import { interestPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useInterestInfo } from '../api/get-interest-form.ts';

const Box = styled.p`
  ${tokens.type.body}
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xs} ${tokens.space.m};
  margin: 0 0 ${tokens.space.m};
`;

/** On the network's page: the way to its interest form, when it has lists on the form. */
export function InterestLink({ network }: { network: string }) {
  const { t } = useTranslation();
  const info = useInterestInfo(network);
  if (!info.data?.lists.length) return null;
  return (
    <Box data-testid="interest-link">
      <span>{t('outreachPage.interest.linkIntro')}</span>
      <ButtonLink to={interestPath(network)} $variant="secondary">
        {t('outreachPage.interest.link')}
      </ButtonLink>
    </Box>
  );
}
