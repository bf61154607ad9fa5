/**
 * Percentile bootstrap interval for the mean paired difference b − a. Whole pairs are
 * resampled, so the correlation between a and b (what common random numbers buy) narrows the
 * interval as it should. Randomness is passed in (`random`: uniforms in [0, 1), e.g. a seeded
 * brink `Stream`), never an unseeded generator; the same source gives the same interval. Quantiles of the
 * resampled means are type 7 (R's default).
 *
 * @example
 * const stream = new Stream('demo/bootstrap');
 * pairedBootstrap([3, 5, 4, 6], [4, 7, 4, 8], () => stream.next()) // { difference: 1.25, lower: 0.5, upper: 2, … }
 */
import { quantileSorted } from 'simple-statistics';

export interface MeanDifference {
  /** Pairs used. */
  readonly n: number;
  readonly a: number | null;
  readonly b: number | null;
  /** Mean of b − a. */
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly confidence?: number;
}

export function pairedBootstrap(a: ArrayLike<number>, b: ArrayLike<number>, random: () => number, options: BootstrapOptions = {}): MeanDifference {
  const n = a.length;
  if (b.length !== n) throw new RangeError(`pairedBootstrap: ${n} values of a but ${b.length} of b`);
  if (n === 0) return { n, a: null, b: null, difference: null, lower: null, upper: null };
  const resamples = options.resamples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  const differences = new Float64Array(n);
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < n; i += 1) {
    sumA += a[i]!;
    sumB += b[i]!;
    differences[i] = b[i]! - a[i]!;
  }
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += differences[Math.floor(random() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  const tail = (1 - confidence) / 2;
  let sumDifferences = 0;
  for (let i = 0; i < n; i += 1) sumDifferences += differences[i]!;
  return {
    n,
    a: sumA / n,
    b: sumB / n,
    difference: sumDifferences / n,
    // simple-statistics 7.12.1's quantileSorted is type 7 (pinned; test/stats checks the definition).
    lower: quantileSorted(Array.from(means), tail),
    upper: quantileSorted(Array.from(means), 1 - tail),
  };
}
