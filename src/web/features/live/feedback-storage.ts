import type { CardMemory } from './feedback-card.ts';

const key = (network: string, event: string) => `verkosto.feedback.${network}.${event}`;

type Which = 'local' | 'session';
// Reading the storage itself can throw too (storage blocked), so it is reached inside the try.
const storageOf = (which: Which): Storage => (which === 'local' ? localStorage : sessionStorage);

function read(which: Which, name: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storageOf(which).getItem(name) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function write(which: Which, name: string, value: Record<string, unknown>): void {
  try {
    storageOf(which).setItem(name, JSON.stringify(value));
  } catch {}
}

/**
 * What this browser remembers of a meeting's feedback card. "Not now" is kept in local storage,
 * so the card stays away in a new tab too; the continuation (which can change the answers) only
 * for this tab's session, as the room's own token is, so the next person at a shared computer
 * cannot use it.
 */
export const feedbackStorage = {
  get(network: string, event: string): CardMemory {
    const name = key(network, event);
    const { dismissed } = read('local', name);
    const { continuation, alreadyAnswered } = read('session', name);
    return {
      dismissed: dismissed === true,
      continuation: typeof continuation === 'string' ? continuation : undefined,
      alreadyAnswered: alreadyAnswered === true,
    };
  },
  set(network: string, event: string, memory: CardMemory): void {
    const name = key(network, event);
    if (memory.dismissed) write('local', name, { dismissed: true });
    const { continuation, alreadyAnswered } = memory;
    if (continuation || alreadyAnswered) write('session', name, { continuation, alreadyAnswered });
  },
};
