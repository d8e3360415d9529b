import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { styled } from 'styled-components';
import { RouterLink } from 'suomifi-ui-components';
import { tokens } from '../lib/theme.ts';

interface AppLinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  lang?: string;
}

/** A Suomi.fi styled link that navigates inside the app. */
export function AppLink({ to, children, className, lang }: AppLinkProps) {
  return (
    <RouterLink asComponent={Link} to={to} className={className} lang={lang}>
      {children}
    </RouterLink>
  );
}

/** A link that looks like a Suomi.fi button, for actions that go to another page. */
export const ButtonLink = styled(Link)<{ $variant?: 'default' | 'secondary' }>`
  display: inline-block;
  ${tokens.type.label}
  text-decoration: none;
  border-radius: 2px;
  padding: 9px 20px;
  min-height: 40px;
  box-sizing: border-box;
  border: 1px solid ${tokens.highlight};
  color: ${({ $variant }) => ($variant === 'secondary' ? tokens.highlight : tokens.surface)};
  background: ${({ $variant }) => ($variant === 'secondary' ? tokens.surface : tokens.highlight)};

  &:hover {
    background: ${({ $variant }) => ($variant === 'secondary' ? tokens.secondary : tokens.highlightDark)};
  }
`;
