/**
 * Preact (docs/decisions/0021), unlike React, hydrates a mismatch without a word: it replaces the
 * nodes and texts that differ from its first render. So the markup is compared before and after:
 * a difference is said on the console as React said a mismatch, and a test
 * (tests/e2e/server-rendering.test.ts) still finds it. (Comparing the markup, not the changes: Preact
 * splits a text the server sent as one, e.g. `Status: ` and the status, which changes no markup.)
 * Attributes Preact leaves as they are while hydrating, so a difference in them goes unseen.
 */
export function hydrateReportingMismatches(root: HTMLElement, hydrate: () => void): void {
  const before = root.innerHTML;
  hydrate();
  const after = root.innerHTML;
  if (after === before) return;
  let at = 0;
  while (before[at] === after[at]) at++;
  const from = Math.max(0, at - 80);
  console.error(
    `Hydration mismatch at ${at}: the server sent …${before.slice(from, at + 80)}…, the browser rendered …${after.slice(from, at + 80)}…`,
  );
}
