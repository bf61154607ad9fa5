import { openUnit } from '../rng.js';
import { normalQuantile } from './normalQuantile.js';

/**
 * A negative-binomial count with mean μ and variance μ + μ²/φ, drawn by inversion from one
 * uniform (docs/model.md §8). As φ → ∞ it tends to Poisson(μ).
 *
 * @example negativeBinomialInverse(0.5, 4, 2) // 3
 */
export function negativeBinomialInverse(u: number, mean: number, dispersion: number): number {
  if (!(mean > 0)) return 0;
  if (mean > 1e6) {
    // Degenerate capability ratios only: see poissonInverse for why the tail is approximated.
    // A negative binomial is Poisson(Gamma(φ, μ/φ)); at such means the Poisson noise (sd √μ) is
    // negligible beside the gamma's (sd μ/√φ), so the gamma quantile alone is drawn, by the
    // Wilson–Hilferty cube: mean μ and variance ≈ μ²/φ, where a clipped normal would bias both.
    const capped = Math.min(mean, 1e12);
    const h = 1 / (9 * dispersion);
    const cube = 1 - h + normalQuantile(openUnit(u)) * Math.sqrt(h);
    return Math.max(0, Math.round((capped * cube * cube * cube)));
  }
  const success = dispersion / (dispersion + mean); // p in the (r = φ, p) parameterisation
  const fail = 1 - success;
  const logP0 = dispersion * Math.log(success);
  // p(k+1)/p(k) = (k + φ)/(k + 1) · (1 − p)
  if (logP0 > -700) {
    let k = 0;
    let p = Math.exp(logP0);
    let cdf = p;
    const limit = mean + 60 * Math.sqrt(mean + (mean * mean) / dispersion) + 60;
    while (cdf <= u && k < limit) {
      p *= ((k + dispersion) / (k + 1)) * fail;
      k += 1;
      cdf += p;
    }
    return k;
  }
  return invertAroundMode(u, dispersion, fail);
}

function invertAroundMode(u: number, dispersion: number, fail: number): number {
  const mode = Math.max(0, Math.floor(((dispersion - 1) * fail) / (1 - fail)));
  const tail = 1e-17;
  const up = (k: number): number => ((k + dispersion) / (k + 1)) * fail;
  let low = mode;
  let weight = 1;
  let below = 0;
  while (low > 0) {
    weight /= up(low - 1);
    if (weight < tail) break;
    below += weight;
    low -= 1;
  }
  let high = mode;
  weight = 1;
  let above = 0;
  for (;;) {
    weight *= up(high);
    if (weight < tail) break;
    above += weight;
    high += 1;
  }
  const total = below + 1 + above;
  let w = 1;
  for (let j = mode; j > low; j -= 1) w /= up(j - 1);
  let k = low;
  let cdf = w / total;
  while (cdf <= u && k < high) {
    w *= up(k);
    k += 1;
    cdf += w / total;
  }
  return k;
}
