import { styled } from 'styled-components';
import { tokens } from '../../../../lib/theme.ts';

/** One question: a rule above it, so a long form reads as a list of questions; red beside it when refused. */
export const QuestionBlock = styled.div<{ $invalid: boolean }>`
  border-top: 1px solid ${tokens.borderLight};
  padding-top: ${tokens.space.m};
  max-width: 48rem;
  ${({ $invalid }) =>
    $invalid
      ? `border-left: 4px solid ${tokens.error}; padding-left: ${tokens.space.s}; box-sizing: border-box;`
      : ''}

  & > fieldset {
    margin-bottom: ${tokens.space.l};
  }
`;

export const Required = styled.span`
  ${tokens.type.body}
  color: ${tokens.muted};
`;

/** Without JavaScript every question is shown: a conditional one says when to answer it. */
export const ConditionNote = styled.p`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  background: ${tokens.surfaceAlt};
  border-left: 4px solid ${tokens.highlight};
  margin: 0 0 ${tokens.space.s};
  padding: ${tokens.space.xxs} ${tokens.space.xs};
`;

/** A matrix's row: a group of its own inside the question's. */
export const RowFieldset = styled.fieldset`
  border: 0;
  margin: 0 0 ${tokens.space.m};
  padding: 0 0 0 ${tokens.space.s};
  border-left: 2px solid ${tokens.borderLight};
  min-width: 0;

  & > legend {
    ${tokens.type.body}
    color: ${tokens.text};
    padding: 0;
    margin-bottom: ${tokens.space.xxs};
  }
`;

/** A native radio button or checkbox before its label, the label free to wrap. */
export const Choice = styled.label`
  display: flex;
  align-items: flex-start;
  gap: ${tokens.space.xs};
  padding: ${tokens.space.xxs} 0;
  ${tokens.type.body}
  color: ${tokens.text};
  cursor: pointer;

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
  input[aria-invalid='true']:not(:focus-visible) {
    box-shadow: 0 0 0 2px ${tokens.error};
  }
  input[type='radio'] {
    border-radius: 50%;
  }
`;

/**
 * A Likert scale: one under another on a phone, side by side from left (disagree) to right
 * (agree) on a wider screen, "can't say" set apart.
 */
export const Scale = styled.div`
  display: grid;
  gap: ${tokens.space.xxs};

  @media (min-width: 40rem) {
    grid-template-columns: repeat(5, minmax(0, 1fr)) minmax(0, 1.2fr);
    gap: ${tokens.space.xs};

    & > label {
      flex-direction: column;
      align-items: center;
      text-align: center;
      ${tokens.type.bodySmall}
    }
    & > label:last-child {
      border-left: 1px solid ${tokens.borderLight};
    }
  }
`;

export const ChoiceList = styled.div`
  display: grid;
  gap: ${tokens.space.xxs};
`;

/** The form's message, as wide as the questions; it takes the focus when no answer can. */
export const FormMessage = styled.div`
  max-width: 48rem;

  & > [role='alert']:not(:empty) {
    margin-bottom: ${tokens.space.m};
  }
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;
