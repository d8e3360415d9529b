import { Paragraph } from 'suomifi-ui-components';
import { useTranslation } from '../lib/translation.tsx';
import { AppLink } from './links.tsx';
import { PageTitle } from './PageTitle.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <AppLink to="/">{t('notFound.home')}</AppLink>
    </>
  );
}
