/**
 * One number from the per-run observations of a measure, over a chosen set of runs (all of
 * them, or a bootstrap resample): the measure's statistic of the pooled observations.
 */
import { median } from 'simple-statistics';
import type { MeasureStatistic } from '../scenarios/index.js';
import { logLogTailFit } from '../stats/index.js';
import type { Observation } from './facts/index.js';

export interface Summary {
  readonly value: number | null;
  /** Pooled values (median, tail) or trials (share, ratio: with the condition). */
  readonly n: number;
}

/** Every run once, in order: the estimate itself. */
export function allRuns(count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, i) => i);
}

export function summarizeObservations(
  statistic: MeasureStatistic,
  observations: readonly Observation[],
  runs: ArrayLike<number>,
  options: Readonly<Record<string, unknown>>,
): Summary {
  if (statistic === 'median' || statistic === 'tail') {
    const pooled: number[] = [];
    for (let i = 0; i < runs.length; i += 1) for (const v of observations[runs[i]!]!.values) pooled.push(v);
    if (pooled.length === 0) return { value: null, n: 0 };
    const value = statistic === 'median' ? median(pooled) : logLogTailFit(pooled, Number(options.minDecades ?? 1)).rSquared;
    return { value, n: pooled.length };
  }
  const sums = [0, 0, 0, 0];
  for (let i = 0; i < runs.length; i += 1) {
    const counts = observations[runs[i]!]!.counts;
    for (let c = 0; c < counts.length; c += 1) sums[c]! += counts[c]!;
  }
  const [hits, trials, baseHits, baseTrials] = sums as [number, number, number, number];
  if (statistic === 'share') return { value: trials === 0 ? null : hits / trials, n: trials };
  // ratio: undefined without trials on either side or with a zero baseline.
  if (trials === 0 || baseTrials === 0 || baseHits === 0) return { value: null, n: trials };
  return { value: hits / trials / (baseHits / baseTrials), n: trials };
}
