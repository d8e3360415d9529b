import { css, styled } from 'styled-components';
import { tokens } from '../../lib/theme.ts';

/** Label, hint and error text styled like the Suomi.fi form components. */
export const FieldLabel = styled.label`
  display: block;
  ${tokens.type.label}
  color: ${tokens.text};
  margin-bottom: ${tokens.space.xs};
`;

export const Hint = styled.span`
  display: block;
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  margin: -${tokens.space.xxs} 0 ${tokens.space.xs};
`;

export const ErrorText = styled.span`
  display: block;
  ${tokens.type.label}
  color: ${tokens.error};
  margin-top: ${tokens.space.xxs};
`;

export const Fieldset = styled.fieldset`
  border: 0;
  max-width: 48rem;
  margin: 0 0 ${tokens.space.l};
  padding: 0;
  min-width: 0;

  & > legend {
    ${tokens.type.semiBold}
    color: ${tokens.text};
    padding: 0;
    margin-bottom: ${tokens.space.xs};
  }
`;

export const controlStyles = css`
  ${tokens.type.body}
  font-size: 16px;
  color: ${tokens.text};
  background: ${tokens.surface};
  border: 1px solid ${tokens.border};
  border-radius: 2px;
  min-height: 40px;
  padding: 7px 10px;
  box-sizing: border-box;

  &[aria-invalid='true'] {
    border: 2px solid ${tokens.error};
  }
`;

/** Vertical rhythm between fields. */
export const FieldGroup = styled.div`
  max-width: 48rem;
  margin-bottom: ${tokens.space.l};
`;

export const ButtonRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.s};
  align-items: center;
  margin-top: ${tokens.space.m};
`;

/** A native radio button or checkbox with its label, styled like the Suomi.fi ones. */
export const ChoiceLabel = styled.label`
  display: flex;
  align-items: center;
  gap: ${tokens.space.xs};
  ${tokens.type.body}
  color: ${tokens.text};
  cursor: pointer;

  input {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: ${tokens.highlight};
  }
  input:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

/** A native checkbox beside its own label element (which may hold more than text). */
export const ChoiceRow = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${tokens.space.xs};

  input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 2px 0 0;
    accent-color: ${tokens.highlight};
  }
  input:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  label {
    ${tokens.type.body}
    color: ${tokens.text};
    cursor: pointer;
  }
`;

/** A file input, as wide as the other controls. */
export const FileInput = styled.input`
  ${controlStyles}
  display: block;
  width: 100%;
`;
