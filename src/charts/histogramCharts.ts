/** Chart 5, peak rung and bouts: how high runs climbed, and how many bouts they fought. */
import type { TopLevelSpec } from 'vega-lite';
import type { ModelParams } from '../model/types.js';
import type { EnsembleTallies } from '../sim/tallies.js';
import { asSpec, frame, type ChartMeta } from './frame.js';

function shares(counts: ArrayLike<number>, runs: number, label: (value: number) => string): Record<string, unknown>[] {
  let last = counts.length - 1;
  while (last > 0 && counts[last] === 0) last -= 1;
  return Array.from({ length: last + 1 }, (_, value) => ({ value, label: label(value), runs: counts[value]!, share: runs === 0 ? 0 : counts[value]! / runs }));
}

function histogram(meta: ChartMeta, title: string, rows: Record<string, unknown>[], xTitle: string, color: string): TopLevelSpec {
  return asSpec({
    ...frame(meta, title),
    width: 460,
    height: 240,
    data: { values: rows },
    mark: { type: 'bar', color },
    encoding: {
      x: { field: 'label', type: 'ordinal', title: xTitle, sort: null, axis: { labelAngle: 0, labelLimit: 160 } },
      y: { field: 'share', type: 'quantitative', title: 'share of runs', axis: { format: '.0%' } },
      tooltip: [
        { field: 'label', type: 'nominal', title: xTitle },
        ...(rows[0]?.name === undefined ? [] : [{ field: 'name', type: 'nominal', title: 'rung name' }]),
        { field: 'runs', type: 'quantitative', title: 'runs' },
        { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
      ],
    },
  });
}

export function peakRungChart(params: ModelParams, tallies: EnsembleTallies, meta: ChartMeta): TopLevelSpec {
  const rows = shares(tallies.histogram('peakRung'), tallies.runs, (rung) => `${rung}`);
  return histogram(meta, 'Peak rung: the highest rung either state reached in a run', rows.map((r) => ({ ...r, name: params.ladder.name[r.value as number] })), 'peak rung', '#b2182b');
}

export function boutsChart(tallies: EnsembleTallies, meta: ChartMeta): TopLevelSpec {
  const rows = shares(tallies.histogram('bouts'), tallies.runs, (count) => `${count}`);
  return histogram(meta, 'Bouts per run: runs of kinetic days (≤ 3 quiet days inside)', rows, 'bouts in the run', '#2166ac');
}
