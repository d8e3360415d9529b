import { type AnchorHTMLAttributes, forwardRef, type ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { styled } from 'styled-components';
import { RouterLink } from 'suomifi-ui-components';
import { tokens } from '../lib/theme.ts';

type RouteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  /** The browser loads the address itself (a server route such as the counted join link). */
  reloadDocument?: boolean;
};

/**
 * An `<a>` that navigates inside the app, from react-router's own hooks. Its `<Link>` also brings
 * the framework mode's prefetching, about 3 kB of a public page's JavaScript (docs/decisions/0021).
 */
export const RouteLink = forwardRef<HTMLAnchorElement, RouteLinkProps>(function RouteLink(
  { to, onClick, target, reloadDocument, ...rest },
  ref,
) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target });
  return (
    <a
      {...rest}
      ref={ref}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented && !reloadDocument) navigate(event);
      }}
    />
  );
});

interface AppLinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  lang?: string;
}

/** A Suomi.fi styled link that navigates inside the app. */
export function AppLink({ to, children, className, lang }: AppLinkProps) {
  return (
    <RouterLink asComponent={RouteLink} to={to} className={className} lang={lang}>
      {children}
    </RouterLink>
  );
}

/** A link that looks like a Suomi.fi button, for actions that go to another page. */
export const ButtonLink = styled(RouteLink)<{ $variant?: 'default' | 'secondary' }>`
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
