// What the browser's and the server renderer's builds load for `react` (vite.config.ts aliases it):
// Preact's React compatibility layer, about a sixth of react-dom's size (docs/decisions/0021).
// The app and its libraries are still typed against React's own types (this file is JavaScript:
// preact/compat's types cannot be re-exported with `export *`).
export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * React 19's `useOptimistic`, which preact/compat lacks. react-router imports it (for a form's
 * optimistic state during a navigation, which this app does not use): no optimistic state, the
 * state as it is.
 */
export function useOptimistic(state) {
  return [state, () => {}];
}
