import { styled } from 'styled-components';
import { ChoiceRow } from '../../../../components/form/fieldStyles.ts';
import { tokens } from '../../../../lib/theme.ts';

export const EditorForm = styled.form`
  max-width: 52rem;
`;

/** Questions and choices are numbered by their place; the number is in each heading and label. */
export const PlainList = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`;

/** One question: a core item is marked by a thicker brand-coloured edge besides its tag. */
export const QuestionCard = styled.li<{ $core: boolean }>`
  border: 1px solid ${tokens.borderLight};
  border-left: ${({ $core }) => ($core ? `6px solid ${tokens.brand}` : `1px solid ${tokens.borderLight}`)};
  border-radius: 2px;
  background: ${tokens.surface};
  padding: ${tokens.space.m};
  margin: 0 0 ${tokens.space.m};

  @media (max-width: 40rem) {
    padding: ${tokens.space.s};
  }
`;

/** An open card's fields, under its buttons. */
export const CardBody = styled.div`
  border-top: 1px solid ${tokens.borderLight};
  margin-top: ${tokens.space.m};
  padding-top: ${tokens.space.m};
`;

export const CardHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${tokens.space.xs} ${tokens.space.s};
  margin-bottom: ${tokens.space.xs};

  h4:focus {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

export const CoreTag = styled.span`
  ${tokens.type.label}
  color: ${tokens.text};
  background: ${tokens.surfaceAlt};
  border: 1px solid ${tokens.borderLight};
  border-radius: 12px;
  padding: 0 ${tokens.space.s};
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs};
  margin-top: ${tokens.space.s};
`;

/** A choice in the question's list: its texts, then its buttons. */
export const ChoiceItem = styled.li`
  border-left: 3px solid ${tokens.borderLight};
  padding-left: ${tokens.space.s};
  margin-bottom: ${tokens.space.m};

  & > fieldset {
    margin-bottom: ${tokens.space.xs};
  }
`;

/** The values a condition can name, side by side where they fit. */
export const ValueGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  gap: ${tokens.space.xs} ${tokens.space.m};
`;

/** Adding a question: a panel of its own under the list, apart from saving. */
export const AddPanel = styled.div`
  border: 1px dashed ${tokens.border};
  border-radius: 2px;
  padding: ${tokens.space.m};
  margin-bottom: ${tokens.space.l};

  & > div {
    margin-bottom: ${tokens.space.s};
  }
`;

/** A note in smaller type, such as why a type stays. */
export const Note = styled.p`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  margin: 0 0 ${tokens.space.m};
`;

/** The anonymity choice, with the space of a field under it. */
export const ChoiceBlock = styled.div`
  margin-bottom: ${tokens.space.l};
`;

/** A checkbox with the space of a field under it. */
export const CheckboxField = styled(ChoiceRow)`
  margin-bottom: ${tokens.space.l};
`;
