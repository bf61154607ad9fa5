/**
 * First-order and total Sobol' indices of every parameter from the outputs of a Saltelli
 * design, with percentile bootstrap intervals: the N base rows (each with its f(A), f(B) and
 * f(A_B^(i))) are resampled with replacement `resamples` times and all indices recomputed. The
 * random source is a parameter (a seeded stream); draw order: N row indices per resample.
 *
 * Outputs are centred first (the pooled mean of f(A) and f(B) subtracted), as SALib does: the
 * first-order estimator stays unbiased under a shift, but its variance grows with the output's
 * mean², so a probability near 1 would otherwise give wild estimates. Jansen's total index and
 * V do not change.
 *
 * When the output does not vary over the design (V = 0) no index is defined: all are null.
 *
 * @example sobolIndices({ a, b, ab: [ab1, ab2] }, { random, resamples: 1000 })[0].first.estimate
 */
import { outputVariance } from './outputVariance.js';
import { sobolFirstOrder } from './sobolFirstOrder.js';
import { sobolTotal } from './sobolTotal.js';
import { weightedQuantile } from './weightedQuantile.js';

/** Outputs of a Saltelli design: f(A), f(B) and f(A_B^(i)) for each parameter i, by base row. */
export interface SaltelliOutputs {
  readonly a: ArrayLike<number>;
  readonly b: ArrayLike<number>;
  readonly ab: readonly ArrayLike<number>[];
}

export interface IndexEstimate {
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface SobolIndexRow {
  readonly first: IndexEstimate;
  readonly total: IndexEstimate;
}

export interface SobolOptions {
  readonly random: () => number;
  readonly resamples: number;
  readonly confidence?: number;
}

const UNDEFINED: IndexEstimate = { estimate: null, lower: null, upper: null };

export function sobolIndices(outputs: SaltelliOutputs, options: SobolOptions): SobolIndexRow[] {
  const n = outputs.a.length;
  let sum = 0;
  for (let j = 0; j < n; j += 1) sum += outputs.a[j]! + outputs.b[j]!;
  const mean = sum / (2 * n);
  const centred = (values: ArrayLike<number>) => Float64Array.from(values, (v) => v - mean);
  const a = centred(outputs.a);
  const b = centred(outputs.b);
  const ab = outputs.ab.map(centred);
  const variance = outputVariance(a, b);
  if (!(variance > 0)) return ab.map(() => ({ first: UNDEFINED, total: UNDEFINED }));
  const first = ab.map((abi) => sobolFirstOrder(a, b, abi, variance));
  const total = ab.map((abi) => sobolTotal(a, abi, variance));
  const firstDraws = ab.map(() => new Float64Array(options.resamples));
  const totalDraws = ab.map(() => new Float64Array(options.resamples));
  const rows = new Uint32Array(n);
  let kept = 0;
  for (let r = 0; r < options.resamples; r += 1) {
    for (let j = 0; j < n; j += 1) rows[j] = Math.floor(options.random() * n);
    const v = outputVariance(a, b, rows);
    // A resample whose outputs are all equal defines no index: leave it out.
    if (!(v > 0)) continue;
    ab.forEach((abi, i) => {
      firstDraws[i]![kept] = sobolFirstOrder(a, b, abi, v, rows);
      totalDraws[i]![kept] = sobolTotal(a, abi, v, rows);
    });
    kept += 1;
  }
  const tail = (1 - (options.confidence ?? 0.95)) / 2;
  const interval = (estimate: number, draws: Float64Array): IndexEstimate => {
    if (kept === 0) return { estimate, lower: null, upper: null };
    const sorted = draws.subarray(0, kept).sort();
    const ones = new Float64Array(kept).fill(1);
    return { estimate, lower: weightedQuantile(sorted, ones, tail), upper: weightedQuantile(sorted, ones, 1 - tail) };
  };
  return ab.map((_, i) => ({ first: interval(first[i]!, firstDraws[i]!), total: interval(total[i]!, totalDraws[i]!) }));
}
