import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { type Network, UpdateNetworkSchema } from '#shared/networks.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useValidatedSubmit } from '../../../components/form/useValidatedSubmit.ts';
import { AppLink } from '../../../components/links.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { compactText, fullText } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { privacyPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useUpdateNetwork } from '../api/update-network.ts';

const PrivacySchema = UpdateNetworkSchema.pick({ privacyNotice: true, contactAddress: true });
type PrivacyChange = ReturnType<typeof PrivacySchema.parse>;

/** The settings page's part for the privacy notice: the form, and a note once it is saved. */
export function PrivacySection({ network }: { network: Network }) {
  const { t } = useTranslation();
  const update = useUpdateNetwork(network.slug);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <PageSection id="privacy-heading" title={t('networks.privacy.heading')} headingSpace="s">
      <Paragraph mb="s">{t('networks.privacy.text')}</Paragraph>
      <Paragraph mb="m">
        <AppLink to={privacyPath(network.slug)}>{t('networks.privacy.open')}</AppLink>
      </Paragraph>
      <StatusMessage message={saved} testId="privacy-status" />
      <PrivacyForm
        key={network.slug}
        network={network}
        onSubmit={async (change) => {
          setSaved(null);
          await update.mutateAsync(change);
          setSaved(t('networks.privacy.saved'));
        }}
      />
    </PageSection>
  );
}

/** The organisers' privacy notice (Markdown, three languages) and the network's contact address. */
function PrivacyForm({
  network,
  onSubmit,
}: {
  network: Network;
  onSubmit: (change: PrivacyChange) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState(fullText(network.privacyNotice));
  const [contact, setContact] = useState(network.contactAddress ?? '');
  const payload = () => ({ privacyNotice: compactText(notice), contactAddress: contact.trim() || null });
  const { form, pending, submit } = useValidatedSubmit(PrivacySchema, payload, onSubmit);
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="privacy-form">
      <FormAlert message={form.formError} />
      <LocalizedTextFields
        name="privacyNotice"
        label={t('networks.privacy.notice')}
        hint={t('admin.settings.markdownHint')}
        value={notice}
        onChange={setNotice}
        errors={form.errors}
        multiline
      />
      <TextField
        name="contactAddress"
        type="email"
        labelText={t('networks.privacy.contactAddress')}
        hintText={t('networks.privacy.contactHint')}
        optionalText={t('common.optional')}
        value={contact}
        onChange={setContact}
        errors={form.errors}
        maxLength={maxLengthOf(PrivacySchema, 'contactAddress')}
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{t('networks.privacy.save')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}
