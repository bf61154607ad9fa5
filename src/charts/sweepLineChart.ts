/**
 * Sweep over one parameter: each outcome as a line over the parameter's values, with its 95%
 * interval as a band (Wilson intervals for probabilities; none for medians and means).
 */
import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, type ChartMeta } from './frame.js';
import { WIDTH } from './theme.js';

export interface SweepLineRow {
  /** The parameter's value at the point. */
  readonly x: number;
  /** The outcome's label (one line per label). */
  readonly outcome: string;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly runs: number;
  readonly point: number;
}

export interface SweepLineOptions {
  /** The parameter's path, for the title and tooltips. */
  readonly parameter: string;
  /** The x-axis title: the path and what it means, with its unit (several strings: several lines). */
  readonly xTitle: string | readonly string[];
  /** The y-axis title, with its unit. */
  readonly yTitle: string;
  /** Probabilities get a 0–100% axis. */
  readonly probability: boolean;
  /** Whole-number parameters get whole-number ticks. */
  readonly integer: boolean;
  readonly title: string;
  /** Second subtitle line: the design (points, runs per point). */
  readonly subtitle: string;
}

export function sweepLineChart(rows: readonly SweepLineRow[], options: SweepLineOptions, meta: ChartMeta): TopLevelSpec {
  const format = options.probability ? '.1%' : '.3~f';
  const x = { field: 'x', type: 'quantitative', title: options.xTitle, scale: { zero: false, nice: false }, axis: options.integer ? { tickMinStep: 1, format: 'd' } : {} };
  const y = {
    type: 'quantitative',
    title: options.yTitle,
    ...(options.probability ? { scale: { domain: [0, 1] }, axis: { format: '.0%' } } : {}),
  };
  const single = new Set(rows.map((r) => r.outcome)).size === 1;
  const color = {
    field: 'outcome',
    type: 'nominal',
    title: null,
    sort: null,
    // One outcome is named by the axis title: no legend.
    legend: single ? null : { orient: 'bottom', columns: 2, labelLimit: 360, symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1 },
  };
  const withBands = rows.some((r) => r.lower !== null);
  return asSpec({
    ...frame(meta, options.title, options.subtitle),
    width: WIDTH,
    height: 320,
    data: { values: rows },
    layer: [
      ...(withBands ? [{ mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' }, color } }] : []),
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'value' }, color } },
      {
        mark: { type: 'point', filled: true, size: 36 },
        encoding: {
          x,
          y: { ...y, field: 'value' },
          color,
          tooltip: [
            { field: 'point', type: 'quantitative', title: 'point' },
            { field: 'x', type: 'quantitative', title: options.parameter },
            { field: 'outcome', type: 'nominal', title: 'outcome' },
            { field: 'value', type: 'quantitative', title: 'value', format },
            ...(withBands
              ? [
                  { field: 'lower', type: 'quantitative', title: '95% lower', format },
                  { field: 'upper', type: 'quantitative', title: '95% upper', format },
                ]
              : []),
            { field: 'runs', type: 'quantitative', title: 'runs' },
          ],
        },
      },
    ],
  });
}
