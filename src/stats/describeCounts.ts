/**
 * Summary of one tallied distribution: count, mean and the 5/25/50/75/95% quantiles, from the
 * value each bin stands for and its count. Exact for exact bins; within half a bin width for
 * geometric bins (docs/outputs.md).
 *
 * @example describeCounts([0, 1, 2], [0, 2, 1]).p50 // 1
 */
import { weightedQuantile } from './weightedQuantile.js';

export interface Distribution {
  readonly n: number;
  readonly mean: number | null;
  readonly p05: number | null;
  readonly p25: number | null;
  readonly p50: number | null;
  readonly p75: number | null;
  readonly p95: number | null;
}

export const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export function describeCounts(values: ArrayLike<number>, counts: ArrayLike<number>): Distribution {
  let n = 0;
  let sum = 0;
  for (let b = 0; b < counts.length; b += 1) {
    n += counts[b]!;
    sum += counts[b]! * values[b]!;
  }
  if (n === 0) return { n: 0, mean: null, p05: null, p25: null, p50: null, p75: null, p95: null };
  const q = QUANTILES.map((p) => weightedQuantile(values, counts, p));
  return { n, mean: sum / n, p05: q[0]!, p25: q[1]!, p50: q[2]!, p75: q[3]!, p95: q[4]! };
}
