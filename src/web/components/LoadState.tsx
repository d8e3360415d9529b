import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../lib/api.ts';
import { requestErrorMessage } from '../lib/forms.ts';
import { useTranslation } from '../lib/translation.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageTitle } from './PageTitle.tsx';

/** Shown while a page's data or code loads; announced politely. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status">
      <LoadingSpinner text={t('app.loading')} textAlign="right" variant="small" />
    </div>
  );
}

/** A page whose data could not be loaded: the not-found page for 404, else an error with a retry. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error, 404)) return <NotFoundPage />;
  return (
    <>
      <PageTitle>{t('errorPage.title')}</PageTitle>
      <Paragraph mb="m">{requestErrorMessage(error, t)}</Paragraph>
      {retry && (
        <Button variant="secondary" onClick={retry}>
          {t('common.retry')}
        </Button>
      )}
    </>
  );
}

/** A part of a page whose data could not be loaded. */
export function InlineLoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="error" mb="m">
      <Paragraph mb="s">{requestErrorMessage(error, t)}</Paragraph>
      {retry && (
        <Button variant="secondary" onClick={retry}>
          {t('common.retry')}
        </Button>
      )}
    </InlineAlert>
  );
}
