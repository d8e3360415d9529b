import { styled } from 'styled-components';
import { tokens } from '../lib/theme.ts';

/** Centres the page content with side padding. */
export const Container = styled.div`
  box-sizing: border-box;
  max-width: 1100px;
  margin: 0 auto;
  padding-left: ${tokens.space.m};
  padding-right: ${tokens.space.m};
`;
