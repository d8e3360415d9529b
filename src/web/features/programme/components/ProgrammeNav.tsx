import { styled } from 'styled-components';
import { Link } from 'suomifi-ui-components';
import { AppLink } from '../../../components/links.tsx';
import { networkPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs} ${tokens.space.l};
  list-style: none;
  padding: ${tokens.space.s} 0;
  margin: 0 0 ${tokens.space.l};
  border-block: 1px solid ${tokens.highlight};
`;

/** The page's sections, by the ids of their headings. */
export const PROGRAMME_SECTIONS = ['themes', 'add-theme', 'series', 'meetings', 'single'] as const;

/**
 * The planning page is long: a local navigation to each of its sections (links to their
 * headings, so the browser's own fragment navigation moves the reader there) and to the
 * organisers' other pages: mailing lists, surveys, and the settings with the members.
 */
export function ProgrammeNav({ network }: { network: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('programme.nav.label')} data-testid="programme-nav">
      <List>
        {PROGRAMME_SECTIONS.map((section) => (
          <li key={section}>
            <Link href={`#${section}-heading`}>{t(`programme.nav.${section}`)}</Link>
          </li>
        ))}
        <li>
          <AppLink to={`${networkPath(network)}/outreach`}>{t('outreachPage.link')}</AppLink>
        </li>
        <li>
          <AppLink to={`${networkPath(network)}/surveys`}>{t('surveyResults.link')}</AppLink>
        </li>
        <li>
          <AppLink to={`${networkPath(network)}/settings`}>{t('programme.nav.settings')}</AppLink>
        </li>
      </List>
    </nav>
  );
}
