import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
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
