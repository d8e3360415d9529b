import { Fragment } from 'react';
import { styled } from 'styled-components';
import { VisuallyHiddenText } from '../../components/VisuallyHiddenText.tsx';
import { tokens } from '../../lib/theme.ts';
import { useTranslation } from '../../lib/translation.tsx';
import { linkParts } from './link-parts.ts';

const A = styled.a`
  color: ${tokens.highlightDark};
  overflow-wrap: anywhere;
`;

/** Message text as React text nodes, with http(s) addresses as links that open in a new tab. */
export function LinkifiedText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      {linkParts(text).map((part, index) =>
        part.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <A key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
            <VisuallyHiddenText> {t('live.newTab')}</VisuallyHiddenText>
          </A>
        ),
      )}
    </>
  );
}
