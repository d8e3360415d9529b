import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { useSession } from '../api/get-session.ts';
import { RouteLink } from '../components/links.tsx';
import { useSignOut } from '../features/auth/api/sign-out.ts';
import { signInPath } from '../lib/paths.ts';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xs} ${tokens.space.m};
  list-style: none;
  margin: 0;
  padding: 0;
`;

const navItem = `
  ${tokens.type.label}
  color: ${tokens.highlightDark};
  background: none;
  border: 0;
  padding: 0;
  cursor: pointer;
  text-decoration: underline;
`;

const NavLink = styled(RouteLink)`
  ${navItem}
`;

const NavButton = styled.button`
  ${navItem}
`;

const Who = styled.li`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
`;

/** Sign-in link, or the signed-in user's links and sign-out. */
export function UserNav() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  if (!session.data) return null;
  const { user } = session.data;
  // On the sign-in page a signed-out visitor has nothing here: no empty navigation landmark.
  if (!user && location.pathname === '/sign-in') return null;
  return (
    <nav aria-label={t('header.userNav')}>
      <List>
        {user ? (
          <>
            <Who data-testid="signed-in-as">
              {t('header.signedInAs', { name: user.displayName || user.email })}
            </Who>
            <li>
              <NavLink to="/me">{t('header.profile')}</NavLink>
            </li>
            {user.isAdmin && (
              <li>
                <NavLink to="/admin">{t('header.admin')}</NavLink>
              </li>
            )}
            <li>
              <NavButton type="button" onClick={() => signOut.mutate()} aria-disabled={signOut.isPending}>
                {t('header.signOut')}
              </NavButton>
              {signOut.isError && <span role="alert">{t('errors.generic')}</span>}
            </li>
          </>
        ) : (
          <li>
            <NavLink to={signInPath(location.pathname + location.search)}>{t('header.signIn')}</NavLink>
          </li>
        )}
      </List>
    </nav>
  );
}
