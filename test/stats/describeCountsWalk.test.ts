/**
 * describeCounts finds its five quantiles in one walk over the bins (a speed-up): the numbers
 * must be exactly those weightedQuantile gives for each p alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCounts, QUANTILES } from '../../src/stats/describeCounts.js';
import { weightedQuantile } from '../../src/stats/weightedQuantile.js';
import { assertProperty } from '../helpers/property.js';

describe('describeCounts in one walk', () => {
  it('gives weightedQuantile’s quantiles, bit for bit', () => {
    const histogram = fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.nat({ max: 5 })), { minLength: 1, maxLength: 40 });
    assertProperty(
      fc.property(histogram, (bins) => {
        const values = bins.map(([v]) => v).sort((a, b) => a - b);
        const counts = bins.map(([, c]) => c);
        const described = describeCounts(values, counts);
        if (described.n === 0) return;
        const got = [described.p05, described.p25, described.p50, described.p75, described.p95];
        expect(got).toEqual(QUANTILES.map((p) => weightedQuantile(values, counts, p)));
      }),
      { numRuns: 2000 },
    );
  });
});
