import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { tokens } from '../../../lib/theme.ts';

/** One list or campaign among others. */
export const Card = styled.li`
  list-style: none;
  border: 1px solid ${tokens.borderLight};
  border-radius: 2px;
  background: ${tokens.surface};
  padding: ${tokens.space.m};
  margin: 0 0 ${tokens.space.s};
  max-width: 48rem;
  box-sizing: border-box;

  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

export const Cards = styled.ul`
  margin: 0 0 ${tokens.space.m};
  padding: 0;
`;

/** A line of small facts: "Finnish · On the interest form". */
export const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xxs} ${tokens.space.s};
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  margin: 0 0 ${tokens.space.xs};
`;

/** Counts as label–number pairs that wrap on a narrow screen. */
export const Counts = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xxs} ${tokens.space.m};
  margin: 0 0 ${tokens.space.s};
  ${tokens.type.bodySmall}

  div {
    display: flex;
    gap: ${tokens.space.xxs};
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
`;

/** A part inside a section, framed, e.g. one step of the import. */
export const Panel = styled.div`
  border-top: 1px solid ${tokens.borderLight};
  padding-top: ${tokens.space.m};
  margin-top: ${tokens.space.l};
`;

export const Tag = styled.span<{ $tone?: 'neutral' | 'good' | 'bad' | 'active' }>`
  display: inline-block;
  ${tokens.type.label}
  font-size: 14px;
  line-height: 1.4;
  border-radius: 12px;
  padding: 1px 10px;
  color: ${({ $tone }) => ($tone === 'neutral' || !$tone ? tokens.text : tokens.surface)};
  background: ${({ $tone }) =>
    $tone === 'good'
      ? tokens.success
      : $tone === 'bad'
        ? tokens.error
        : $tone === 'active'
          ? tokens.highlight
          : tokens.surfaceAlt};
  border: 1px solid
    ${({ $tone }) => ($tone === 'neutral' || !$tone ? tokens.border : 'transparent')};
`;

/** A native file input styled to sit with the Suomi.fi fields. */
export const FileInput = styled.input`
  ${tokens.type.body}
  display: block;
  max-width: 100%;
  padding: ${tokens.space.xs} 0;

  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  &[aria-invalid='true'] {
    outline: 2px solid ${tokens.error};
  }
`;

/** A heading that takes focus when its part of the page opens. */
export const FocusHeading = styled(Heading)`
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;
