import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { useTranslation } from '../lib/translation.tsx';

/** The server renderer's ear for the page's title, which the browser sets in an effect. */
export const DocumentTitleContext = createContext<((title: string) => void) | null>(null);

/** True once the user has moved from the page the app was opened on. */
export const NavigatedContext = createContext(false);

const H1 = styled(Heading)`
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 3px solid hsl(196, 77%, 30%);
    outline-offset: 2px;
  }
`;

interface PageTitleProps {
  children: ReactNode;
  /** The page's part of document.title; defaults to the heading when that is a string. */
  title?: string;
}

/**
 * The page's one h1. It sets document.title ("<page> – Verkosto") and, after a client-side
 * navigation, takes focus so screen reader and keyboard users start from the new page's heading.
 */
export function PageTitle({ children, title }: PageTitleProps) {
  const { t } = useTranslation();
  const navigated = useContext(NavigatedContext);
  const location = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);
  const pageTitle = title ?? (typeof children === 'string' ? children : '');
  const focusKey = navigated ? location.key : null;
  const documentTitle = pageTitle ? t('app.documentTitle', { page: pageTitle }) : t('app.name');
  useContext(DocumentTitleContext)?.(documentTitle);

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  useEffect(() => {
    if (focusKey) ref.current?.focus();
  }, [focusKey]);

  return (
    <H1 variant="h1" tabIndex={-1} ref={ref} mb="m">
      {children}
    </H1>
  );
}
