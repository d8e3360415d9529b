import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { fieldId, requestErrorMessage } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useDeleteAccount } from '../api/delete-account.ts';

const CONFIRM_FIELD = 'confirmEmail';

/** Deleting the account takes a second step: typing one's own e-mail address. */
export function DeleteAccountSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const deleteAccount = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) document.getElementById(fieldId(CONFIRM_FIELD))?.focus();
    else if (opened.current) startRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (deleteAccount.isPending) return;
    const matches = typed.trim().toLowerCase() === email.toLowerCase();
    setMismatch(!matches);
    if (matches) deleteAccount.mutate();
    else document.getElementById(fieldId(CONFIRM_FIELD))?.focus();
  }

  if (!confirming) {
    return (
      <>
        <Paragraph mb="m">{t('profile.delete.text')}</Paragraph>
        <Button variant="secondary" ref={startRef} onClick={() => setConfirming(true)}>
          {t('profile.delete.start')}
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate data-testid="delete-account-form">
      <Paragraph mb="m">{t('profile.delete.text')}</Paragraph>
      <FormAlert message={deleteAccount.error ? requestErrorMessage(deleteAccount.error, t) : null} />
      <TextField
        name={CONFIRM_FIELD}
        type="email"
        autoComplete="off"
        labelText={t('profile.delete.confirmLabel', { email })}
        value={typed}
        onChange={setTyped}
        errors={mismatch ? { [CONFIRM_FIELD]: t('profile.delete.mismatch') } : {}}
        required
      />
      <ButtonRow>
        <SubmitButton pending={deleteAccount.isPending}>{t('profile.delete.confirm')}</SubmitButton>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
