// How the demo's synthetic answers are drawn: a seeded generator and columns of answers with a
// given shape (an NPS, a mean, shares), so a small meeting still shows the shape it was given.
import { CANT_SAY } from '#shared/surveys.ts';

export type Random = () => number;

/** mulberry32: a tiny seeded generator, so every installation's demo shows the same figures. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function shuffled<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** One of `values`, drawn by `weights`. */
export function pick<T>(random: Random, values: readonly T[], weights: readonly number[]): T {
  let r = random() * sum(weights);
  for (const [i, value] of values.entries()) {
    r -= weights[i] ?? 0;
    if (r < 0) return value;
  }
  return values.at(-1) as T;
}

/** `n` split by `weights` (largest remainder). */
export function quota(weights: readonly number[], n: number): number[] {
  const total = sum(weights);
  const exact = weights.map((w) => (w / total) * n);
  const counts = exact.map(Math.floor);
  const left = n - sum(counts);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder.slice(0, left)) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

/**
 * Folds counts of 1 … minCount − 1 into their neighbour towards the most common point: the
 * small-count rule would hide them, and with them the mean the results and the trend show.
 */
export function publishable(counts: number[], minCount = 5): number[] {
  if (sum(counts) < minCount) return counts;
  const out = [...counts];
  // Each fold empties a cell or moves its count a step nearer the largest; bounded all the same.
  for (let step = 0; step < 100; step++) {
    const mode = out.indexOf(Math.max(...out));
    const small = out.flatMap((c, i) => (c > 0 && c < minCount && i !== mode ? [i] : []));
    const i = small.sort((a, b) => (out[a] ?? 0) - (out[b] ?? 0))[0];
    if (i === undefined) return out;
    const j = i + Math.sign(mode - i);
    out[j] = (out[j] ?? 0) + (out[i] ?? 0);
    out[i] = 0;
  }
  return out.map((_, i) => (i === out.indexOf(Math.max(...out)) ? sum(out) : 0));
}

/** Weights of the points 1–5 around a centre, found (by bisection) so that their mean is `mean`. */
function likertWeights(mean: number, spread = 1.3): number[] {
  const at = (centre: number) =>
    [1, 2, 3, 4, 5].map((p) => Math.exp(-((p - centre) ** 2) / (2 * spread ** 2)));
  const meanAt = (centre: number) => sum(at(centre).map((w, i) => w * (i + 1))) / sum(at(centre));
  let [low, high] = [-3, 9];
  for (let k = 0; k < 40; k++) {
    const middle = (low + high) / 2;
    if (meanAt(middle) < mean) low = middle;
    else high = middle;
  }
  return at((low + high) / 2);
}

const repeated = <T>(values: readonly T[], counts: readonly number[]): T[] =>
  values.flatMap((value, i) => Array.from({ length: counts[i] ?? 0 }, () => value));

/** `n` answers with about this mean; "can't say" only when its share is large enough to publish. */
export function likertAnswers(random: Random, n: number, mean: number, cantSay = 0): (number | string)[] {
  const unsure = Math.round(n * cantSay) >= 5 ? Math.round(n * cantSay) : 0;
  const points = repeated([1, 2, 3, 4, 5], publishable(quota(likertWeights(mean), n - unsure)));
  return shuffled(random, [...points, ...repeated([CANT_SAY], [unsure])]);
}

/** `n` scores 0–10 whose NPS is about `nps`; fewer passives as opinions settle. */
export function npsAnswers(random: Random, n: number, nps: number): number[] {
  const passives = 0.3 - 0.08 * Math.max(0, nps / 50);
  const share = nps / 100;
  const groups = quota([(1 - passives - share) / 2, passives, (1 - passives + share) / 2], n);
  const within = [
    { points: [0, 1, 2, 3, 4, 5, 6], weights: [1, 1, 2, 3, 6, 14, 23] },
    { points: [7, 8], weights: [45, 55] },
    { points: [9, 10], weights: [55, 45] },
  ];
  const scores = within.flatMap(({ points, weights }, g) =>
    Array.from({ length: groups[g] ?? 0 }, () => pick(random, points, weights)),
  );
  return shuffled(random, scores);
}

/** `n` answers of one choice, split by `weights`. */
export const choiceAnswers = (
  random: Random,
  n: number,
  ids: readonly string[],
  weights: readonly number[],
) => shuffled(random, repeated(ids, quota(weights, n)));

/** `n` people's choices of one to `max` options each, more popular options more often. */
export function multipleAnswers(
  random: Random,
  n: number,
  options: readonly { id: string; weight: number }[],
  max: number,
): string[][] {
  return Array.from({ length: n }, () => {
    const left = [...options];
    const wanted = 1 + Math.floor(random() * max);
    const chosen: string[] = [];
    while (chosen.length < wanted && left.length > 0) {
      const weights = left.map((o) => o.weight);
      const option = pick(random, left, weights);
      chosen.push(option.id);
      left.splice(left.indexOf(option), 1);
    }
    return options.flatMap((o) => (chosen.includes(o.id) ? [o.id] : []));
  });
}

/** A column of `n` respondents' answers: the given ones placed at random, the rest not answered. */
export function column<T>(random: Random, n: number, given: T[]): (T | undefined)[] {
  const all: (T | undefined)[] = given.slice(0, n);
  while (all.length < n) all.push(undefined);
  return shuffled(random, all);
}
