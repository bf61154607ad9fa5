/**
 * The normal interval for a mean paired difference: mean(b − a) ± z·sd/√n, with sd the sample
 * standard deviation of the differences (n − 1). Used for large ensembles, where it and the
 * paired bootstrap agree (see pairedMeanDifference).
 *
 * @example pairedNormalInterval([0, 0, 0, 0], [1, 2, 3, 4]) // { difference: 2.5, lower: 1.2348…, upper: 3.7651…, … }
 */
import { normalQuantile } from '../model/index.js';
import type { MeanDifference } from './pairedBootstrap.js';

export function pairedNormalInterval(a: ArrayLike<number>, b: ArrayLike<number>, confidence = 0.95): MeanDifference {
  const n = a.length;
  if (b.length !== n) throw new RangeError(`pairedNormalInterval: ${n} values of a but ${b.length} of b`);
  if (n === 0) return { n, a: null, b: null, difference: null, lower: null, upper: null };
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < n; i += 1) {
    sumA += a[i]!;
    sumB += b[i]!;
  }
  const mean = (sumB - sumA) / n;
  // Two passes: the one-pass formula loses digits when the mean is large against the spread.
  let squares = 0;
  for (let i = 0; i < n; i += 1) squares += (b[i]! - a[i]! - mean) ** 2;
  const half = n < 2 ? 0 : normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(squares / (n - 1) / n);
  return { n, a: sumA / n, b: sumB / n, difference: mean, lower: mean - half, upper: mean + half };
}
