/**
 * Summary of one tallied distribution: count, mean and the 5/25/50/75/95% quantiles, from the
 * value each bin stands for and its count. Exact for exact bins; within half a bin width for
 * geometric bins (docs/outputs.md).
 *
 * @example describeCounts([0, 1, 2], [0, 2, 1]).p50 // 1
 */

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
    sum += counts[b]!* values[b]!;
  }
  if (n === 0) return { n: 0, mean: null, p05: null, p25: null, p50: null, p75: null, p95: null };
  // The five quantiles in one walk over the bins: their order statistics rise with p, so each
  // starts where the last stopped (an ensemble summary asks for ~2,000 of these; five walks from
  // the first bin each were most of a short ensemble's statistics). The same numbers as
  // weightedQuantile (type 7) gives for each p alone.
  const q = [0, 0, 0, 0, 0];
  const last = counts.length - 1;
  let bin = 0;
  let seen = counts.length > 0 ? counts[0]! : 0;
  for (let j = 0; j < QUANTILES.length; j += 1) {
    const index = (n - 1) * QUANTILES[j]!;
    const lower = Math.floor(index);
    const fraction = index - lower;
    while (seen <= lower && bin < last) seen += counts[++bin]!;
    const low = seen > lower ? values[bin]! : values[values.length - 1]!;
    if (fraction === 0) {
      q[j] = low;
      continue;
    }
    // The next order statistic: the same bin unless this bin's runs end at `lower`.
    let next = bin;
    let nextSeen = seen;
    while (nextSeen <= lower + 1 && next < last) nextSeen += counts[++next]!;
    const high = nextSeen > lower + 1 ? values[next]! : values[values.length - 1]!;
    q[j] = low + fraction * (high - low);
  }
  return { n, mean: sum / n, p05: q[0]!, p25: q[1]!, p50: q[2]!, p75: q[3]!, p95: q[4]! };
}
