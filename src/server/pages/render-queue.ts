import pLimit from 'p-limit';

/** Thrown when the queue is full: the page is not rendered, the reader is asked to try again. */
export class RenderQueueFull extends Error {
  constructor() {
    super('Too many pages are being rendered; try again in a moment');
  }
}

export interface RenderQueueLimits {
  /** Renderings at once (each holds a React tree and its answers in memory). */
  atOnce: number;
  /** Renderings that may wait for a turn; one more is refused. */
  waiting: number;
}

/**
 * Renders pages a few at a time. A cached page never waits here; a flood of addresses nobody has
 * read yet (each search is a page of its own) waits its turn instead of taking the memory, and
 * beyond `waiting` is refused at once with RenderQueueFull.
 */
export function createRenderQueue({ atOnce, waiting }: RenderQueueLimits) {
  const limit = pLimit(atOnce);
  return <T>(render: () => Promise<T>): Promise<T> => {
    if (limit.activeCount >= atOnce && limit.pendingCount >= waiting) {
      return Promise.reject(new RenderQueueFull());
    }
    return limit(render);
  };
}
