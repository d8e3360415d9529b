import { useId, useRef } from 'react';
import { styled } from 'styled-components';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useRovingFocus } from '../roving-focus.ts';
import { Notice } from './styles.ts';

const Scroller = styled.div`
  /* The messages' visually hidden texts are positioned within it, not far below the page. */
  position: relative;
  max-height: 28rem;
  min-height: 8rem;
  overflow-y: auto;
  border: 1px solid ${tokens.borderLight};

  /* Beside a video window the composer must stay in view: the list gives way. */
  @media (max-width: 40rem) {
    max-height: 20vh;
    min-height: 6rem;
  }

  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

const Region = styled.div`
  margin-bottom: ${tokens.space.m};
`;

/**
 * Seen while the keyboard is in the list, and always the list's description. Its place is kept
 * when unseen: appearing must not move the buttons under a pointer pressing one of them.
 */
const KeysHint = styled(Notice)`
  visibility: hidden;
  margin: ${tokens.space.xxs} 0 0;
  ${Region}:focus-within & {
    visibility: visible;
  }
`;

interface MessageRegionProps {
  label: string;
  scrollerRef?: React.RefObject<HTMLDivElement | null>;
  onScroll?: React.UIEventHandler<HTMLDivElement>;
  children: React.ReactNode;
}

/**
 * A scrolling list of messages that is one Tab stop: the arrow keys move between its links and
 * buttons (see useRovingFocus), so the composer after it is not dozens of Tabs away.
 */
export function MessageRegion({ label, scrollerRef, onScroll, children }: MessageRegionProps) {
  const { t } = useTranslation();
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = scrollerRef ?? ownRef;
  const roving = useRovingFocus(ref);
  const hintId = useId();
  return (
    <Region>
      <Scroller
        ref={ref}
        role="region"
        aria-label={label}
        aria-describedby={hintId}
        data-keeps-focus
        onScroll={onScroll}
        onFocus={roving.onFocus}
        onKeyDown={roving.onKeyDown}
      >
        {children}
      </Scroller>
      <KeysHint id={hintId}>{t('live.keys.hint')}</KeysHint>
    </Region>
  );
}
