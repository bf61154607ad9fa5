/**
 * The p-quantile of data given as distinct values with counts, by linear interpolation between
 * order statistics (type 7 in R and numpy; the definition of simple-statistics 7.12.1's
 * `quantileSorted`). On exact histograms it equals the quantile of the raw values.
 *
 * @example weightedQuantile([1, 2, 10], [2, 1, 1], 0.5) // 1.5  (data 1, 1, 2, 10)
 */
export function weightedQuantile(values: ArrayLike<number>, counts: ArrayLike<number>, p: number): number {
  let n = 0;
  for (let b = 0; b < counts.length; b += 1) n += counts[b]!;
  if (n === 0) return NaN;
  const index = (n - 1) * p;
  const lower = Math.floor(index);
  const fraction = index - lower;
  const low = orderStatistic(values, counts, lower);
  return fraction === 0 ? low : low + fraction * (orderStatistic(values, counts, lower + 1) - low);
}

/** The k-th smallest value (0-based); values must be in increasing order. */
export function orderStatistic(values: ArrayLike<number>, counts: ArrayLike<number>, k: number): number {
  let seen = 0;
  for (let b = 0; b < counts.length; b += 1) {
    seen += counts[b]!;
    if (seen > k) return values[b]!;
  }
  return values[values.length - 1]!;
}
