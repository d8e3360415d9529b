import { describe, expect, it } from 'vitest';
import { createRenderQueue, RenderQueueFull } from './render-queue.ts';

/** A rendering that ends when the test says so. */
function deferred() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { done, finish };
}

describe('the render queue', () => {
  it('renders a few at a time, lets some wait, and refuses the rest until a turn is free', async () => {
    const run = createRenderQueue({ atOnce: 2, waiting: 1 });
    const started: number[] = [];
    const renderings = [0, 1, 2].map(() => deferred());
    const results = renderings.map((rendering, i) =>
      run(async () => {
        started.push(i);
        await rendering.done;
        return i;
      }),
    );
    await expect(run(async () => 'one too many')).rejects.toBeInstanceOf(RenderQueueFull);
    await Promise.resolve();
    expect(started).toEqual([0, 1]);

    renderings[0]?.finish();
    expect(await results[0]).toBe(0);
    await expect.poll(() => started).toEqual([0, 1, 2]);
    // A turn is free again: a new rendering waits instead of being refused.
    const next = run(async () => 'next');
    for (const rendering of renderings) rendering.finish();
    expect(await Promise.all([...results, next])).toEqual([0, 1, 2, 'next']);
  });

  it('frees the turn of a rendering that fails', async () => {
    const run = createRenderQueue({ atOnce: 1, waiting: 0 });
    await expect(run(async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await run(async () => 'after')).toBe('after');
  });
});
