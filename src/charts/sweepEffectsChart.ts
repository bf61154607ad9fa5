/**
 * Sweep over several parameters, or a sampled design: one panel per parameter with the
 * outcome at every point against that parameter's value (a scatter of main effects; the
 * spread at a value is what the other parameters do). Probabilities carry their Wilson 95%
 * interval as a thin rule.
 */
import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, type ChartMeta } from './frame.js';

export interface SweepEffectsRow {
  /** The panel: a parameter's path. */
  readonly parameter: string;
  /** That parameter's value at the point. */
  readonly x: number;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly point: number;
  readonly runs: number;
}

export interface EffectsPanel {
  readonly path: string;
  /** The panel's x-axis title: the path and what it means (several strings: several lines). */
  readonly title: string | readonly string[];
  readonly integer: boolean;
}

export interface SweepEffectsOptions {
  /** The outcome's name, for tooltips. */
  readonly outcome: string;
  /** The y-axis title, with its unit. */
  readonly yTitle: string;
  readonly probability: boolean;
  readonly title: string;
  readonly subtitle: string;
  /** One panel per parameter, in the order given. */
  readonly panels: readonly EffectsPanel[];
}

const COLUMNS = 3;

export function sweepEffectsChart(rows: readonly SweepEffectsRow[], options: SweepEffectsOptions, meta: ChartMeta): TopLevelSpec {
  const format = options.probability ? '.1%' : '.3~f';
  const many = rows.length > 60 * options.panels.length;
  const withIntervals = rows.some((r) => r.lower !== null);
  const panel = (p: EffectsPanel, n: number) => {
    const x = { field: 'x', type: 'quantitative', title: p.title, scale: { zero: false }, axis: p.integer ? { tickMinStep: 1, format: 'd' } : {} };
    // The y axis is titled once per row of panels.
    const y = {
      type: 'quantitative',
      title: n % COLUMNS === 0 ? options.yTitle : null,
      ...(options.probability ? { scale: { domain: [0, 1] }, axis: { format: '.0%' } } : {}),
    };
    return {
      width: 280,
      height: 220,
      transform: [{ filter: { field: 'parameter', equal: p.path } }],
      layer: [
        ...(withIntervals ? [{ mark: { type: 'rule', color: '#4393c3', opacity: many ? 0.15 : 0.4 }, encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' } } }] : []),
        {
          mark: { type: 'point', filled: true, color: '#2166ac', size: many ? 12 : 30, opacity: many ? 0.5 : 0.85 },
          encoding: {
            x,
            y: { ...y, field: 'value' },
            tooltip: [
              { field: 'point', type: 'quantitative', title: 'point' },
              { field: 'x', type: 'quantitative', title: p.path },
              { field: 'value', type: 'quantitative', title: options.outcome, format },
              ...(withIntervals
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
    };
  };
  return asSpec({
    ...frame(meta, options.title, options.subtitle),
    data: { values: rows },
    columns: Math.min(COLUMNS, options.panels.length),
    concat: options.panels.map(panel),
    resolve: { scale: { y: 'shared' } },
    spacing: 24,
  });
}
