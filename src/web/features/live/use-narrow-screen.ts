import { useSyncExternalStore } from 'react';

/** As wide as a browser beside a video call's window, or a phone: 40rem (640 px) and below. */
const NARROW = '(max-width: 40rem)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the room is shown narrow, following the window as it is resized. */
export function useNarrowScreen(): boolean {
  // The server renders the wide layout; a narrow browser switches after hydration.
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
