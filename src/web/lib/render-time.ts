import { useState, useSyncExternalStore } from 'react';

/**
 * The moment the page was rendered on the server, while the browser hydrates it; afterwards null.
 * Time-dependent text ("ended", "opens at …", "happening now") must read this moment on the first
 * render, or the browser's markup would differ from the server's and React would throw it away.
 */
let renderedAt: Date | null = null;

/** Set by the server renderer for one render, and by the browser before it hydrates. */
export function setRenderTime(moment: Date | null): void {
  renderedAt = moment;
}

/** "Now" for a component's first render: the server's render time while hydrating. */
export function firstRenderNow(): Date {
  return renderedAt ? new Date(renderedAt) : new Date();
}

/** The current moment as state: the render time on the first render, kept until `setNow`. */
export function useNow(): [Date, (moment: Date) => void] {
  return useState(firstRenderNow);
}

const noSubscription = () => () => {};

/**
 * False on the server and while the browser hydrates the server's markup, true afterwards: for
 * what only the browser knows (the visitor's time zone, the screen's width), shown after hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** True while the browser hydrates a server rendering (state read from the browser must wait). */
export function isHydrating(): boolean {
  return renderedAt !== null;
}
