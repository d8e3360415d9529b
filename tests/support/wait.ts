import { BUDGET } from './budget.ts';

/**
 * Something tests wait on that says when it changes (frames arriving on a socket, messages at an
 * SMTP server): a wait looks again on each change instead of polling, and gives up only after the
 * suite's wait budget, saying what it waited for and what it saw.
 */
export class Changes {
  #waiters = new Set<() => void>();

  /** Wakes every wait, which then looks again. */
  notify(): void {
    for (const wake of this.#waiters) wake();
    this.#waiters.clear();
  }

  /**
   * The first value other than undefined that `look` returns; `explain` says what was missing.
   * `ms`: for what a process of its own does, BUDGET.process.
   */
  async until<T>(look: () => T | undefined, explain: () => string, ms: number = BUDGET.wait): Promise<T> {
    const timeout = AbortSignal.timeout(ms);
    for (;;) {
      const value = look();
      if (value !== undefined) return value;
      if (timeout.aborted) throw new Error(`${explain()} (waited ${ms} ms)`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          timeout.removeEventListener('abort', wake);
          this.#waiters.delete(wake);
          resolve();
        };
        this.#waiters.add(wake);
        timeout.addEventListener('abort', wake, { once: true });
      });
    }
  }
}
