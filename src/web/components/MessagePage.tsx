import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { PageTitle } from './PageTitle.tsx';

/** A page that only explains something: a heading, a text and an optional action. */
export function MessagePage({
  title,
  text,
  children,
}: {
  title: string;
  text: string;
  children?: ReactNode;
}) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph mb="m">{text}</Paragraph>
      {children}
    </>
  );
}
