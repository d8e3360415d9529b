import { useNavigate, useParams } from 'react-router';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useSession } from '../../../api/get-session.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink, ButtonLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath, signInPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useAcceptInvitation } from '../api/accept-invitation.ts';
import { type InvitationPreview, useInvitation } from '../api/get-invitation.ts';

function Invitation({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const navigate = useNavigate();
  const user = useSession().data?.user ?? null;
  const accept = useAcceptInvitation(token);
  const network = pick(invitation.network.name);
  const intro = invitation.role === 'organiser' ? 'invitation.asOrganiser' : 'invitation.asMember';

  function body() {
    if (invitation.accepted) {
      return (
        <>
          <InlineAlert mb="m">{t('invitation.alreadyAccepted')}</InlineAlert>
          <AppLink to={networkPath(invitation.network.slug)}>{t('invitation.openNetwork')}</AppLink>
        </>
      );
    }
    if (invitation.expired) return <InlineAlert status="warning">{t('invitation.expired')}</InlineAlert>;
    if (!user) {
      return (
        <>
          <Paragraph mb="m">{t('invitation.signInFirst', { email: invitation.email })}</Paragraph>
          <ButtonLink to={signInPath(`/invitations/${encodeURIComponent(token)}`)}>
            {t('invitation.signIn')}
          </ButtonLink>
        </>
      );
    }
    return (
      <>
        {user.email.toLowerCase() !== invitation.email.toLowerCase() && (
          <InlineAlert status="warning" mb="m">
            {t('invitation.otherEmail', { email: user.email, invited: invitation.email })}
          </InlineAlert>
        )}
        <FormAlert
          message={
            accept.error
              ? requestErrorMessage(accept.error, t, {
                  409: t('invitation.conflict'),
                  403: t('invitation.wrongAccount'),
                })
              : null
          }
        />
        <SubmitButton
          type="button"
          pending={accept.isPending}
          onClick={() =>
            accept.mutate(undefined, { onSuccess: ({ network }) => navigate(networkPath(network.slug)) })
          }
        >
          {t('invitation.accept')}
        </SubmitButton>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <Paragraph mb="m">{t(intro, { network: network.text })}</Paragraph>
      {body()}
    </>
  );
}

/** Where an invitation e-mail's link leads: explains the invitation and accepts it. */
export function InvitationPage() {
  const token = useParams().token ?? '';
  const invitation = useInvitation(token);
  if (invitation.isPending) return <Loading />;
  if (invitation.error) return <LoadError error={invitation.error} retry={() => invitation.refetch()} />;
  return <Invitation token={token} invitation={invitation.data} />;
}
