import { styled } from 'styled-components';
import { ErrorText } from '../../../../components/form/fieldStyles.ts';
import { PrivacyNoticeLink } from '../../../../components/PrivacyNoticeLink.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';

const ConsentBox = styled.fieldset`
  border: 1px solid ${tokens.border};
  border-radius: 2px;
  background: ${tokens.surface};
  max-width: 48rem;
  box-sizing: border-box;
  margin: 0 0 ${tokens.space.l};
  padding: ${tokens.space.s} ${tokens.space.m} ${tokens.space.m};
  min-width: 0;

  & > legend {
    ${tokens.type.semiBold}
    background: ${tokens.surface};
    padding: 0 ${tokens.space.xxs};
  }
`;

const ConsentText = styled.p`
  ${tokens.type.body}
  margin: 0 0 ${tokens.space.s};
`;

const Agree = styled.div`
  display: flex;
  align-items: center;
  gap: ${tokens.space.xs};
  input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: ${tokens.highlight};
  }
  input:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  label {
    ${tokens.type.semiBold}
    cursor: pointer;
  }
`;

/** The consent text and the box that agrees to it; an error names what is missing. */
export function ConsentField({
  network,
  checked,
  onChange,
  error,
}: {
  /** Whose privacy notice the text links to. */
  network: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const consentId = fieldId('consent');
  return (
    <ConsentBox>
      <legend>{t('outreachPage.interest.consentLegend')}</legend>
      <ConsentText id="consent-text">{t('outreach.consent')}</ConsentText>
      <ConsentText>
        <PrivacyNoticeLink network={network} />
      </ConsentText>
      <Agree>
        <input
          id={consentId}
          name="consent"
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={['consent-text', error && `${consentId}-error`].filter(Boolean).join(' ')}
        />
        <label htmlFor={consentId}>{t('outreachPage.interest.consentAgree')}</label>
      </Agree>
      {error && <ErrorText id={`${consentId}-error`}>{error}</ErrorText>}
    </ConsentBox>
  );
}
