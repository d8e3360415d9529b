import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useSession } from '../../../api/get-session.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { safeLocalPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { SignInForm } from '../components/SignInForm.tsx';

/** better-auth's codes for a link that cannot be used (any other code gets a general message). */
const USED_OR_EXPIRED = new Set(['INVALID_TOKEN', 'EXPIRED_TOKEN', 'TOKEN_EXPIRED', 'INVALID_CALLBACKURL']);

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeLocalPath(params.get('next'));
  const [linkSent, setLinkSent] = useState(false);
  const error = linkSent ? null : params.get('error');
  const errorText =
    error &&
    (USED_OR_EXPIRED.has(error.toUpperCase()) ? t('auth.signIn.linkInvalid') : t('auth.signIn.linkFailed'));

  return (
    <>
      <PageTitle>{t('auth.signIn.title')}</PageTitle>
      <div role="alert">
        {errorText && (
          <InlineAlert status="error" mb="m" data-testid="sign-in-link-error">
            {errorText}
          </InlineAlert>
        )}
      </div>
      {session.isPending ? (
        <Loading />
      ) : session.error ? (
        <InlineLoadError error={session.error} retry={() => session.refetch()} />
      ) : session.data.user ? (
        <>
          <Paragraph mb="m">{t('auth.signIn.alreadySignedIn', { email: session.data.user.email })}</Paragraph>
          <AppLink to={next}>{t('auth.signIn.continue')}</AppLink>
        </>
      ) : (
        <SignInForm next={next} oidc={session.data.oidc} onSent={() => setLinkSent(true)} />
      )}
    </>
  );
}
