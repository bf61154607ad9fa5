/** Chart 8, sweep heatmap (for `brink sweep`): an outcome probability over two parameters. */
import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, type ChartMeta } from './frame.js';

export interface SweepCell {
  readonly x: number;
  readonly y: number;
  readonly p: number;
  readonly lower: number;
  readonly upper: number;
  readonly runs: number;
}

export function sweepHeatmap(cells: readonly SweepCell[], axes: { readonly x: string; readonly y: string; readonly outcome: string }, meta: ChartMeta): TopLevelSpec {
  const fmt = (v: number) => String(Math.round(v * 1e4) / 1e4);
  const rows = cells.map((c) => ({ ...c, xLabel: fmt(c.x), yLabel: fmt(c.y) }));
  const xs = [...new Set(cells.map((c) => c.x))].sort((a, b) => a - b).map(fmt);
  const ys = [...new Set(cells.map((c) => c.y))].sort((a, b) => b - a).map(fmt);
  return asSpec({
    ...frame(meta, `${axes.outcome} over ${axes.x} × ${axes.y}`),
    width: { step: Math.max(36, Math.min(72, Math.floor(480 / Math.max(1, new Set(cells.map((c) => c.x)).size)))) },
    height: { step: Math.max(24, Math.min(48, Math.floor(320 / Math.max(1, new Set(cells.map((c) => c.y)).size)))) },
    data: { values: rows },
    encoding: {
      x: { field: 'xLabel', type: 'ordinal', title: axes.x, sort: xs, axis: { grid: false, labelAngle: 0 } },
      y: { field: 'yLabel', type: 'ordinal', title: axes.y, sort: ys, axis: { grid: false } },
    },
    layer: [
      {
        mark: 'rect',
        encoding: {
          color: { field: 'p', type: 'quantitative', title: 'probability', scale: { domain: [0, 1], scheme: 'viridis' }, legend: { format: '.0%' } },
          tooltip: [
            { field: 'x', type: 'quantitative', title: axes.x },
            { field: 'y', type: 'quantitative', title: axes.y },
            { field: 'p', type: 'quantitative', title: axes.outcome, format: '.1%' },
            { field: 'lower', type: 'quantitative', title: '95% lower', format: '.1%' },
            { field: 'upper', type: 'quantitative', title: '95% upper', format: '.1%' },
            { field: 'runs', type: 'quantitative', title: 'runs' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 9 },
        encoding: {
          text: { field: 'p', type: 'quantitative', format: '.0%' },
          color: { condition: { test: 'datum.p > 0.5', value: '#000000' }, value: '#ffffff' },
        },
      },
    ],
  });
}
