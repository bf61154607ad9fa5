/** The statistics of `brink compare`, each checked against values computed another way. */
import fc from 'fast-check';
import { errorFunction } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { normalQuantile, Stream } from '../../src/model/index.js';
import {
  BOOTSTRAP_MAX_PAIRS,
  chiSquarePValue,
  mcnemarTest,
  pairedBootstrap,
  pairedMeanDifference,
  pairedNormalInterval,
  pairedProportionDifference,
} from '../../src/stats/index.js';
import { assertProperty } from '../helpers/property.js';

/** A seeded uniform source, as the CLI passes them. */
function uniforms(key: string): () => number {
  const stream = new Stream(key);
  return () => stream.next();
}

describe('chiSquarePValue (1 degree of freedom)', () => {
  it('gives the textbook critical values', () => {
    expect(chiSquarePValue(3.841458820694124)).toBeCloseTo(0.05, 6);
    expect(chiSquarePValue(6.6348966010212145)).toBeCloseTo(0.01, 7);
    expect(chiSquarePValue(10.827566170662733)).toBeCloseTo(0.001, 8);
    expect(chiSquarePValue(0)).toBe(1);
  });
  it('agrees with the normal quantile (AS 241) and simple-statistics erf to 1e-6 relative', () => {
    assertProperty(
      fc.property(fc.double({ min: 1e-8, max: 0.999, noNaN: true }), (p) => {
        const z = normalQuantile(1 - p / 2);
        expect(Math.abs(chiSquarePValue(z * z) - p) / p).toBeLessThan(1e-6);
      }),
    );
    for (const x of [0.01, 0.5, 1, 2.5, 4, 9]) {
      expect(chiSquarePValue(x)).toBeCloseTo(1 - errorFunction(Math.sqrt(x / 2)), 6);
    }
  });
});

describe('mcnemarTest', () => {
  /** 2·P(X ≤ k), X ~ Bin(n, ½), in exact integer arithmetic. */
  function exactByBigInt(k: number, n: number): number {
    let sum = 0n;
    let c = 1n;
    for (let i = 0; i <= k; i += 1) {
      sum += c;
      c = (c * BigInt(n - i)) / BigInt(i + 1);
    }
    return Math.min(1, Number(2n * sum) / 2 ** n);
  }

  it('is exact with few discordant pairs: 6 vs 16 gives R binom.test p = 0.05248', () => {
    const result = mcnemarTest(6, 16);
    expect(result.method).toBe('exact binomial');
    expect(result.p).toBe(exactByBigInt(6, 22));
    expect(result.p).toBeCloseTo(0.05248, 5);
    // The statistic is reported too: R mcnemar.test gives 3.6818 on this table.
    expect(result.statistic).toBeCloseTo(81 / 22, 12);
  });

  it('uses chi-square with continuity correction from 25 discordant pairs', () => {
    const result = mcnemarTest(20, 40);
    expect(result.method).toBe('chi-square, continuity-corrected');
    expect(result.statistic).toBeCloseTo(19 ** 2 / 60, 12);
    expect(result.p).toBeCloseTo(0.01417, 5); // R: mcnemar.test(matrix(c(5, 40, 20, 5), 2))
    expect(mcnemarTest(12, 12).method).toBe('exact binomial');
    const boundary = mcnemarTest(10, 15);
    expect(boundary.method).toBe('chi-square, continuity-corrected');
    expect(boundary.p).toBeCloseTo(1 - errorFunction(Math.sqrt(16 / 25 / 2)), 6);
  });

  it('is symmetric, 1 without discordant pairs, and a valid p-value', () => {
    expect(mcnemarTest(0, 0)).toEqual({ discordant: 0, statistic: null, p: 1, method: 'exact binomial' });
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (x, y) => {
        const r = mcnemarTest(x, y);
        expect(r).toEqual(mcnemarTest(y, x));
        expect(r.p).toBeGreaterThan(0);
        expect(r.p).toBeLessThanOrEqual(1);
        if (x + y < 25) expect(r.p).toBeCloseTo(exactByBigInt(Math.min(x, y), x + y), 12);
      }),
    );
  });
});

describe('pairedProportionDifference (Newcombe method 10)', () => {
  it('reproduces the published interval for the Cavo et al. (2012) table: −0.0621 [−0.1186, −0.0046]', () => {
    // Fagerland, Lydersen & Laake, Statistical Analysis of Contingency Tables, ch. 8.
    const r = pairedProportionDifference({ both: 59, aOnly: 16, bOnly: 6, neither: 80 });
    expect(r.difference).toBeCloseTo(-10 / 161, 12);
    expect(r.lower).toBeCloseTo(-0.1186, 4);
    expect(r.upper).toBeCloseTo(-0.0046, 4);
  });

  it('contains the estimate, stays in [−1, 1], and flips sign when A and B swap', () => {
    assertProperty(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50), (both, aOnly, bOnly, neither) => {
        fc.pre(both + aOnly + bOnly + neither > 0);
        const r = pairedProportionDifference({ both, aOnly, bOnly, neither });
        const swapped = pairedProportionDifference({ both, aOnly: bOnly, bOnly: aOnly, neither });
        expect(r.lower!).toBeGreaterThanOrEqual(-1);
        expect(r.upper!).toBeLessThanOrEqual(1);
        expect(r.lower!).toBeLessThanOrEqual(r.difference! + 1e-12);
        expect(r.upper!).toBeGreaterThanOrEqual(r.difference! - 1e-12);
        expect(swapped.lower!).toBeCloseTo(-r.upper!, 12);
        expect(swapped.upper!).toBeCloseTo(-r.lower!, 12);
      }),
    );
  });

  it('covers the true difference in about 95% of simulated paired samples', () => {
    // Cells: both 0.3, A only 0.1, B only 0.2, neither 0.4 → true difference +0.1.
    const random = uniforms('test/newcombe-coverage');
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t += 1) {
      const table = { both: 0, aOnly: 0, bOnly: 0, neither: 0 };
      for (let i = 0; i < 120; i += 1) {
        const u = random();
        if (u < 0.3) table.both += 1;
        else if (u < 0.4) table.aOnly += 1;
        else if (u < 0.6) table.bOnly += 1;
        else table.neither += 1;
      }
      const r = pairedProportionDifference(table);
      if (r.lower! <= 0.1 && 0.1 <= r.upper!) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.975);
  });
});

describe('paired mean differences', () => {
  it('normal interval: mean ± 1.96·sd/√n by hand', () => {
    const r = pairedNormalInterval([0, 0, 0, 0], [1, 2, 3, 4]);
    const half = 1.959963984540054 * Math.sqrt(5 / 3) / 2;
    expect(r.difference).toBe(2.5);
    expect(r.lower).toBeCloseTo(2.5 - half, 12);
    expect(r.upper).toBeCloseTo(2.5 + half, 12);
  });

  it('bootstrap: the same stream gives the same interval; its example holds', () => {
    const a = [3, 5, 4, 6];
    const b = [4, 7, 4, 8];
    expect(pairedBootstrap(a, b, uniforms('demo/bootstrap'))).toEqual({ n: 4, a: 4.5, b: 5.75, difference: 1.25, lower: 0.5, upper: 2 });
    const again = pairedBootstrap(a, b, uniforms('demo/bootstrap'));
    expect(again).toEqual(pairedBootstrap(a, b, uniforms('demo/bootstrap')));
    expect(pairedBootstrap([], [], uniforms('x')).difference).toBeNull();
  });

  it('bootstrap: covers a known true difference in about 95% of synthetic paired samples', () => {
    // b = a + 1 + noise, a skewed (exponential): true mean difference exactly 1.
    const data = uniforms('test/bootstrap-data');
    const resampling = uniforms('test/bootstrap-resampling');
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t += 1) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < 80; i += 1) {
        const base = -Math.log(1 - data());
        a.push(base);
        b.push(base + 1 + (-Math.log(1 - data()) - 1) * 2);
      }
      const r = pairedBootstrap(a, b, resampling, { resamples: 1000 });
      if (r.lower! <= 1 && 1 <= r.upper!) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.9);
    expect(covered / trials).toBeLessThan(0.985);
  });

  it('bootstrap and normal interval agree on a large sample; the switch happens above BOOTSTRAP_MAX_PAIRS', () => {
    const data = uniforms('test/large');
    const n = BOOTSTRAP_MAX_PAIRS;
    const a = Float64Array.from({ length: n }, () => Math.floor(data() * 10));
    const b = a.map((x) => x + Math.floor(data() * 4) - 1);
    const boot = pairedMeanDifference(a, b, uniforms('test/large-boot'));
    const normal = pairedNormalInterval(a, b);
    expect(boot.method).toBe('paired bootstrap');
    const width = normal.upper! - normal.lower!;
    expect(Math.abs(boot.lower! - normal.lower!)).toBeLessThan(0.05 * width);
    expect(Math.abs(boot.upper! - normal.upper!)).toBeLessThan(0.05 * width);
    const bigger = Float64Array.from({ length: n + 1 }, (_, i) => a[i % n]!);
    let drawn = 0;
    const counting = () => {
      drawn += 1;
      return 0.5;
    };
    expect(pairedMeanDifference(bigger, bigger, counting).method).toBe('normal');
    expect(drawn).toBe(0);
  });
});
