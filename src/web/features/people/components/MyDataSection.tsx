import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { EXPORT_FILE_NAME, useDownloadMyData } from '../api/export-my-data.ts';

/** "Download my data": everything stored about the user, as a JSON file. */
export function MyDataSection() {
  const { t } = useTranslation();
  const download = useDownloadMyData();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <Paragraph mb="m">{t('profile.data.text')}</Paragraph>
      <StatusMessage message={done} testId="export-status" />
      <FormAlert message={download.error ? requestErrorMessage(download.error, t) : null} />
      <SubmitButton
        type="button"
        variant="secondary"
        pending={download.isPending}
        onClick={() => {
          setDone(null);
          download.mutate(undefined, {
            onSuccess: () => setDone(t('profile.data.done', { file: EXPORT_FILE_NAME })),
          });
        }}
      >
        {t('profile.data.download')}
      </SubmitButton>
    </>
  );
}
