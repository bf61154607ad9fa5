/**
 * n points in [0, 1]^d, one in each of n equal strata of every dimension (McKay, Beckman and
 * Conover 1979): a space-filling first generation for a search. The random source is passed in.
 *
 * @example latinHypercube(4, 2, uniforms) // 4 points; their x's fall one in each of [0,¼), [¼,½), [½,¾), [¾,1)
 */
export function latinHypercube(n: number, dimensions: number, random: () => number): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(dimensions).fill(0));
  for (let d = 0; d < dimensions; d += 1) {
    const strata = Array.from({ length: n }, (_, i) => i);
    // Fisher–Yates: a uniformly random assignment of strata to points.
    for (let i = n - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    for (let i = 0; i < n; i += 1) points[i]![d] = (strata[i]! + random()) / n;
  }
  return points;
}
