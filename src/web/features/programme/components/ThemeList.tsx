import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { Theme } from '#shared/events.ts';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useReorderThemes } from '../api/reorder-themes.ts';
import { ThemeItem } from './ThemeItem.tsx';

const List = styled.ol`
  list-style: none;
  padding: 0;
  margin: 0 0 ${tokens.space.l};
  max-width: 48rem;
`;

const Item = styled.li<{ $dragging: boolean }>`
  border: 1px solid ${tokens.border};
  border-left: 6px solid ${tokens.highlight};
  background: ${tokens.surface};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin-bottom: ${tokens.space.s};
  cursor: grab;
  opacity: ${({ $dragging }) => ($dragging ? 0.5 : 1)};
`;

function moved(ids: string[], id: string, to: number): string[] {
  const rest = ids.filter((x) => x !== id);
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

/**
 * The themes' order: the one being saved until the server answers, then the server's. After a
 * move by keyboard the focus follows the theme to its new place, and every move is announced.
 */
function useThemeOrder(network: string, themes: Theme[]) {
  const { t } = useTranslation();
  const reorder = useReorderThemes(network);
  const [order, setOrder] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const pick = useLocalized();
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const ids = (order ?? themes.map((theme) => theme.id)).filter((id) => byId.has(id));

  useEffect(() => {
    if (!focus) return;
    const item = listRef.current?.querySelector(`[data-theme="${focus.id}"]`);
    const button = item?.querySelector<HTMLButtonElement>('[data-move="up"]:not([disabled])');
    (button ?? item?.querySelector<HTMLButtonElement>('[data-move="down"]'))?.focus();
  }, [focus]);

  function moveTo(id: string, to: number, keyboard: boolean) {
    if (to < 0 || to >= ids.length) return;
    const next = moved(ids, id, to);
    setOrder(next);
    if (keyboard) setFocus({ id, n: Date.now() });
    const theme = byId.get(id);
    const title = theme ? pick(theme.title).text : '';
    setAnnouncement(t('programme.themes.moved', { title, position: to + 1, count: ids.length }));
    reorder.mutate(next, { onSuccess: () => setOrder(null), onError: () => setOrder(null) });
  }

  return { ids, byId, listRef, announcement, error: reorder.error, moveTo };
}

/** Drag and drop: the props of each list item, so a theme dropped on another takes its place. */
function useThemeDrag(moveTo: (id: string, to: number, keyboard: boolean) => void) {
  const [dragged, setDragged] = useState<string | null>(null);
  return (id: string, index: number) => ({
    draggable: true,
    $dragging: dragged === id,
    onDragStart: (event: React.DragEvent) => {
      setDragged(id);
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
    },
    onDragEnd: () => setDragged(null),
    onDragOver: (event: React.DragEvent) => event.preventDefault(),
    onDrop: (event: React.DragEvent) => {
      event.preventDefault();
      if (dragged && dragged !== id) moveTo(dragged, index, false);
      setDragged(null);
    },
  });
}

/** The themes in order; drag one to move it, or use its Move up / Move down buttons. */
export function ThemeList({ network, themes }: { network: string; themes: Theme[] }) {
  const { t } = useTranslation();
  const { ids, byId, listRef, announcement, error, moveTo } = useThemeOrder(network, themes);
  const dragProps = useThemeDrag(moveTo);

  if (ids.length === 0) return <Paragraph mb="l">{t('programme.themes.none')}</Paragraph>;
  return (
    <>
      <Paragraph mb="s">{t('programme.themes.orderHint')}</Paragraph>
      <div role="status" data-testid="theme-order-status">
        {announcement}
      </div>
      {error && <Paragraph role="alert">{requestErrorMessage(error, t)}</Paragraph>}
      <List ref={listRef} aria-label={t('programme.themes.listLabel')} data-testid="theme-list">
        {ids.map((id, index) => (
          <Item key={id} data-theme={id} {...dragProps(id, index)}>
            <ThemeItem
              network={network}
              theme={byId.get(id) as Theme}
              position={index}
              count={ids.length}
              onMove={(themeId, by) => moveTo(themeId, index + by, true)}
            />
          </Item>
        ))}
      </List>
    </>
  );
}
