import { styled } from 'styled-components';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { panelId, type RoomPart, tabId } from './room-parts.ts';

const List = styled.div`
  display: flex;
  gap: ${tokens.space.xxs};
  border-bottom: 2px solid ${tokens.highlight};
  margin-bottom: ${tokens.space.s};
`;

const Tab = styled.button`
  ${tokens.type.label}
  flex: 1 1 0;
  min-height: 44px;
  padding: ${tokens.space.xxs} ${tokens.space.xs};
  border: 1px solid ${tokens.borderLight};
  border-bottom: 0;
  background: ${tokens.surface};
  color: ${tokens.highlightDark};
  cursor: pointer;

  &[aria-selected='true'] {
    background: ${tokens.highlight};
    color: ${tokens.surface};
  }
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

const KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

interface RoomTabsProps {
  parts: RoomPart[];
  active: RoomPart;
  onSelect: (part: RoomPart) => void;
}

/**
 * On a narrow screen, one part of the room at a time (the WAI-ARIA tabs pattern): the tabs are one
 * Tab stop, the arrow keys, Home and End choose a part and show it at once.
 */
export function RoomTabs({ parts, active, onSelect }: RoomTabsProps) {
  const { t } = useTranslation();
  function onKeyDown(event: React.KeyboardEvent) {
    const step = KEYS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = parts[step(parts.indexOf(active), parts.length)] ?? active;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  }
  return (
    <List role="tablist" aria-label={t('live.parts.label')} onKeyDown={onKeyDown} data-testid="room-tabs">
      {parts.map((part) => (
        <Tab
          key={part}
          id={tabId(part)}
          type="button"
          role="tab"
          aria-selected={part === active}
          aria-controls={panelId(part)}
          tabIndex={part === active ? 0 : -1}
          onClick={() => onSelect(part)}
        >
          {t(`live.${part}.title`)}
        </Tab>
      ))}
    </List>
  );
}
