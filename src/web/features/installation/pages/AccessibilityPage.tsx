import { Paragraph } from 'suomifi-ui-components';
import type { InstallationSettings } from '#shared/installation.ts';
import { useInstallation } from '../../../api/get-installation.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { ComplianceSections, EnforcementSection, FeedbackSection } from '../components/StatementSections.tsx';

function Statement({ settings }: { settings: InstallationSettings }) {
  const { t } = useTranslation();
  return (
    <article data-testid="accessibility-statement">
      <PageTitle>{t('accessibility.title')}</PageTitle>
      <Paragraph mb="m">{t('accessibility.intro')}</Paragraph>
      {settings.statement ? (
        <ComplianceSections statement={settings.statement} />
      ) : (
        <Paragraph mb="m">{t('accessibility.notPrepared')}</Paragraph>
      )}
      <FeedbackSection settings={settings} />
      <EnforcementSection settings={settings} />
    </article>
  );
}

/**
 * The installation's accessibility statement, in the structure the Act on the Provision of Digital
 * Services asks for: compliance, non-accessible content, assessment, feedback and enforcement.
 */
export function AccessibilityPage() {
  const settings = useInstallation();
  if (settings.isPending) return <Loading />;
  if (settings.error) return <LoadError error={settings.error} retry={() => settings.refetch()} />;
  return <Statement settings={settings.data} />;
}
