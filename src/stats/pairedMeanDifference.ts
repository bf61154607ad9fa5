/**
 * The mean of paired differences b − a with a 95% interval: a percentile bootstrap that
 * resamples whole pairs (keeping the correlation that common random numbers create) for up to
 * BOOTSTRAP_MAX_PAIRS pairs, and the normal interval, mean ± z·sd/√n, above that. The bootstrap
 * costs n draws per resample; beyond ten thousand pairs it takes seconds per outcome while the
 * sampling distribution of a mean of that many pairs is normal to well within the bootstrap's own
 * Monte Carlo error, so the normal interval gives the same answer for nothing. `method` says
 * which was used.
 *
 * @example pairedMeanDifference([1, 2, 3], [2, 2, 5], uniforms).difference // 1
 */
import { pairedBootstrap, type MeanDifference } from './pairedBootstrap.js';
import { pairedNormalInterval } from './pairedNormalInterval.js';

/** Largest number of pairs resampled by the bootstrap. */
export const BOOTSTRAP_MAX_PAIRS = 10_000;
export const BOOTSTRAP_RESAMPLES = 2000;

export interface MeanDifferenceWithMethod extends MeanDifference {
  readonly method: 'paired bootstrap' | 'normal';
}

/** `random` is called only when the bootstrap runs, so it may open its stream lazily. */
export function pairedMeanDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  random: () => number,
  confidence = 0.95,
): MeanDifferenceWithMethod {
  if (a.length <= BOOTSTRAP_MAX_PAIRS) {
    return { ...pairedBootstrap(a, b, random, { resamples: BOOTSTRAP_RESAMPLES, confidence }), method: 'paired bootstrap' };
  }
  return { ...pairedNormalInterval(a, b, confidence), method: 'normal' };
}
