/**
 * Horizontal bar charts with ECharts, imported only through a dynamic import from BarChart.tsx: the
 * library (its core, the bar series, the grid and the SVG renderer) is a chunk of its own that only
 * the organisers' results page loads.
 */
import { BarChart as BarSeries, type BarSeriesOption } from 'echarts/charts';
import { type GridComponentOption, GridSimpleComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarSeries, GridSimpleComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption>;

/** One bar: a hidden count (null) has no bar, only `hiddenText` where its end would be. */
export interface Bar {
  label: string;
  count: number | null;
}

export interface BarLook {
  hiddenText: string;
  bar: string;
  text: string;
  line: string;
  font: string;
}

/** The category labels take at most this share of the width; the table beside has them in full. */
const LABEL_SHARE = 0.4;
/** The page's small body text size: ECharts' own 12 px is too small to read. */
const FONT_SIZE = 14;

function optionOf(bars: Bar[], look: BarLook, width: number): Option {
  const max = Math.max(1, ...bars.map((b) => b.count ?? 0));
  return {
    animation: false,
    textStyle: { fontFamily: look.font, fontSize: FONT_SIZE, color: look.text },
    grid: { left: 0, right: 48, top: 4, bottom: 4 },
    xAxis: { type: 'value', min: 0, max, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: look.line } },
      axisLabel: {
        color: look.text,
        fontSize: FONT_SIZE,
        width: Math.round(width * LABEL_SHARE),
        overflow: 'truncate',
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: look.bar },
        label: { show: true, position: 'right', color: look.text, fontSize: FONT_SIZE },
        data: bars.map((b) =>
          b.count === null ? { value: 0, label: { formatter: look.hiddenText } } : { value: b.count },
        ),
      },
    ],
  };
}

/** Draws the bars into `element`, redrawn to its width; returns what removes them. */
export function drawBarChart(element: HTMLElement, bars: Bar[], look: BarLook): () => void {
  const chart = init(element, null, { renderer: 'svg' });
  const draw = () => chart.setOption(optionOf(bars, look, element.clientWidth));
  draw();
  const observer = new ResizeObserver(() => {
    chart.resize();
    draw();
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    chart.dispose();
  };
}
