import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negativeBinomialInverse } from '../../src/model/draw/negativeBinomialInverse.js';
import { normalQuantile } from '../../src/model/draw/normalQuantile.js';
import { poissonInverse } from '../../src/model/draw/poissonInverse.js';
import { assertProperty } from '../helpers/property.js';

/** P(X ≤ k) for Poisson(λ), summed in log space: an independent check of the inversion. */
function poissonCdf(k: number, lambda: number): number {
  let total = 0;
  let logTerm = -lambda;
  for (let j = 0; j <= k; j += 1) {
    if (j > 0) logTerm += Math.log(lambda) - Math.log(j);
    total += Math.exp(logTerm);
  }
  return total;
}

describe('normalQuantile', () => {
  it('matches tabulated quantiles of the standard normal', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 10);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
  });
  it('is odd-symmetric and increasing', () => {
    assertProperty(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p) => {
        // Below 1e-6, 1 − p itself loses the digits the comparison needs.
        expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 6);
        expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(Math.min(0.999999, p + 1e-6)));
      }),
    );
  });
});

describe('poissonInverse', () => {
  it('returns the smallest k whose CDF exceeds u, for small and large means', () => {
    assertProperty(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.double({ min: 0.01, max: 2000, noNaN: true }), (u, lambda) => {
        const k = poissonInverse(u, lambda);
        expect(Number.isInteger(k) && k >= 0).toBe(true);
        expect(poissonCdf(k, lambda)).toBeGreaterThan(u - 1e-9);
        if (k > 0) expect(poissonCdf(k - 1, lambda)).toBeLessThanOrEqual(u + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
  it('has the Poisson mean and variance over a uniform grid of u', () => {
    for (const lambda of [0.3, 4, 40, 800]) {
      const n = 20000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i += 1) {
        const k = poissonInverse((i + 0.5) / n, lambda);
        sum += k;
        squares += k * k;
      }
      const mean = sum / n;
      expect(mean).toBeCloseTo(lambda, lambda < 10 ? 2 : 0);
      expect(squares / n - mean * mean).toBeCloseTo(lambda, lambda < 10 ? 1 : -1);
    }
  });
  it('is 0 for a zero mean and finite for absurd means', () => {
    expect(poissonInverse(0.99, 0)).toBe(0);
    expect(Number.isFinite(poissonInverse(0.5, 1e300))).toBe(true);
  });
});

describe('negativeBinomialInverse', () => {
  it('has mean μ and variance μ + μ²/φ', () => {
    // The last two take the large-mean path (a Wilson–Hilferty gamma quantile).
    for (const [mean, dispersion] of [[2, 1], [10, 2], [50, 0.5], [2e6, 2], [5e7, 10]] as const) {
      const n = 50000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i += 1) {
        const k = negativeBinomialInverse((i + 0.5) / n, mean, dispersion);
        sum += k;
        squares += k * k;
      }
      const m = sum / n;
      const variance = squares / n - m * m;
      expect(Math.abs(m - mean) / mean).toBeLessThan(0.01);
      const expected = mean + (mean * mean) / dispersion;
      expect(Math.abs(variance - expected) / expected).toBeLessThan(0.05);
    }
  });
  it('approaches Poisson as φ grows', () => {
    for (const u of [0.1, 0.5, 0.9]) expect(negativeBinomialInverse(u, 6, 1e6)).toBe(poissonInverse(u, 6));
  });
});
