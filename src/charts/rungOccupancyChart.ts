/**
 * Rung occupancy: for each state, the share of runs at each rung on each day, as a heatmap. A fan
 * of quantiles suits a continuous measure; a rung is discrete, and a median rung can sit where
 * few runs are. The heatmap shows where the runs actually are, bimodal days included.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ModelParams } from '../model/types.js';
import type { EnsembleTallies } from '../sim/tallies.js';
import { asSpec, dayAxisTitle, frame, rungLabelExpr, type ChartMeta } from './frame.js';
import { WIDTH } from './theme.js';

/** The share of runs at each (day, state, rung), leaving out empty cells. */
export function rungOccupancyRows(params: ModelParams, tallies: EnsembleTallies): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const runs = tallies.runs;
  if (runs === 0) return rows;
  for (let day = 0; day < tallies.days; day += 1) {
    for (let i = 0; i < 2; i += 1) {
      const counts = tallies.histogram('rungByDay', day * 2 + i);
      for (let rung = 0; rung < counts.length; rung += 1) {
        const count = counts[rung]!;
        if (count > 0) rows.push({ day, end: day + 1, state: params.states[i as 0 | 1].id, rung, rungName: params.ladder.name[rung], runs: count, share: count / runs });
      }
    }
  }
  return rows;
}

export function rungOccupancyChart(params: ModelParams, tallies: EnsembleTallies, meta: ChartMeta): TopLevelSpec {
  const rows = rungOccupancyRows(params, tallies);
  const x = { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, params.days] } } as const;
  const panel = (state: string) => ({
    width: WIDTH,
    height: 18 * (params.ladder.top + 1),
    title: `${state}: share of runs at each rung, per day`,
    transform: [{ filter: { field: 'state', equal: state } }],
    mark: { type: 'rect' },
    encoding: {
      x,
      x2: { field: 'end' },
      y: { field: 'rung', type: 'ordinal', title: 'escalation rung', sort: 'descending', scale: { domain: Array.from({ length: params.ladder.top + 1 }, (_, r) => r).reverse() }, axis: { labelExpr: rungLabelExpr(params.ladder.name), labelLimit: 320 } },
      color: { field: 'share', type: 'quantitative', title: 'share of runs', scale: { scheme: 'blues', domain: [0, 1] }, legend: { format: '.0%' } },
      tooltip: [
        { field: 'day', type: 'quantitative', title: 'day' },
        { field: 'state', type: 'nominal', title: 'state' },
        { field: 'rungName', type: 'nominal', title: 'rung' },
        { field: 'runs', type: 'quantitative', title: 'runs' },
        { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
      ],
    },
  });
  return asSpec({
    ...frame(meta, `Rung occupancy across ${tallies.runs.toLocaleString('en-US')} runs: the share of runs at each rung per day`),
    data: { values: rows },
    vconcat: params.states.map((state) => panel(state.id)),
  });
}
