import { styled } from 'styled-components';
import { tokens } from '../lib/theme.ts';

/** A wide table scrolls sideways on a narrow screen; the region can be scrolled by keyboard. */
export const TableScroll = styled.div`
  overflow-x: auto;
  max-width: 100%;
  margin-bottom: ${tokens.space.l};
  background:
    linear-gradient(to right, ${tokens.surface} 30%, transparent) left / 2rem 100% no-repeat local,
    linear-gradient(to left, ${tokens.surface} 30%, transparent) right / 2rem 100% no-repeat local,
    linear-gradient(to right, rgb(0 0 0 / 0.15), transparent) left / 0.75rem 100% no-repeat scroll,
    linear-gradient(to left, rgb(0 0 0 / 0.15), transparent) right / 0.75rem 100% no-repeat scroll
    ${tokens.surface};

  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

/** A table inside TableScroll, whose background shows a shadow on the side that scrolls further. */
export const Table = styled.table`
  border-collapse: collapse;
  width: 100%;
  ${tokens.type.bodySmall}

  caption {
    ${tokens.type.semiBold}
    text-align: left;
    padding-bottom: ${tokens.space.xs};
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: ${tokens.space.xs};
    border-bottom: 1px solid ${tokens.borderLight};
  }
  th {
    font-weight: 600;
    white-space: nowrap;
  }
  td {
    overflow-wrap: break-word;
    min-width: 7rem;
  }
  td:first-child {
    min-width: 0;
  }
  td.wide {
    min-width: 14rem;
  }
`;
