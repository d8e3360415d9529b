import { useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { tokens } from '../../../lib/theme.ts';
import type { Bar } from '../charts/bar-chart.ts';

const ROW_HEIGHT = 32;

const Box = styled.div`
  width: 100%;
  min-width: 0;
`;

/** Draws once ECharts has loaded (a chunk of its own), and again when the figures change. */
function useBars(bars: Bar[], hiddenText: string) {
  const ref = useRef<HTMLDivElement>(null);
  const figures = JSON.stringify([bars, hiddenText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `figures` stands for the bars' values
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let remove: (() => void) | null = null;
    let current = true;
    void import('../charts/bar-chart.ts').then(({ drawBarChart }) => {
      if (!current) return;
      const font = getComputedStyle(element).fontFamily;
      const look = { hiddenText, font, bar: tokens.highlight, text: tokens.text, line: tokens.border };
      remove = drawBarChart(element, bars, look);
    });
    return () => {
      current = false;
      remove?.();
    };
  }, [figures]);
  return ref;
}

type Props = { bars: Bar[]; label: string; hiddenText: string };

/**
 * Horizontal bars, one per point or option. Named by its figures (`label`, e.g. "Answers: 1: 0,
 * 2: < 5 …") so that it stands on its own, it is hidden from assistive technology all the same:
 * the table beside it reads out the same figures.
 */
export function BarChart({ bars, label, hiddenText }: Props) {
  const ref = useBars(bars, hiddenText);
  return (
    <Box
      ref={ref}
      role="img"
      aria-label={label}
      aria-hidden="true"
      data-testid="results-chart"
      style={{ height: bars.length * ROW_HEIGHT + 8 }}
    />
  );
}
