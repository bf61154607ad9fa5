/**
 * Sobol' indices: the estimators against direct formulas, and the whole pipeline (Saltelli
 * design → estimators → bootstrap) on the Ishigami function, whose indices are known exactly.
 */
import { describe, expect, it } from 'vitest';
import { Stream } from '../../src/model/index.js';
import { saltelliDesign, saltelliOutputs } from '../../src/sim/design/saltelliDesign.js';
import { outputVariance, sobolFirstOrder, sobolIndices, sobolTotal } from '../../src/stats/index.js';

const streamOf = (key: string) => {
  const stream = new Stream(key);
  return () => stream.next();
};

/** Ishigami (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1, x ~ U(−π, π)³. */
const A = 7;
const B = 0.1;
function ishigami(unit: readonly number[]): number {
  const [x1, x2, x3] = unit.map((u) => -Math.PI + 2 * Math.PI * u) as [number, number, number];
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
}

/** The analytic variance decomposition (Sobol' & Levitan 1999). */
function ishigamiAnalytic() {
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const v1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
  const v2 = A ** 2 / 8;
  const v13 = (B ** 2 * pi8 * 8) / 225;
  const v = v1 + v2 + v13;
  return { first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

describe('Sobol estimators', () => {
  it('equal their formulas on a small hand-made design', () => {
    const fA = [1, 4, 2, 0];
    const fB = [3, 1, 0, 2];
    const fAB = [2, 3, 2, 1];
    const mean = (fA.reduce((s, x) => s + x, 0) + fB.reduce((s, x) => s + x, 0)) / 8;
    const variance = [...fA, ...fB].reduce((s, x) => s + (x - mean) ** 2, 0) / 8;
    expect(outputVariance(fA, fB)).toBeCloseTo(variance, 12);
    // (1/N) Σ f(B)(f(AB) − f(A)) / V  =  (3·1 + 1·(−1) + 0·0 + 2·1) / 4 / V
    expect(sobolFirstOrder(fA, fB, fAB, variance)).toBeCloseTo(4 / 4 / variance, 12);
    // (1/2N) Σ (f(A) − f(AB))²  =  (1 + 1 + 0 + 1) / 8 / V
    expect(sobolTotal(fA, fAB, variance)).toBeCloseTo(3 / 8 / variance, 12);
    // Row selection (the bootstrap's resampling) repeats rows: rows [1, 1] is row 1 twice.
    expect(sobolTotal(fA, fAB, 1, [1, 1])).toBeCloseTo(1 / 2, 12);
  });

  it('give no index when the output does not vary', () => {
    const rows = sobolIndices({ a: [2, 2, 2], b: [2, 2, 2], ab: [[2, 2, 2]] }, { random: streamOf('x'), resamples: 50 });
    expect(rows).toEqual([{ first: { estimate: null, lower: null, upper: null }, total: { estimate: null, lower: null, upper: null } }]);
  });

  it('do not depend on where the output sits: shifting it by a constant changes no index or interval', () => {
    const design = saltelliDesign(256, 3);
    const plain = sobolIndices(saltelliOutputs(design.map(ishigami), 3), { random: streamOf('shift'), resamples: 100 });
    const shifted = sobolIndices(saltelliOutputs(design.map((x) => ishigami(x) + 1000), 3), { random: streamOf('shift'), resamples: 100 });
    shifted.forEach((row, i) => {
      for (const index of ['first', 'total'] as const) {
        for (const bound of ['estimate', 'lower', 'upper'] as const) expect(row[index][bound]!).toBeCloseTo(plain[i]![index][bound]!, 6);
      }
    });
    // Without centring, the first-order estimator's noise grows with the mean: N = 256 rows shifted by 1000 would be off by far more.
    const raw = saltelliOutputs(design.map((x) => ishigami(x) + 1000), 3);
    const variance = outputVariance(raw.a, raw.b);
    expect(Math.abs(sobolFirstOrder(raw.a, raw.b, raw.ab[0]!, variance) - plain[0]!.first.estimate!)).toBeGreaterThan(0.05);
  });

  it('regroups design-ordered outputs by matrix', () => {
    expect(saltelliOutputs([1, 2, 3, 4, 5, 6], 1)).toEqual({ a: Float64Array.from([1, 4]), b: Float64Array.from([2, 5]), ab: [Float64Array.from([3, 6])] });
  });
});

describe('Ishigami function (a = 7, b = 0.1)', () => {
  const analytic = ishigamiAnalytic();

  it('has the analytic indices the literature gives', () => {
    const r = (xs: number[]) => xs.map((x) => Math.round(x * 1e4) / 1e4);
    expect(r(analytic.first)).toEqual([0.3139, 0.4424, 0]);
    expect(r(analytic.total)).toEqual([0.5576, 0.4424, 0.2437]);
  });

  it('is recovered from a Saltelli design of N = 4096 (20,480 evaluations) within 0.01, inside the bootstrap intervals', () => {
    const outputs = saltelliOutputs(saltelliDesign(4096, 3).map(ishigami), 3);
    const rows = sobolIndices(outputs, { random: streamOf('ishigami/bootstrap'), resamples: 500 });
    rows.forEach((row, i) => {
      // Quasi-Monte Carlo error at this N is about 0.001 (measured); 0.01 leaves room without hiding a wrong estimator.
      expect(Math.abs(row.first.estimate! - analytic.first[i]!), `S1 of x${i + 1}`).toBeLessThan(0.01);
      expect(Math.abs(row.total.estimate! - analytic.total[i]!), `ST of x${i + 1}`).toBeLessThan(0.01);
      expect(row.first.lower!).toBeLessThan(analytic.first[i]!);
      expect(row.first.upper!).toBeGreaterThan(analytic.first[i]!);
      expect(row.total.lower!).toBeLessThan(analytic.total[i]!);
      expect(row.total.upper!).toBeGreaterThan(analytic.total[i]!);
    });
  });

  it('is recovered roughly from a small design (N = 256), within 0.08', () => {
    const outputs = saltelliOutputs(saltelliDesign(256, 3).map(ishigami), 3);
    const rows = sobolIndices(outputs, { random: streamOf('ishigami/bootstrap'), resamples: 200 });
    rows.forEach((row, i) => {
      expect(Math.abs(row.first.estimate! - analytic.first[i]!)).toBeLessThan(0.08);
      expect(Math.abs(row.total.estimate! - analytic.total[i]!)).toBeLessThan(0.08);
    });
  });

  it('bootstraps deterministically from its stream', () => {
    const outputs = saltelliOutputs(saltelliDesign(64, 3).map(ishigami), 3);
    const once = sobolIndices(outputs, { random: streamOf('b'), resamples: 100 });
    expect(sobolIndices(outputs, { random: streamOf('b'), resamples: 100 })).toEqual(once);
    expect(sobolIndices(outputs, { random: streamOf('c'), resamples: 100 })).not.toEqual(once);
  });
});
