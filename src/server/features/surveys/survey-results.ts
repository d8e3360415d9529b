import { type Shown, suppressList } from '#server/platform/small-counts.ts';
import type { LocalizedText } from '#shared/common.ts';
import {
  type Answers,
  type AnswerValue,
  CANT_SAY,
  LIKERT_POINTS,
  NPS_POINTS,
  type Question,
  type QuestionResult,
  RATING_POINTS,
} from '#shared/surveys.ts';

/**
 * A survey's results, with the small-count rule applied to every published count. A summary that is
 * computed from the counts (a mean, the NPS categories) is a sum of them, so it would let a reader
 * solve for a hidden count: it is published only when the counts it sums are.
 */
type Point = { value: string; label?: LocalizedText };
type PointResult = { points: QuestionResult['points']; mean: number | null };

const NO_RESULT = { points: [], mean: null, nps: null, rows: [] };

const shownCount = (cell: Shown) => (cell.hidden ? null : cell.count);

/** The answers' values for one question. */
const valuesOf = (answers: Answers[], id: string) =>
  answers.map((a) => a[id]).filter((v): v is AnswerValue => v !== undefined);

function pointsOf(question: Question): Point[] {
  switch (question.type) {
    case 'nps':
      return NPS_POINTS.map((p) => ({ value: String(p) }));
    case 'likert':
    case 'likert-matrix':
      return [...LIKERT_POINTS.map((p) => ({ value: String(p) })), { value: CANT_SAY }];
    case 'rating':
      return RATING_POINTS.map((p) => ({ value: String(p) }));
    case 'single':
    case 'multiple':
      return question.options.map((o) => ({ value: o.id, label: o.text }));
    case 'text':
      return [];
  }
}

/**
 * Counts per point, hidden by the rule; the mean of the numeric points when none is hidden. The
 * counts of a single answer add up to n, which is published, so they are one list; the options of
 * a multiple choice do not, so each is a list of its own.
 */
function countPoints(points: Point[], values: AnswerValue[], minCount: number): PointResult {
  const counts = points.map(
    (p) => values.filter((v) => (Array.isArray(v) ? v.includes(p.value) : String(v) === p.value)).length,
  );
  const multiple = values.some(Array.isArray);
  const cells = multiple
    ? counts.flatMap((count) => suppressList([count], { minCount }).cells)
    : suppressList(counts, { minCount }).cells;
  const published = points.map((p, i) => ({ ...p, count: shownCount(cells[i] as Shown) }));
  const numeric = values.filter((v): v is number => typeof v === 'number');
  const anyHidden = cells.some((c) => c.hidden);
  const mean = numeric.length > 0 && !anyHidden ? numeric.reduce((s, v) => s + v, 0) / numeric.length : null;
  return { points: published, mean };
}

/**
 * The Net Promoter Score with its 95 % interval. The interval is the adjusted Wald interval
 * (Rocks 2016): three pseudo-answers, ¾ promoter, ¾ detractor and 1½ passive, keep it honest for
 * small n and for scores near ±100.
 */
export function netPromoterScore(scores: number[]) {
  const n = scores.length;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const adjusted = n + 3;
  const p = (promoters + 0.75) / adjusted;
  const d = (detractors + 0.75) / adjusted;
  const margin = 1.96 * Math.sqrt((p + d - (p - d) ** 2) / adjusted);
  const clamp = (x: number) => Math.max(-100, Math.min(100, Math.round(x * 1000) / 10));
  return {
    score: n === 0 ? 0 : Math.round(((promoters - detractors) / n) * 1000) / 10,
    low: clamp(p - d - margin),
    high: clamp(p - d + margin),
    promoters,
    passives: n - promoters - detractors,
    detractors,
  };
}

/**
 * NPS: the score and its interval for any n at or over the minimum. Its three groups and eleven
 * points are shown only when no group is small: with the score and n known, one group's count
 * would give the other two.
 */
function npsResult(question: Question, values: number[], minCount: number) {
  const nps = netPromoterScore(values);
  const small = [nps.detractors, nps.passives, nps.promoters].some((g) => g > 0 && g < minCount);
  const counts = { promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors };
  const hide = { promoters: null, passives: null, detractors: null };
  const ranges = [NPS_POINTS.slice(0, 7), NPS_POINTS.slice(7, 9), NPS_POINTS.slice(9)];
  const points = small
    ? pointsOf(question).map((p) => ({ ...p, count: null }))
    : ranges.flatMap(
        (range) =>
          countPoints(
            range.map((v) => ({ value: String(v) })),
            values.filter((v) => range.includes(v as never)),
            minCount,
          ).points,
      );
  return { points, mean: null, nps: { ...nps, ...(small ? hide : counts) }, rows: [] };
}

function matrixRows(
  question: Extract<Question, { type: 'likert-matrix' }>,
  values: AnswerValue[],
  minCount: number,
) {
  return question.rows.map((row) => {
    const given = values
      .map((v) => (v as Record<string, AnswerValue>)[row.id])
      .filter((v) => v !== undefined);
    const points = pointsOf(question);
    if (given.length < minCount)
      return {
        id: row.id,
        text: row.text,
        n: given.length === 0 ? 0 : null,
        points: points.map((p) => ({ ...p, count: given.length === 0 ? 0 : null })),
        mean: null,
      };
    return { id: row.id, text: row.text, n: given.length, ...countPoints(points, given, minCount) };
  });
}

/** One question's result from the answers of every version that asked it. */
export function questionResult(question: Question, answers: Answers[], minCount: number): QuestionResult {
  const values = valuesOf(answers, question.id);
  const n = values.length;
  const head = { id: question.id, type: question.type, core: question.core ?? null, text: question.text, n };
  if (n > 0 && n < minCount) return { ...head, n: null, ...NO_RESULT };
  if (n === 0 || question.type === 'text') return { ...head, ...NO_RESULT };
  if (question.type === 'nps') return { ...head, ...npsResult(question, values as number[], minCount) };
  if (question.type === 'likert-matrix') {
    return { ...head, ...NO_RESULT, rows: matrixRows(question, values, minCount) };
  }
  const { points, mean } = countPoints(pointsOf(question), values, minCount);
  return { ...head, points, mean, nps: null, rows: [] };
}
