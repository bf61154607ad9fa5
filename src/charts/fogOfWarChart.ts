/**
 * Chart 6, fog of war: per side, the distribution over runs of enemy-claimed deaths divided by
 * true deaths (log scale), with observed claim/admission ratios as rules: those passed in (a
 * targets file's chartObservations, observed.ts) for the states the scenario has.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ModelParams } from '../model/types.js';
import { binValue, RATIO_BINNING } from '../sim/binning.js';
import type { EnsembleTallies } from '../sim/tallies.js';
import { asSpec, frame, type ChartMeta } from './frame.js';
import type { ObservedClaimRatios } from './observed.js';
import { STATE_COLORS } from './theme.js';

export function fogOfWarChart(params: ModelParams, tallies: EnsembleTallies, meta: ChartMeta, observedRatios?: ObservedClaimRatios): TopLevelSpec {
  const stateIds = params.states.map((s) => s.id);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < 2; i += 1) {
    const counts = tallies.histogram('claimRatio', i);
    let total = 0;
    for (let b = 1; b < counts.length; b += 1) total += counts[b]!;
    // Four fine bins (1/64 octave each) per drawn bar keeps the shape and the log axis readable.
    for (let b = 1; b < counts.length; b += 4) {
      let runs = 0;
      for (let k = b; k < Math.min(b + 4, counts.length); k += 1) runs += counts[k]!;
      if (runs === 0) continue;
      rows.push({ state: stateIds[i], from: binValue(RATIO_BINNING, b) * 2 ** (-0.5 / 64), to: binValue(RATIO_BINNING, Math.min(b + 3, counts.length - 1)) * 2 ** (0.5 / 64), runs, share: runs / total });
    }
  }
  const observed = (observedRatios?.ratios ?? []).filter((o) => stateIds.includes(o.state));
  const color = { field: 'state', type: 'nominal', title: 'deaths in', scale: { domain: stateIds, range: [...STATE_COLORS] } };
  const x = { type: 'quantitative', title: 'deaths claimed by the enemy ÷ true deaths (log scale)', scale: { type: 'log' } };
  return asSpec({
    ...frame(meta, 'Fog of war: how far claims exceed true deaths, per side', observed.length > 0 ? `rules: observed claims ÷ admissions, ${observedRatios!.when}` : undefined),
    width: 600,
    height: 240,
    layer: [
      {
        data: { values: rows },
        mark: { type: 'rect', opacity: 0.7 },
        encoding: {
          x: { ...x, field: 'from' },
          x2: { field: 'to' },
          y: { field: 'share', type: 'quantitative', title: 'share of runs', axis: { format: '.0%' } },
          color,
          tooltip: [
            { field: 'state', type: 'nominal', title: 'deaths in' },
            { field: 'from', type: 'quantitative', title: 'ratio from', format: '.2f' },
            { field: 'to', type: 'quantitative', title: 'ratio to', format: '.2f' },
            { field: 'runs', type: 'quantitative', title: 'runs' },
          ],
        },
      },
      {
        data: { values: observed },
        mark: { type: 'rule', strokeDash: [6, 3], strokeWidth: 2 },
        encoding: {
          x: { ...x, field: 'ratio' },
          color,
          tooltip: [
            { field: 'label', type: 'nominal', title: 'observed' },
            { field: 'ratio', type: 'quantitative', title: 'ratio', format: '.1f' },
          ],
        },
      },
    ],
  });
}
