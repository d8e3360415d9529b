import { useState } from 'react';

/** Runs the composer's actions one at a time, naming the running one; each clears the last notice. */
export function useOneAtATime<Kind extends string>() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(kind: Kind, action: () => Promise<void>) {
    if (busy) return;
    setBusy(kind);
    setNotice(null);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  }

  return { busy, notice, setNotice, run };
}
