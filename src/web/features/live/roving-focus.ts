import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef } from 'react';

const CONTROLS = 'a[href], button:not([disabled])';
/** An inline confirmation (ConfirmAction's group) keeps its own Tab order: it takes focus itself. */
const OWN_TAB_ORDER = '[role="group"]';

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Roving tabindex over every link and button inside `container` (the WAI-ARIA toolbar pattern):
 * the whole list is one Tab stop, the arrow keys, Home and End move between its controls. The
 * stop stays on the control last used, else the newest one, and is set again after every render
 * since messages come and go. Without any control, the container itself is the Tab stop, so
 * that the list can still be scrolled by keyboard.
 */
export function useRovingFocus(container: RefObject<HTMLElement | null>) {
  const current = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const root = container.current;
    const controls = controlsIn(root);
    if (root) root.tabIndex = controls.length > 0 ? -1 : 0;
    const stop = controls.includes(current.current as HTMLElement) ? current.current : controls.at(-1);
    for (const control of controls) control.tabIndex = control === stop ? 0 : -1;
  });

  function onFocus(event: { target: EventTarget }) {
    if (event.target instanceof Element && event.target.matches(CONTROLS)) current.current = event.target;
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = STEPS[event.key];
    const controls = controlsIn(container.current);
    const index = controls.indexOf(event.target as HTMLElement);
    if (!step || index < 0) return;
    event.preventDefault();
    const next = controls[step(index, controls.length)];
    for (const control of controls) control.tabIndex = control === next ? 0 : -1;
    next?.focus();
  }

  return { onFocus, onKeyDown };
}

function controlsIn(root: HTMLElement | null): HTMLElement[] {
  const all = root ? [...root.querySelectorAll<HTMLElement>(CONTROLS)] : [];
  return all.filter((control) => !control.closest(OWN_TAB_ORDER));
}
