import { useTranslation } from 'react-i18next';
import { Link } from 'suomifi-ui-components';

/** A public contact address as a mail link, or a note that none has been given. */
export function ContactAddress({ address }: { address: string | null }) {
  const { t } = useTranslation();
  if (!address) return <>{t('contact.none')}</>;
  return <Link href={`mailto:${address}`}>{address}</Link>;
}
