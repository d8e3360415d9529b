import { styled } from 'styled-components';
import { tokens } from '../../lib/theme.ts';

/** A search or filter form: its fields side by side while they fit, the button last in the row. */
export const FilterForm = styled.form`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  gap: 0 ${tokens.space.m};
  align-items: end;
  max-width: 60rem;
  margin-bottom: ${tokens.space.s};
  & > :last-child {
    margin-bottom: ${tokens.space.l};
  }
`;
