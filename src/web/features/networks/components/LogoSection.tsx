import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Paragraph } from 'suomifi-ui-components';
import { LOGO_TYPES, NETWORK_LIMITS, type Network } from '#shared/networks.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import {
  ButtonRow,
  ErrorText,
  FieldGroup,
  FieldLabel,
  FileInput,
  Hint,
} from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useRemoveLogo, useUploadLogo } from '../api/network-logo.ts';

const Preview = styled.img`
  display: block;
  max-height: 64px;
  max-width: 240px;
  margin: 0 0 ${tokens.space.s};
  background: ${tokens.surface};
`;

const MAX_KB = Math.round(NETWORK_LIMITS.logoBytes / 1024);
const ID = 'logo-file';

/** What is wrong with the chosen file, checked before uploading; the server checks its content. */
function fileProblem(file: File | null, t: TFunction): string | null {
  if (!file) return t('networks.logo.choose');
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return t('networks.logo.wrongType');
  if (file.size > NETWORK_LIMITS.logoBytes) return t('networks.logo.tooLarge', { max: MAX_KB });
  return null;
}

/** The server's refusal of the file in our words. */
function refusal(error: unknown, t: TFunction): string | null {
  if (!isApiError(error) || error.fields.logo === undefined) return null;
  return error.status === 413 ? t('networks.logo.tooLarge', { max: MAX_KB }) : t('networks.logo.wrongType');
}

/** The chosen file, the upload with its progress, and what went wrong. */
function useLogoUpload(slug: string, onDone: (message: string) => void) {
  const { t } = useTranslation();
  const upload = useUploadLogo(slug);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  function fail(message: string) {
    setError(message);
    setFormError(t('errors.formHasErrors'));
    input.current?.focus();
  }
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const problem = fileProblem(file, t);
    if (problem || !file) return fail(problem ?? t('networks.logo.choose'));
    setError(null);
    setFormError(null);
    setProgress(0);
    try {
      await upload.mutateAsync({ file, onProgress: setProgress });
      if (input.current) input.current.value = '';
      setFile(null);
      onDone(t('networks.logo.saved'));
    } catch (caught) {
      const message = refusal(caught, t);
      if (message) fail(message);
      else setFormError(requestErrorMessage(caught, t));
    }
  }
  return { input, setFile, error, formError, progress, pending: upload.isPending, submit };
}

/** The file input with its hint, its error and, while uploading, the progress. */
function LogoField({ upload }: { upload: ReturnType<typeof useLogoUpload> }) {
  const { t } = useTranslation();
  const describedBy = [`${ID}-hint`, upload.error && `${ID}-error`].filter(Boolean).join(' ');
  return (
    <FieldGroup>
      <FieldLabel htmlFor={ID}>{t('networks.logo.file')}</FieldLabel>
      <Hint id={`${ID}-hint`}>{t('networks.logo.hint', { max: MAX_KB })}</Hint>
      <FileInput
        ref={upload.input}
        id={ID}
        name="logo"
        type="file"
        accept={LOGO_TYPES.join(',')}
        onChange={(event) => upload.setFile(event.target.files?.[0] ?? null)}
        aria-invalid={upload.error ? true : undefined}
        aria-describedby={describedBy}
      />
      {upload.error && <ErrorText id={`${ID}-error`}>{upload.error}</ErrorText>}
      {upload.pending && (
        <>
          <FieldLabel htmlFor={`${ID}-progress`}>{t('networks.logo.uploading')}</FieldLabel>
          <progress id={`${ID}-progress`} max={100} value={Math.round(upload.progress * 100)} />
        </>
      )}
    </FieldGroup>
  );
}

/** The host organisation's logo: shown in the network's header and footer. */
export function LogoSection({ network }: { network: Network }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const upload = useLogoUpload(network.slug, setStatus);
  const remove = useRemoveLogo(network.slug);
  return (
    <PageSection id="logo-heading" title={t('networks.logo.heading')} headingSpace="s">
      <Paragraph mb="m">{t('networks.logo.text')}</Paragraph>
      <StatusMessage message={status} testId="logo-status" />
      {network.logoUrl ? (
        <Preview src={network.logoUrl} alt={t('networks.logo.current')} data-testid="logo-preview" />
      ) : (
        <Paragraph mb="s">{t('networks.logo.none')}</Paragraph>
      )}
      <form onSubmit={upload.submit} noValidate data-testid="logo-form">
        <FormAlert message={upload.formError} />
        <LogoField upload={upload} />
        <ButtonRow>
          <SubmitButton pending={upload.pending}>{t('networks.logo.upload')}</SubmitButton>
          {network.logoUrl && (
            <Button
              variant="secondary"
              onClick={() =>
                remove.mutate(undefined, { onSuccess: () => setStatus(t('networks.logo.removed')) })
              }
            >
              {t('networks.logo.remove')}
            </Button>
          )}
        </ButtonRow>
      </form>
    </PageSection>
  );
}
