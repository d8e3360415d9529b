import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { useProgramme } from '../../../api/get-programme.ts';
import { Localized } from '../../../components/Localized.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { formatMonth } from './format.ts';

const Section = styled.section`
  margin-top: ${tokens.space.xl};
`;

const List = styled.ul`
  max-width: 45rem;
  padding-left: ${tokens.space.l};
  & > li {
    margin-bottom: ${tokens.space.xs};
  }
`;

const Month = styled.span`
  ${tokens.type.semiBold}
`;

/** The themes ahead (planned or scheduled), for everyone; nothing when there are none. */
export function PublicProgramme({ network }: { network: string }) {
  const { t, i18n } = useTranslation();
  const programme = useProgramme(network);
  const ahead = (programme.data?.themes ?? []).filter((theme) => theme.status !== 'held');
  if (ahead.length === 0) return null;
  return (
    <Section aria-labelledby="programme-heading" data-testid="public-programme">
      <Heading variant="h2" id="programme-heading" mb="s">
        {t('networks.page.programme.heading')}
      </Heading>
      <List>
        {ahead.map((theme) => (
          <li key={theme.id}>
            <Month>
              {theme.intendedMonth
                ? formatMonth(theme.intendedMonth, i18n.language)
                : t('networks.page.programme.noMonth')}
            </Month>
            {': '}
            <Localized text={theme.title} />
          </li>
        ))}
      </List>
    </Section>
  );
}
