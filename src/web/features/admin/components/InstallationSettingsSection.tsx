import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { useInstallation } from '../../../api/get-installation.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { ACCESSIBILITY_PATH } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSaveInstallation } from '../api/save-installation.ts';
import { InstallationSettingsForm } from './InstallationSettingsForm.tsx';

/** The admin page's part for the contact address and the accessibility statement. */
export function InstallationSettingsSection() {
  const { t } = useTranslation();
  const settings = useInstallation();
  const save = useSaveInstallation();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <PageSection id="installation-heading" title={t('admin.settings.heading')} headingSpace="s">
      <Paragraph mb="s">{t('admin.settings.text')}</Paragraph>
      <Paragraph mb="m">
        <AppLink to={ACCESSIBILITY_PATH}>{t('admin.settings.read')}</AppLink>
      </Paragraph>
      <StatusMessage message={saved} testId="installation-status" />
      {settings.isPending ? (
        <Loading />
      ) : settings.error ? (
        <LoadError error={settings.error} retry={() => settings.refetch()} />
      ) : (
        <InstallationSettingsForm
          settings={settings.data}
          onSubmit={async (input) => {
            setSaved(null);
            await save.mutateAsync(input);
            setSaved(t('admin.settings.saved'));
          }}
        />
      )}
    </PageSection>
  );
}
