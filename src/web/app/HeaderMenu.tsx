import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';

/** Where the header's tools fold into the menu. */
export const NARROW = '(max-width: 767px)';

const Disclosure = styled.details`
  position: relative;
  /* Wide screens show the tools in the row; the menu button is only for browsers that cannot. */
  @supports selector(::details-content) {
    @media (min-width: 768px) {
      & > summary {
        display: none;
      }
      &::details-content {
        content-visibility: visible;
        display: contents;
      }
    }
  }
`;

const Button = styled.summary`
  ${tokens.type.label}
  display: inline-flex;
  align-items: center;
  gap: ${tokens.space.xs};
  min-height: 40px;
  box-sizing: border-box;
  padding: 8px 14px;
  border: 1px solid ${tokens.highlight};
  border-radius: 2px;
  color: ${tokens.highlight};
  background: ${tokens.surface};
  cursor: pointer;
  list-style: none;
  &::-webkit-details-marker {
    display: none;
  }
  &::before {
    content: '';
    width: 16px;
    height: 12px;
    background: linear-gradient(currentColor 0 0) top / 100% 2px no-repeat,
      linear-gradient(currentColor 0 0) center / 100% 2px no-repeat,
      linear-gradient(currentColor 0 0) bottom / 100% 2px no-repeat;
  }
  [open] > &::before {
    background: linear-gradient(45deg, transparent 45%, currentColor 45% 55%, transparent 55%),
      linear-gradient(-45deg, transparent 45%, currentColor 45% 55%, transparent 55%);
  }
`;

const Panel = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.s} ${tokens.space.xl};
  @media ${NARROW} {
    position: absolute;
    right: 0;
    top: calc(100% + ${tokens.space.xs});
    z-index: 10;
    flex-direction: column;
    align-items: flex-start;
    box-sizing: border-box;
    width: max-content;
    max-width: calc(100vw - 2 * ${tokens.space.m});
    & ul {
      flex-direction: column;
      align-items: flex-start;
    }
    padding: ${tokens.space.m};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
  }
`;

/**
 * The header's tools: in the row on a wide screen, behind a menu button on a phone. A `<details>`
 * opens without JavaScript; with it, Escape closes the menu and gives focus back to its button,
 * and a new page closes it.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const { key } = useLocation();
  useEffect(() => {
    if (key && ref.current) ref.current.open = false;
  }, [key]);
  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== 'Escape' || !ref.current?.open) return;
    ref.current.open = false;
    ref.current.querySelector('summary')?.focus();
  }
  return (
    <Disclosure ref={ref} onToggle={() => setOpen(ref.current?.open ?? false)} onKeyDown={onKeyDown}>
      <Button aria-expanded={open} data-testid="header-menu-button">
        {t('header.menu')}
      </Button>
      <Panel data-testid="header-menu">{children}</Panel>
    </Disclosure>
  );
}
