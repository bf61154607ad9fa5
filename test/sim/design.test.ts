/** Sweep designs: grids, Latin hypercubes and Sobol'/Saltelli designs, by their defining properties. */
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { Stream } from '../../src/model/index.js';
import { gridDesign } from '../../src/sim/design/gridDesign.js';
import { gridLevels } from '../../src/sim/design/gridLevels.js';
import { JOE_KUO_DIRECTIONS, SOBOL_MAX_DIMENSIONS } from '../../src/sim/design/joeKuoDirections.js';
import { latinHypercube } from '../../src/sim/design/latinHypercube.js';
import { saltelliDesign, saltelliRole } from '../../src/sim/design/saltelliDesign.js';
import { sampledValue } from '../../src/sim/design/sampledValue.js';
import { shardPoints } from '../../src/sim/design/shardPoints.js';
import { sobolSequence } from '../../src/sim/design/sobolSequence.js';
import { designSize, lhsStreamKey, sweepDesign } from '../../src/sim/design/sweepDesign.js';
import type { SweepParameter } from '../../src/sim/design/sweepParameter.js';
import { assertProperty } from '../helpers/property.js';

const parameter = (from: number, to: number, steps: number | undefined, integer = false): SweepParameter => ({ path: 'p', segments: ['p'], from, to, steps, integer });
const streamOf = (key: string) => {
  const stream = new Stream(key);
  return () => stream.next();
};

describe('latinHypercube', () => {
  it('hits every stratum of every dimension exactly once', () => {
    assertProperty(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 6 }), fc.string({ minLength: 1, maxLength: 12 }), (samples, dimensions, seed) => {
        const points = latinHypercube(samples, dimensions, streamOf(seed));
        expect(points).toHaveLength(samples);
        for (let d = 0; d < dimensions; d += 1) {
          const strata = points.map((p) => Math.floor(p[d]! * samples)).sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: samples }, (_, i) => i));
          for (const p of points) expect(p[d]! >= 0 && p[d]! < 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is a function of its random source: same stream, same design; exact values at a fixed key', () => {
    const a = latinHypercube(5, 2, streamOf('lhs-test'));
    expect(latinHypercube(5, 2, streamOf('lhs-test'))).toEqual(a);
    expect(latinHypercube(5, 2, streamOf('lhs-other'))).not.toEqual(a);
    expect(a.map((p) => p.map((v) => Math.round(v * 1e6) / 1e6))).toEqual([
      [0.940824, 0.314163], [0.342222, 0.832061], [0.564642, 0.605854], [0.103899, 0.011114], [0.708686, 0.459677],
    ]);
  });

  it('follows its documented draw order (recomputed here with seedrandom directly)', () => {
    const alea = seedrandom.alea('lhs-order');
    const expected = Array.from({ length: 6 }, () => [0, 0, 0]);
    for (let d = 0; d < 3; d += 1) {
      const strata = [0, 1, 2, 3, 4, 5];
      for (let i = 5; i > 0; i -= 1) {
        const j = Math.floor(alea() * (i + 1));
        [strata[i], strata[j]] = [strata[j]!, strata[i]!];
      }
      for (let i = 0; i < 6; i += 1) expected[i]![d] = (strata[i]! + alea()) / 6;
    }
    expect(latinHypercube(6, 3, streamOf('lhs-order'))).toEqual(expected);
  });
});

describe('sobolSequence', () => {
  it('starts as the unscrambled Sobol sequence does', () => {
    expect(sobolSequence(8, 2)).toEqual([
      [0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625],
    ]);
  });

  it('balances every dimension: the first 2^m points hit each interval of width 2^-m once', () => {
    for (const m of [1, 3, 6, 9]) {
      const points = sobolSequence(2 ** m, SOBOL_MAX_DIMENSIONS);
      for (let d = 0; d < SOBOL_MAX_DIMENSIONS; d += 1) {
        const cells = points.map((p) => Math.floor(p[d]! * 2 ** m)).sort((a, b) => a - b);
        expect(cells, `dimension ${d}, m = ${m}`).toEqual(Array.from({ length: 2 ** m }, (_, i) => i));
      }
    }
  });

  it('makes the first two dimensions a (0, m, 2)-net: every 2^a × 2^(m−a) box holds one point', () => {
    const m = 8;
    const points = sobolSequence(2 ** m, 2);
    for (let a = 0; a <= m; a += 1) {
      const boxes = new Set(points.map(([x, y]) => `${Math.floor(x! * 2 ** a)},${Math.floor(y! * 2 ** (m - a))}`));
      expect(boxes.size).toBe(2 ** m);
    }
  });

  it('uses well-formed Joe–Kuo direction numbers (odd m_k < 2^k, one per polynomial degree)', () => {
    for (const [s, a, ...m] of JOE_KUO_DIRECTIONS) {
      expect(m).toHaveLength(s!);
      expect(a!).toBeLessThan(2 ** (s! - 1));
      m.forEach((mk, k) => {
        expect(mk % 2).toBe(1);
        expect(mk).toBeLessThan(2 ** (k + 1));
      });
    }
  });
});

describe('saltelliDesign', () => {
  it('orders rows A, B, A_B^(1…k); A_B^(i) is A with column i from B', () => {
    const k = 3;
    const points = saltelliDesign(16, k);
    expect(points).toHaveLength(16 * (k + 2));
    const sequence = sobolSequence(16, 2 * k);
    for (let j = 0; j < 16; j += 1) {
      const a = points[j * (k + 2)]!;
      const b = points[j * (k + 2) + 1]!;
      expect(a).toEqual(sequence[j]!.slice(0, k));
      expect(b).toEqual(sequence[j]!.slice(k));
      for (let i = 0; i < k; i += 1) {
        const abi = points[j * (k + 2) + 2 + i]!;
        expect(abi).toEqual(a.map((v, d) => (d === i ? b[i] : v)));
        expect(saltelliRole(j * (k + 2) + 2 + i, k)).toEqual({ row: j, matrix: i });
      }
      expect(saltelliRole(j * (k + 2), k)).toEqual({ row: j, matrix: 'A' });
      expect(saltelliRole(j * (k + 2) + 1, k)).toEqual({ row: j, matrix: 'B' });
    }
  });
});

describe('grids and parameter values', () => {
  it('varies the first parameter slowest', () => {
    expect(gridDesign([[1, 2], [10, 20, 30]])).toEqual([[1, 10], [1, 20], [1, 30], [2, 10], [2, 20], [2, 30]]);
  });

  it('spaces levels evenly, ends exactly at `to`, rounds to 6 decimals', () => {
    expect(gridLevels(parameter(0.02, 0.3, 6))).toEqual([0.02, 0.076, 0.132, 0.188, 0.244, 0.3]);
    expect(gridLevels(parameter(1, 0, 3))).toEqual([1, 0.5, 0]);
    expect(gridLevels(parameter(0.1, 0.1, 1))).toEqual([0.1]);
  });

  it('rounds whole-number parameters and drops repeated levels', () => {
    expect(gridLevels(parameter(4, 8, 10, true))).toEqual([4, 5, 6, 7, 8]);
    expect(gridLevels(parameter(1, 30, 4, true))).toEqual([1, 11, 20, 30]);
  });

  it('maps sampled coordinates into the range; whole numbers equally likely', () => {
    assertProperty(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 9 }), (u, low, span) => {
        const v = sampledValue(parameter(low, low + span, undefined, true), u);
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(low + span);
        const c = sampledValue(parameter(low, low + span + 0.5, undefined), u);
        expect(c).toBeGreaterThanOrEqual(low);
        expect(c).toBeLessThanOrEqual(low + span + 0.5);
      }),
    );
    // Five whole numbers: each takes a fifth of [0, 1).
    const counts = new Map<number, number>();
    for (let n = 0; n < 1000; n += 1) {
      const v = sampledValue(parameter(4, 8, undefined, true), (n + 0.5) / 1000);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.entries()].sort()).toEqual([[4, 200], [5, 200], [6, 200], [7, 200], [8, 200]]);
  });

  it('builds LHS designs from the stream <seed>/sweep/lhs, and sizes designs without building them', () => {
    const params = [parameter(0, 1, undefined), parameter(1, 7, undefined, true)];
    const design = sweepDesign(params, { kind: 'lhs', samples: 7 }, 'abc');
    const unit = latinHypercube(7, 2, streamOf(lhsStreamKey('abc')));
    expect(design).toEqual(unit.map(([a, b]) => [sampledValue(params[0]!, a!), sampledValue(params[1]!, b!)]));
    // 7 samples over 7 whole numbers: each exactly once.
    expect(design.map((p) => p[1]).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(designSize(params, { kind: 'sobol', samples: 8 })).toBe(32);
    expect(designSize([parameter(0, 1, 3), parameter(4, 8, 10, true)], { kind: 'grid' })).toBe(15);
  });
});

describe('shardPoints', () => {
  it('interleaves: shards are disjoint and together cover every point once', () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 12 }), (total, count) => {
        const all = Array.from({ length: count }, (_, index) => shardPoints(total, { index, count })).flat().sort((a, b) => a - b);
        expect(all).toEqual(Array.from({ length: total }, (_, i) => i));
      }),
    );
    expect(shardPoints(7, { index: 1, count: 3 })).toEqual([1, 4]);
    expect(shardPoints(3, undefined)).toEqual([0, 1, 2]);
  });
});
