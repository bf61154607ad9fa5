/**
 * Sobol' sensitivity of one outcome: for each parameter, its first-order index S1 (variance
 * explained by the parameter alone) and total index ST (alone or with others) as bars, with
 * bootstrap 95% intervals as rules. ST − S1 is the share owed to interactions.
 */
import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, type ChartMeta } from './frame.js';

export interface SobolBarRow {
  readonly parameter: string;
  readonly index: 'first-order (S1)' | 'total (ST)';
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface SobolChartOptions {
  readonly outcome: string;
  /** What the outcome is, in words. */
  readonly description: string;
  readonly subtitle: string;
  /** Parameter order: as given. */
  readonly parameters: readonly string[];
}

const INDEX_ORDER = ['first-order (S1)', 'total (ST)'];

export function sobolIndicesChart(rows: readonly SobolBarRow[], options: SobolChartOptions, meta: ChartMeta): TopLevelSpec {
  const numbers = rows.flatMap((r) => [r.estimate, r.lower, r.upper]).filter((v): v is number => v !== null);
  const domain = [Math.min(0, ...numbers), Math.max(1, ...numbers)];
  const y = { field: 'parameter', type: 'nominal', title: 'parameter', sort: options.parameters, axis: { labelLimit: 320 } };
  const x = { type: 'quantitative', title: `share of the variance of ${options.outcome} (Sobol' index)`, scale: { domain, nice: false } };
  const color = { field: 'index', type: 'nominal', title: 'index', sort: INDEX_ORDER, scale: { domain: INDEX_ORDER, range: ['#4393c3', '#d6604d'] }, legend: { orient: 'bottom' } };
  const yOffset = { field: 'index', type: 'nominal', sort: INDEX_ORDER };
  return asSpec({
    ...frame(meta, `Sobol' sensitivity of ${options.outcome}: ${options.description}`, options.subtitle),
    width: 520,
    height: { step: 26 },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.85 },
        encoding: {
          y,
          yOffset,
          x: { ...x, field: 'estimate' },
          color,
          tooltip: [
            { field: 'parameter', type: 'nominal', title: 'parameter' },
            { field: 'index', type: 'nominal', title: 'index' },
            { field: 'estimate', type: 'quantitative', title: 'estimate', format: '.3f' },
            { field: 'lower', type: 'quantitative', title: '95% lower', format: '.3f' },
            { field: 'upper', type: 'quantitative', title: '95% upper', format: '.3f' },
          ],
        },
      },
      { mark: { type: 'rule', color: '#222222', strokeWidth: 1.5 }, encoding: { y, yOffset, x: { ...x, field: 'lower' }, x2: { field: 'upper' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888888' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  });
}
