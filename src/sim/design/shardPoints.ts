/**
 * The design points of shard i of N: i, i+N, i+2N, … Interleaved rather than contiguous, so
 * costs that grow along a parameter (a longer horizon, a hotter conflict) spread evenly over
 * the shards. Without a shard: every point.
 *
 * @example shardPoints(7, { index: 1, count: 3 }) // [1, 4]
 */
export function shardPoints(total: number, shard: { readonly index: number; readonly count: number } | undefined): number[] {
  const points: number[] = [];
  const step = shard?.count ?? 1;
  for (let p = shard?.index ?? 0; p < total; p += step) points.push(p);
  return points;
}
