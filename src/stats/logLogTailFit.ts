/**
 * How straight the upper tail of a sample looks on a log–log CCDF plot: the qualitative
 * heavy-tail check of Richardson, Cederman and Clauset et al. The tail is every value at or
 * above the median of the positive values; each distinct tail value v gives the point
 * (log10 v, log10 P(X ≥ v | tail)), and a least-squares line through them is scored by R². A
 * tail spanning less than `minDecades` decades scores 0: a straight line over a short range
 * says nothing about tails.
 *
 * A weak test on purpose (it is what the calibration record asks for): exponential tails over
 * one decade can also score well, so read it with the chart.
 *
 * @example logLogTailFit([1, 2, 4, 8, 16, 32, 64, 128, 256, 512], 1) // { rSquared: 0.99…, decades: 2.1…, points: 6 }
 */
import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics';

export interface TailFit {
  readonly rSquared: number;
  /** log10(max / min) of the tail. */
  readonly decades: number;
  /** Distinct values in the tail (points of the fit). */
  readonly points: number;
}

export function logLogTailFit(values: readonly number[], minDecades: number): TailFit {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length < 3) return { rSquared: 0, decades: 0, points: 0 };
  const median = positive[Math.floor((positive.length - 1) / 2)]!;
  const tail = positive.filter((v) => v >= median);
  const points: [number, number][] = [];
  for (let i = 0; i < tail.length; i += 1) {
    if (i > 0 && tail[i] === tail[i - 1]) continue;
    points.push([Math.log10(tail[i]!), Math.log10((tail.length - i) / tail.length)]);
  }
  const decades = Math.log10(tail[tail.length - 1]! / tail[0]!);
  if (points.length < 3 || decades < minDecades) return { rSquared: 0, decades, points: points.length };
  const line = linearRegressionLine(linearRegression(points));
  return { rSquared: rSquared(points, line), decades, points: points.length };
}
