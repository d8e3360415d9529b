import { styled } from 'styled-components';
import { tokens } from '../../../lib/theme.ts';

/** One part of the room (chat, questions, polls, hosting) on its white card. */
export const Panel = styled.section`
  background: ${tokens.surface};
  padding: ${tokens.space.s} ${tokens.space.s} ${tokens.space.m};

  @media (min-width: 40rem) {
    padding: ${tokens.space.m} ${tokens.space.l} ${tokens.space.l};
  }
`;

export const List = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`;

export const Item = styled.li`
  padding: ${tokens.space.s};
  @media (min-width: 40rem) {
    padding: ${tokens.space.s} ${tokens.space.m};
  }
  border-bottom: 1px solid ${tokens.borderLight};
  &:last-child {
    border-bottom: 0;
  }
`;

export const Empty = styled.p`
  ${tokens.type.body}
  color: ${tokens.text};
  margin: 0;
  padding: ${tokens.space.m};
`;

export const Notice = styled.p`
  ${tokens.type.bodySmall}
  margin: 0 0 ${tokens.space.xs};
`;
