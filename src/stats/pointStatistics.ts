/**
 * What a sweep keeps of one design point's ensemble: its counted outcomes (integers, so Wilson
 * intervals can be recomputed anywhere) and its medians and means. Small: this is what the
 * point cache and points.ndjson hold, not the tallies.
 *
 * @example pointStatistics(params, tallies) // { runs: 200, counts: { pWar: 31, … }, values: { medianPeakRung: 6, … } }
 */
import type { ModelParams } from '../model/types.js';
import type { Histograms } from './histograms.js';
import { kaplanMeier } from './kaplanMeier.js';
import { outcomeDistributions, outcomeProbabilities } from './summarizeEnsemble.js';
import { COUNTED_OUTCOMES } from './sweepOutcomes.js';

export interface PointStatistics {
  readonly runs: number;
  /** Runs with each counted outcome (the k of k/runs), by name. */
  readonly counts: Readonly<Record<string, number>>;
  /** Medians and means by name, in column order; null where undefined. */
  readonly values: Readonly<Record<string, number | null>>;
}

export function pointStatistics(params: ModelParams, tallies: Histograms): PointStatistics {
  const probabilities = outcomeProbabilities(tallies);
  const counts: Record<string, number> = {};
  for (const outcome of COUNTED_OUTCOMES) counts[outcome.name] = probabilities.find((p) => p.outcome === outcome.source)!.k;
  const d = outcomeDistributions(params, tallies);
  const km = kaplanMeier(tallies.histogram('ceasefireFromT0'), tallies.histogram('censoredFromT0'));
  const values: Record<string, number | null> = {
    medianPeakRung: d.peakRung!.p50,
    meanPeakRung: d.peakRung!.mean,
    medianBouts: d.bouts!.p50,
    meanBouts: d.bouts!.mean,
    meanBoutPeakRung: d.boutPeakRung!.mean,
    medianBoutGap: d.boutGap!.p50,
    medianT0ToCeasefire: km.median,
    medianBorderClosedDays: d.borderClosedDays!.p50,
    meanBorderClosedDays: d.borderClosedDays!.mean,
  };
  let meanDeaths: number | null = 0;
  for (const state of params.states) {
    const deaths = d[`${state.id}.trueDeaths`]!;
    values[`medianDeaths_${state.id}`] = deaths.p50;
    meanDeaths = deaths.mean === null || meanDeaths === null ? null : meanDeaths + deaths.mean;
  }
  values.meanDeaths = meanDeaths;
  return { runs: tallies.runs, counts, values };
}
