import { styled } from 'styled-components';
import { controlStyles, Fieldset } from '../../../../components/form/fieldStyles.ts';
import { tokens } from '../../../../lib/theme.ts';

export const Select = styled.select`
  ${controlStyles}
  display: block;
  width: 100%;
  max-width: 40rem;
`;

/** The composer stands out from the list of campaigns around it. */
export const Frame = styled.form`
  border: 2px solid ${tokens.highlight};
  border-radius: 2px;
  background: ${tokens.surface};
  padding: ${tokens.space.m};
  margin: 0 0 ${tokens.space.l};
  max-width: 52rem;
  box-sizing: border-box;

  @media (max-width: 40rem) {
    padding: ${tokens.space.s};
    margin-left: -${tokens.space.xs};
    margin-right: -${tokens.space.xs};
  }
`;

export const Schedule = styled(Fieldset)`
  margin-top: ${tokens.space.l};

  & > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${tokens.space.m};
    align-items: flex-end;
  }
  & > div > div {
    margin-bottom: ${tokens.space.s};
  }
`;

/** The main subject and message; the space under the group is the fieldset's own. */
export const MainText = styled(Fieldset)`
  & > :last-child {
    margin-bottom: 0;
  }
`;
