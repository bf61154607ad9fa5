/**
 * A Latin hypercube of `samples` points in [0, 1)^dimensions: each dimension is cut into
 * `samples` equal strata and every stratum of every dimension holds exactly one point. The
 * random source is a parameter (a seeded stream; never Math.random). Draw order, so a design
 * can be reproduced elsewhere: dimension by dimension, a Fisher–Yates shuffle of the strata
 * (samples − 1 draws, from the last position down), then one uniform jitter per point.
 *
 * @example latinHypercube(4, 2, () => stream.next()) // 4 points; each column has one value in each quarter
 */
export function latinHypercube(samples: number, dimensions: number, random: () => number): number[][] {
  const points = Array.from({ length: samples }, () => new Array<number>(dimensions).fill(0));
  for (let d = 0; d < dimensions; d += 1) {
    const strata = Array.from({ length: samples }, (_, i) => i);
    for (let i = samples - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    for (let i = 0; i < samples; i += 1) points[i]![d] = (strata[i]! + random()) / samples;
  }
  return points;
}
