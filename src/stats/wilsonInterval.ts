/**
 * Wilson score interval for a binomial proportion: honest near 0 and 1 and for small n, where
 * the normal (Wald) interval collapses or leaves [0, 1].
 *
 * @example wilsonInterval(8, 10) // { p: 0.8, lower: 0.4902…, upper: 0.9433… }
 */
import { normalQuantile } from '../model/index.js';

export interface Proportion {
  readonly k: number;
  readonly n: number;
  readonly p: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export function wilsonInterval(k: number, n: number, confidence = 0.95): Proportion {
  if (n === 0) return { k, n, p: null, lower: null, upper: null };
  // Not simple-statistics' probit: its probit(0.975) is 1.95716, not 1.95996.
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { k, n, p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
