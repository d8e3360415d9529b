import { useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';

const Done = styled.div`
  border-left: 4px solid ${tokens.success};
  background: ${tokens.surfaceAlt};
  padding: ${tokens.space.m};
  max-width: 45rem;

  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

/**
 * Checks the answer once the form has been sent: the focus moves here, so it is read out. Posted
 * without JavaScript, the page that says so comes from the server and has no address to name.
 */
export function CheckYourEmail({ email, back }: { email: string | null; back: React.ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Done data-testid="interest-done">
      <Heading variant="h2" mb="s" tabIndex={-1} ref={ref}>
        {t('outreachPage.interest.doneHeading')}
      </Heading>
      <Paragraph mb="s">
        {email ? t('outreachPage.interest.doneText', { email }) : t('outreachPage.interest.doneTextPosted')}
      </Paragraph>
      <Paragraph mb="m">{t('outreachPage.interest.doneNothingYet')}</Paragraph>
      {back}
    </Done>
  );
}
