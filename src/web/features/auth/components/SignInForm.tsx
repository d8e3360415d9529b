import { useState } from 'react';
import { styled } from 'styled-components';
import { Button, Paragraph } from 'suomifi-ui-components';
import { EmailForm } from '../../../components/form/EmailForm.tsx';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSignInWithMagicLink } from '../api/sign-in-with-magic-link.ts';
import { useSignInWithOidc } from '../api/sign-in-with-oidc.ts';

const Or = styled.p`
  ${tokens.type.body}
  color: ${tokens.text};
  margin: ${tokens.space.xl} 0 ${tokens.space.s};
`;

interface SignInFormProps {
  /** Where to land after signing in. */
  next: string;
  /** The organisation sign-in, if this installation has one. */
  oidc: { name: string } | null;
  /** Called after a link was sent. */
  onSent?: () => void;
}

/** E-mail link sign-in, and organisation sign-in when configured. */
export function SignInForm({ next, oidc, onSent }: SignInFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const magicLink = useSignInWithMagicLink();
  const organisation = useSignInWithOidc();
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function sendLink(email: string) {
    setSentTo(null);
    await magicLink.mutateAsync({ email, callbackURL: next, language });
    setSentTo(email);
    onSent?.();
  }

  return (
    <>
      <Paragraph mb="m">{t('auth.signIn.intro')}</Paragraph>
      <StatusMessage message={sentTo && t('auth.signIn.sent', { email: sentTo })} testId="sign-in-sent" />
      <EmailForm
        label={t('auth.signIn.email')}
        submitText={t('auth.signIn.submit')}
        onSubmit={sendLink}
        errorsByStatus={{ 429: t('auth.signIn.rateLimited') }}
      />
      {oidc && (
        <>
          <Or>{t('auth.signIn.or')}</Or>
          <FormAlert message={organisation.error ? requestErrorMessage(organisation.error, t) : null} />
          <Button variant="secondary" onClick={() => organisation.mutate(next)}>
            {t('auth.signIn.oidc', { name: oidc.name })}
          </Button>
        </>
      )}
    </>
  );
}
