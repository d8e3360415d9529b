import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Unsubscription } from '#shared/outreach.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PostButton } from '../../../components/PostButton.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { interestPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useUnsubscription } from '../api/get-link-state.ts';

const Lists = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0 0 ${tokens.space.l};
  & > li {
    padding: ${tokens.space.s} 0;
    border-bottom: 1px solid ${tokens.borderLight};
  }
`;

/** The network's other lists: leave those the address is on, or join more on the interest form. */
function OtherLists({ network, others }: { network: string; others: Unsubscription['others'] }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <PageSection id="other-lists-heading" title={t('outreach.unsubscribe.others')}>
      {others.length > 0 && (
        <Lists data-testid="other-lists">
          {others.map((list) => (
            <li key={list.id}>
              <Heading variant="h3" as="h3" mb="xs">
                <Localized text={list.name} />
              </Heading>
              <Paragraph mb="s">
                {list.subscribed ? t('outreach.unsubscribe.onList') : t('outreach.unsubscribe.notOnList')}
              </Paragraph>
              {list.subscribed && (
                <PostButton
                  label={t('outreach.unsubscribe.leave', { list: pick(list.name).text })}
                  list={list.id}
                  testId={`leave-${list.id}`}
                />
              )}
            </li>
          ))}
        </Lists>
      )}
      <AppLink to={interestPath(network)}>{t('outreach.link.interestForm')}</AppLink>
    </PageSection>
  );
}

function UnsubscribeView({ network, link }: { network: string; link: Unsubscription }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const names = { email: link.email, list: pick(link.list.name).text };
  return (
    <>
      <PageTitle>
        {link.list.subscribed ? t('outreach.unsubscribe.title') : t('outreach.unsubscribe.done')}
      </PageTitle>
      <Paragraph mb="l" data-testid="unsubscribe-state">
        {link.list.subscribed
          ? t('outreach.unsubscribe.questionNamed', names)
          : t('outreach.unsubscribe.detail', names)}
      </Paragraph>
      {link.list.subscribed && (
        <PostButton label={t('outreach.unsubscribe.button')} testId="unsubscribe-button" />
      )}
      <OtherLists network={network} others={link.others} />
    </>
  );
}

/** The page an unsubscribe link opens: names the list, leaves it with one button, offers the others. */
export function UnsubscribePage() {
  const { network = '', token = '' } = useParams();
  const link = useUnsubscription(network, token);
  if (link.isPending) return <Loading />;
  if (link.error) return <LoadError error={link.error} retry={() => link.refetch()} />;
  return <UnsubscribeView network={network} link={link.data} />;
}
