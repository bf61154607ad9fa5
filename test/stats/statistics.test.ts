/** Each statistic checked against values computed another way. */
import fc from 'fast-check';
import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { binOf, binValue, countBinning, positiveBinning } from '../../src/sim/binning.js';
import { kaplanMeier, weightedQuantile, wilsonInterval } from '../../src/stats/index.js';
import { assertProperty } from '../helpers/property.js';

describe('weightedQuantile', () => {
  it('equals simple-statistics quantileSorted (type 7) on the raw values', () => {
    assertProperty(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (data, p) => {
        const counts = new Array<number>(41).fill(0);
        for (const x of data) counts[x]! += 1;
        const values = counts.map((_, v) => v);
        const sorted = [...data].sort((a, b) => a - b);
        expect(weightedQuantile(values, counts, p)).toBeCloseTo(quantileSorted(sorted, p), 9);
      }),
    );
  });
  it('documents its definition with an example', () => {
    expect(weightedQuantile([1, 2, 10], [2, 1, 1], 0.5)).toBe(1.5);
  });
});

describe('binning', () => {
  it('counts: exact below the limit, and each value within 1/perOctave of its bin value above', () => {
    const binning = countBinning(64, 16, 30);
    for (let v = 0; v < 64; v += 1) expect(binValue(binning, binOf(binning, v))).toBe(v);
    assertProperty(
      fc.property(fc.integer({ min: 64, max: 2 ** 35 }), (v) => {
        const bin = binOf(binning, v);
        expect(Math.abs(binValue(binning, bin) - v) / v).toBeLessThan(1 / 16);
        expect(binOf(binning, v + 1)).toBeGreaterThanOrEqual(bin);
      }),
    );
  });
  it('positive reals: geometric bins within half a bin of the value', () => {
    const binning = positiveBinning(64, 40);
    assertProperty(
      fc.property(fc.double({ min: 2 ** -19, max: 2 ** 19, noNaN: true }), (v) => {
        const value = binValue(binning, binOf(binning, v));
        expect(Math.abs(Math.log2(value / v))).toBeLessThanOrEqual(0.5 / 64 + 1e-12);
      }),
    );
    expect(binOf(binning, 0)).toBe(0);
  });
});

describe('wilsonInterval', () => {
  it('matches the closed form at known points', () => {
    // Agresti & Coull (1998): 8 of 10 → [0.4902, 0.9433]; 0 of 20 → [0, 0.1611].
    const a = wilsonInterval(8, 10);
    expect(a.lower!).toBeCloseTo(0.4902, 4);
    expect(a.upper!).toBeCloseTo(0.9433, 4);
    const b = wilsonInterval(0, 20);
    expect(b.lower).toBe(0);
    expect(b.upper!).toBeCloseTo(0.1611, 4);
    expect(wilsonInterval(0, 0).p).toBeNull();
  });
  it('always contains the estimate and stays within [0, 1]', () => {
    assertProperty(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const w = wilsonInterval(k, n);
        expect(w.lower!).toBeGreaterThanOrEqual(0);
        expect(w.upper!).toBeLessThanOrEqual(1);
        expect(w.lower!).toBeLessThanOrEqual(w.p! + 1e-12);
        expect(w.upper!).toBeGreaterThanOrEqual(w.p! - 1e-12);
      }),
    );
  });
});

describe('kaplanMeier', () => {
  it('reproduces a hand-computed curve with censoring', () => {
    // Times: events at 1, 1, 3, 4; censored at 2, 4, 5 (7 subjects).
    const events = [0, 2, 0, 1, 1, 0];
    const censored = [0, 0, 1, 0, 1, 1];
    const curve = kaplanMeier(events, censored);
    const s = curve.points.map((p) => p.survival);
    // S(1) = 5/7; S(3) = 5/7 · 3/4; S(4) = that · 2/3 (the one censored at 4 is still at risk at 4).
    expect(s[1]).toBeCloseTo(5 / 7, 12);
    expect(s[3]).toBeCloseTo((5 / 7) * (3 / 4), 12);
    expect(s[4]).toBeCloseTo((5 / 7) * (3 / 4) * (2 / 3), 12);
    expect(curve.points.map((p) => p.atRisk)).toEqual([7, 7, 5, 4, 3, 1]);
    expect(curve.median).toBe(4);
    expect(curve.n).toBe(7);
  });
  it('gives the Greenwood log(−log) interval, computed here by hand', () => {
    // At t = 3: Greenwood Σ d/(n(n−d)) = 2/(7·5) + 1/(4·3); se of log(−log S) = √Σ / |log S|;
    // interval S^exp(±1.96·se).
    const curve = kaplanMeier([0, 2, 0, 1, 1, 0], [0, 0, 1, 0, 1, 1]);
    const s = (5 / 7) * (3 / 4);
    const se = Math.sqrt(2 / 35 + 1 / 12) / Math.abs(Math.log(s));
    const z = 1.959963984540054;
    expect(curve.points[3]!.survival).toBeCloseTo(s, 12);
    expect(curve.points[3]!.lower).toBeCloseTo(s ** Math.exp(z * se), 12);
    expect(curve.points[3]!.upper).toBeCloseTo(s ** Math.exp(-z * se), 12);
    expect(curve.points[3]!.lower).toBeCloseTo(0.132, 3);
    expect(curve.points[3]!.upper).toBeCloseTo(0.825, 3);
  });
  it('has no median when fewer than half the subjects have the event', () => {
    expect(kaplanMeier([0, 1], [0, 9]).median).toBeNull();
  });
});
