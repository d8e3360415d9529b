import { Heading, Paragraph } from 'suomifi-ui-components';
import { AppLink } from '../../../components/links.tsx';
import { useTranslation } from '../../../lib/translation.tsx';

/** What the platform keeps, as docs/personal-data.md and the README's retention table say. */
const KEPT = ['account', 'lists', 'meetings', 'live', 'audit', 'logs'] as const;

/** The notice a network shows until its organisers write their own. */
export function DefaultPrivacyNotice() {
  const { t } = useTranslation();
  return (
    <div data-testid="default-privacy-notice">
      <Paragraph mb="m">{t('privacy.default.intro')}</Paragraph>
      <Heading variant="h2" mb="s">
        {t('privacy.default.dataHeading')}
      </Heading>
      <ul>
        {KEPT.map((part) => (
          <li key={part}>{t(`privacy.default.${part}`)}</li>
        ))}
      </ul>
      <Heading variant="h2" mb="s">
        {t('privacy.default.rightsHeading')}
      </Heading>
      <Paragraph mb="s">{t('privacy.default.rights')}</Paragraph>
      <AppLink to="/me">{t('privacy.default.ownPage')}</AppLink>
    </div>
  );
}
