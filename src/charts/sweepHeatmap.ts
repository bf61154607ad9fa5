/**
 * Chart 8, sweep heatmap (for `brink sweep`): an outcome over two parameters. Without options
 * it draws a probability with its value in each cell; `brink sweep` passes options that add
 * each cell's 95% interval under its value, axis titles that say what a parameter means, the
 * design as a second subtitle line, and a colour scale for outcomes that are not probabilities.
 */
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

export interface SweepHeatmapOptions {
  /** Second subtitle line (the design). */
  readonly subtitle?: string;
  /** Axis titles (default: the paths); several strings are several lines. */
  readonly xTitle?: string | readonly string[];
  readonly yTitle?: string | readonly string[];
  /** Print each cell's interval under its value, where cells are large enough. */
  readonly showIntervals?: boolean;
  /** False for outcomes that are not probabilities (means, medians): own colour domain and number format. */
  readonly probability?: boolean;
  /** Colour legend title (default "probability"). */
  readonly legendTitle?: string;
}

const fmt = (v: number) => String(Math.round(v * 1e4) / 1e4);

export function sweepHeatmap(
  cells: readonly SweepCell[],
  axes: { readonly x: string; readonly y: string; readonly outcome: string },
  meta: ChartMeta,
  options?: SweepHeatmapOptions,
): TopLevelSpec {
  const xCount = new Set(cells.map((c) => c.x)).size;
  const yCount = new Set(cells.map((c) => c.y)).size;
  const xStep = Math.max(36, Math.min(72, Math.floor(480 / Math.max(1, xCount))));
  const yStep = Math.max(24, Math.min(48, Math.floor(320 / Math.max(1, yCount))));
  const probability = options?.probability ?? true;
  const valueFormat = probability ? '.0%' : '.3~r';
  const intervals = options?.showIntervals === true && xStep >= 44 && yStep >= 30;
  const rows = cells.map((c) => ({
    ...c,
    xLabel: fmt(c.x),
    yLabel: fmt(c.y),
    ...(intervals ? { interval: probability ? `${Math.round(c.lower * 100)}–${Math.round(c.upper * 100)}%` : '' } : {}),
  }));
  const xs = [...new Set(cells.map((c) => c.x))].sort((a, b) => a - b).map(fmt);
  const ys = [...new Set(cells.map((c) => c.y))].sort((a, b) => b - a).map(fmt);
  const values = cells.map((c) => c.p);
  const colorScale = probability ? { domain: [0, 1], scheme: 'viridis' } : { domain: [Math.min(...values), Math.max(...values)], scheme: 'viridis' };
  // Dark text on the light (upper) half of viridis, light text on the dark half.
  const middle = probability ? 0.5 : (Math.min(...values) + Math.max(...values)) / 2;
  const textColor = { condition: { test: `datum.p > ${middle}`, value: '#000000' }, value: '#ffffff' };
  const format = probability ? '.1%' : '.3~f';
  return asSpec({
    ...frame(meta, `${axes.outcome} over ${axes.x} × ${axes.y}`, options?.subtitle),
    width: { step: xStep },
    height: { step: yStep },
    data: { values: rows },
    encoding: {
      x: { field: 'xLabel', type: 'ordinal', title: options?.xTitle ?? axes.x, sort: xs, axis: { grid: false, labelAngle: 0 } },
      y: { field: 'yLabel', type: 'ordinal', title: options?.yTitle ?? axes.y, sort: ys, axis: { grid: false } },
    },
    layer: [
      {
        mark: 'rect',
        encoding: {
          color: {
            field: 'p',
            type: 'quantitative',
            title: options?.legendTitle ?? 'probability',
            scale: colorScale,
            // Outcome names as legend titles are longer than Vega's default limit.
            legend: options?.legendTitle === undefined ? { format: valueFormat } : { format: valueFormat, titleLimit: 320 },
          },
          tooltip: [
            { field: 'x', type: 'quantitative', title: axes.x },
            { field: 'y', type: 'quantitative', title: axes.y },
            { field: 'p', type: 'quantitative', title: axes.outcome, format },
            ...(probability
              ? [
                  { field: 'lower', type: 'quantitative', title: '95% lower', format },
                  { field: 'upper', type: 'quantitative', title: '95% upper', format },
                ]
              : []),
            { field: 'runs', type: 'quantitative', title: 'runs' },
          ],
        },
      },
      {
        mark: intervals ? { type: 'text', fontSize: 11, dy: -6 } : { type: 'text', fontSize: 9 },
        encoding: { text: { field: 'p', type: 'quantitative', format: valueFormat }, color: textColor },
      },
      ...(intervals && probability ? [{ mark: { type: 'text', fontSize: 8, dy: 8 }, encoding: { text: { field: 'interval', type: 'nominal' }, color: textColor } }] : []),
    ],
  });
}
