import { privacyPath } from '../lib/paths.ts';
import { useTranslation } from '../lib/translation.tsx';
import { AppLink } from './links.tsx';

/** The network's privacy notice, linked from every text that asks for consent to keep data. */
export function PrivacyNoticeLink({ network }: { network: string }) {
  const { t } = useTranslation();
  return <AppLink to={privacyPath(network)}>{t('privacy.link')}</AppLink>;
}
