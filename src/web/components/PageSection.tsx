import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { tokens } from '../lib/theme.ts';

const Section = styled.section<{ $flush?: boolean }>`
  margin-top: ${({ $flush }) => ($flush ? '0' : tokens.space.xxl)};
`;

/** A titled part of a page: an h2 that also names the section for screen readers. */
export function PageSection(props: {
  id: string;
  title: string;
  headingSpace?: 's' | 'm';
  /** No space above: the section starts a column or a card. */
  flush?: boolean;
  children: ReactNode;
}) {
  return (
    <Section aria-labelledby={props.id} $flush={props.flush}>
      <Heading variant="h2" id={props.id} mb={props.headingSpace ?? 's'}>
        {props.title}
      </Heading>
      {props.children}
    </Section>
  );
}
