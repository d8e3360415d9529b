import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { type SessionUser, useSession } from '../api/get-session.ts';
import { signInPath } from '../lib/paths.ts';
import { useTranslation } from '../lib/translation.tsx';
import { LoadError, Loading } from './LoadState.tsx';
import { MessagePage } from './MessagePage.tsx';

interface RequireSignInProps {
  /** Only installation admins may see the page. */
  admin?: boolean;
  children: (user: SessionUser) => ReactNode;
}

/** Renders its page for a signed-in user; sends others to sign in and back here afterwards. */
export function RequireSignIn({ admin = false, children }: RequireSignInProps) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.error) return <LoadError error={session.error} retry={() => session.refetch()} />;
  const { user } = session.data;
  if (!user) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (admin && !user.isAdmin)
    return <MessagePage title={t('forbidden.title')} text={t('forbidden.adminOnly')} />;
  return children(user);
}
