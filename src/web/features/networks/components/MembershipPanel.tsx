import { useState } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { useCurrentUser } from '../../../api/get-session.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { networkPath, signInPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useFollowNetwork } from '../api/follow-network.ts';
import { useUnfollowNetwork } from '../api/unfollow-network.ts';

const Panel = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.s} ${tokens.space.m};
  margin-bottom: ${tokens.space.m};
`;

/** A visitor needs no account to take part: signing in to follow is the secondary way. */
const FollowLink = styled(ButtonLink).attrs({ $variant: 'secondary' as const })``;

/** The network's pages for its organisers; an admin who does not organise it gets its settings. */
function OrganiserLinks({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pages: [string, string][] = [
    ['programme', t('programme.link')],
    ['outreach', t('outreachPage.link')],
    ['surveys', t('surveyResults.link')],
  ];
  const shown = network.viewerRole === 'organiser' ? pages : [];
  return [...shown, ['settings', t('networks.page.settings')]].map(([page, text]) => (
    <ButtonLink key={page} to={`${networkPath(network.slug)}/${page}`} $variant="secondary">
      {text}
    </ButtonLink>
  ));
}

/** Whether the viewer follows or organises the network, and the buttons to change that. */
export function MembershipPanel({ network }: { network: Network }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const follow = useFollowNetwork(network.slug);
  const unfollow = useUnfollowNetwork(network.slug);
  const [notice, setNotice] = useState<string | null>(null);
  const failed = follow.error ?? unfollow.error;
  const role = network.viewerRole;

  function content() {
    if (!user) {
      return <FollowLink to={signInPath(location.pathname)}>{t('networks.page.signInToFollow')}</FollowLink>;
    }
    if (role === 'organiser' || user.isAdmin) {
      return (
        <>
          {role === 'organiser' && <Paragraph>{t('networks.page.youOrganise')}</Paragraph>}
          <OrganiserLinks network={network} />
        </>
      );
    }
    if (role === 'member') {
      return (
        <>
          <Paragraph>{t('networks.page.youFollow')}</Paragraph>
          <SubmitButton
            type="button"
            variant="secondary"
            pending={unfollow.isPending}
            onClick={() =>
              unfollow.mutate(undefined, { onSuccess: () => setNotice(t('networks.page.unfollowed')) })
            }
          >
            {t('networks.page.unfollow')}
          </SubmitButton>
        </>
      );
    }
    return (
      <SubmitButton
        type="button"
        pending={follow.isPending}
        onClick={() => follow.mutate(undefined, { onSuccess: () => setNotice(t('networks.page.followed')) })}
      >
        {t('networks.page.follow')}
      </SubmitButton>
    );
  }

  return (
    <>
      <StatusMessage message={notice} testId="membership-status" />
      <FormAlert message={failed ? requestErrorMessage(failed, t) : null} />
      <Panel data-testid="membership">{content()}</Panel>
    </>
  );
}
