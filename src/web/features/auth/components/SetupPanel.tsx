import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { Block, Heading, Paragraph } from 'suomifi-ui-components';
import { SetupClaimSchema } from '#shared/auth.ts';
import { useCurrentUser } from '../../../api/get-session.ts';
import { OneFieldForm } from '../../../components/form/OneFieldForm.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useClaimSetup } from '../api/claim-setup.ts';

const Panel = styled(Block)`
  border-top: 4px solid ${tokens.highlight};
  background: ${tokens.secondary};
  margin-bottom: ${tokens.space.xl};
`;

/** The setup code from the server's log; done, the front page says so (its `adminClaimed` notice). */
function SetupCodeForm() {
  const { t } = useTranslation();
  const claim = useClaimSetup();
  const navigate = useNavigate();
  return (
    <OneFieldForm
      name="code"
      schema={SetupClaimSchema.shape.code}
      label={t('home.setup.codeLabel')}
      hint={t('home.setup.codeHint')}
      submitText={t('home.setup.submit')}
      autoComplete="off"
      fieldError={t('home.setup.wrongCode')}
      errorsByStatus={{ 409: t('home.setup.taken') }}
      onSubmit={async (code) => {
        await claim.mutateAsync(code);
        await navigate('/', { replace: true, state: { notice: 'adminClaimed' } });
      }}
    />
  );
}

/**
 * First-run panel while the installation has no admin: signing in alone makes nobody admin, so a
 * signed-in person enters the setup code that only the server's operator can read.
 */
export function SetupPanel() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Panel variant="section" padding="l" aria-labelledby="setup-heading" data-testid="setup-panel">
      <Heading variant="h2" id="setup-heading" mb="s">
        {t('home.setup.heading')}
      </Heading>
      <Paragraph mb="m">{user ? t('home.setup.signedInText') : t('home.setup.text')}</Paragraph>
      {user ? <SetupCodeForm /> : <ButtonLink to="/sign-in">{t('home.setup.action')}</ButtonLink>}
    </Panel>
  );
}
