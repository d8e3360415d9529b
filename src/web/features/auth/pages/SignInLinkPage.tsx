import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { SignInLinkSchema } from '#shared/auth.ts';
import { queryKeys } from '../../../api/keys.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PostButton } from '../../../components/PostButton.tsx';
import { apiRequest, isApiError, seg } from '../../../lib/api.ts';
import { safeLocalPath, signInPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** A link used, expired or mangled: asking for a new one keeps where the person was going. */
function Unusable({ next }: { next: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('auth.link.unusableTitle')}</PageTitle>
      <Paragraph mb="l" data-testid="sign-in-link-state">
        {t('auth.link.unusable')}
      </Paragraph>
      <AppLink to={signInPath(next)}>{t('auth.link.askAgain')}</AppLink>
    </>
  );
}

/**
 * The page an e-mailed sign-in link opens: it names the address, and only its button signs in
 * (mail scanners open links too). The server answers the button and goes on into the app.
 */
export function SignInLinkPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const link = useQuery({
    queryKey: queryKeys.signInLink(token),
    queryFn: ({ signal }) =>
      apiRequest(`/api/auth/sign-in-links/${seg(token)}`, { schema: SignInLinkSchema, signal }),
    enabled: token !== '',
    staleTime: 0,
  });
  const next = safeLocalPath(params.get('callbackURL'));
  if (!token || isApiError(link.error, 404)) return <Unusable next={next} />;
  if (link.isPending) return <Loading />;
  if (link.error) return <LoadError error={link.error} retry={() => link.refetch()} />;
  return (
    <>
      <PageTitle>{t('auth.link.title')}</PageTitle>
      <Paragraph mb="s" data-testid="sign-in-link-state">
        {t('auth.link.question', { email: link.data.email })}
      </Paragraph>
      <Paragraph mb="l">{t('auth.link.notYou')}</Paragraph>
      <PostButton label={t('auth.link.button')} testId="sign-in-link-button" />
    </>
  );
}
