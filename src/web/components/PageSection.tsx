import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { tokens } from '../lib/theme.ts';

const Section = styled.section`
  margin-top: ${tokens.space.xxl};
`;

/** A titled part of a page: an h2 that also names the section for screen readers. */
export function PageSection(props: {
  id: string;
  title: string;
  headingSpace?: 's' | 'm';
  children: ReactNode;
}) {
  return (
    <Section aria-labelledby={props.id}>
      <Heading variant="h2" id={props.id} mb={props.headingSpace ?? 's'}>
        {props.title}
      </Heading>
      {props.children}
    </Section>
  );
}
