import { Link } from 'suomifi-ui-components';
import { useTranslation } from '../lib/translation.tsx';

/** A public contact address as a mail link, or a note that none has been given. */
export function ContactAddress({ address }: { address: string | null }) {
  const { t } = useTranslation();
  if (!address) return <>{t('contact.none')}</>;
  return <Link href={`mailto:${address}`}>{address}</Link>;
}
