import { Component, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { MessagePage } from '../components/MessagePage.tsx';
import { useTranslation } from '../lib/translation.tsx';

/** Shown when a page fails to render or its code fails to load (e.g. after a new release). */
function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('errorPage.title')} text={t('errorPage.text')}>
      <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
    </MessagePage>
  );
}

type BoundaryProps = { pathname: string; children: ReactNode };
type BoundaryState = { failed: boolean; pathname: string };

/** Catches a page's failure; going to another address tries again. */
class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): BoundaryState | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}

/** The pages inside the layout, each failure shown as the error page and the layout kept. */
export function RouteErrors() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary pathname={pathname}>
      <Outlet />
    </RouteErrorBoundary>
  );
}
