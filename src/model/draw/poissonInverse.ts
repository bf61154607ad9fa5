import { openUnit } from '../rng.js';
import { normalQuantile } from './normalQuantile.js';

/**
 * A Poisson(λ) count drawn by inversion from one uniform (docs/model.md §7.1): the smallest k with
 * P(X ≤ k) > u. Inversion keeps each stream at one value per draw whatever the count.
 *
 * Small means walk the CDF up from 0. Large means start at the mode, where e^(−λ) would
 * underflow: the pmf is summed outward from the mode until terms vanish, then inverted.
 *
 * @example poissonInverse(0.5, 3) // 3
 */
export function poissonInverse(u: number, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda <= 500) return walkFromZero(u, lambda);
  if (lambda <= 1e6) return invertAroundMode(u, lambda);
  // Beyond a million deaths a day the skew (1/√λ < 0.001) is invisible; the normal quantile
  // keeps the draw monotone in u and O(1). Means are capped so a degenerate capability ratio
  // cannot produce Infinity.
  const capped = Math.min(lambda, 1e12);
  return Math.max(0, Math.round(capped + Math.sqrt(capped) * normalQuantile(openUnit(u))));
}

function walkFromZero(u: number, lambda: number): number {
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  // Stop at a generous bound so rounding in the CDF can never loop forever.
  const limit = lambda + 40 * Math.sqrt(lambda) + 40;
  while (cdf <= u && k < limit) {
    k += 1;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** Relative pmf weights around the mode, normalised, then inverted. Cost O(√λ). */
function invertAroundMode(u: number, lambda: number): number {
  const mode = Math.floor(lambda);
  const tail = 1e-17;
  let low = mode;
  let weight = 1;
  let below = 0;
  while (low > 0) {
    weight *= low / lambda; // p(k−1)/p(k) = k/λ
    if (weight < tail) break;
    below += weight;
    low -= 1;
  }
  let high = mode;
  weight = 1;
  let above = 0;
  for (;;) {
    weight *= lambda / (high + 1); // p(k+1)/p(k) = λ/(k+1)
    if (weight < tail) break;
    above += weight;
    high += 1;
  }
  const total = below + 1 + above;
  // Walk up from the lowest retained count, recomputing weights from the mode downward.
  let k = low;
  let w = 1;
  for (let j = mode; j > low; j -= 1) w *= j / lambda;
  let cdf = w / total;
  while (cdf <= u && k < high) {
    k += 1;
    w *= lambda / k;
    cdf += w / total;
  }
  return k;
}
