import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { MessagePage } from '../components/MessagePage.tsx';

/** Shown when a page fails to render or its code fails to load (e.g. after a new release). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  console.error(useRouteError());
  return (
    <MessagePage title={t('errorPage.title')} text={t('errorPage.text')}>
      <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
    </MessagePage>
  );
}
