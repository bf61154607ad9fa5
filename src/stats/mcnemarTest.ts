/**
 * McNemar's test that a binary outcome is as likely under A as under B, from paired runs. Only
 * discordant pairs carry information: `aOnly` runs where the outcome happened under A but not B,
 * `bOnly` the reverse. Under the null each discordant pair is a fair coin.
 *
 * The p-value is exact (two-sided binomial, 2·P(X ≤ min) with X ~ Bin(aOnly + bOnly, ½), capped
 * at 1) when there are fewer than 25 discordant pairs, where the chi-square approximation is
 * poor; otherwise it is the chi-square with continuity correction, (|aOnly − bOnly| − 1)² /
 * (aOnly + bOnly) on one degree of freedom (Edwards 1948; R's `mcnemar.test` default). The
 * statistic is reported either way (null without discordant pairs).
 *
 * @example mcnemarTest(6, 16) // { statistic: 3.6818…, p: 0.0525 (exact), method: 'exact binomial', discordant: 22 }
 */
import { chiSquarePValue } from './chiSquarePValue.js';

export interface McNemarResult {
  readonly discordant: number;
  readonly statistic: number | null;
  readonly p: number;
  readonly method: 'exact binomial' | 'chi-square, continuity-corrected';
}

/** Below this many discordant pairs the p-value is exact. */
export const MCNEMAR_EXACT_BELOW = 25;

export function mcnemarTest(aOnly: number, bOnly: number): McNemarResult {
  const discordant = aOnly + bOnly;
  const statistic = discordant === 0 ? null : Math.max(0, Math.abs(aOnly - bOnly) - 1) ** 2 / discordant;
  if (discordant < MCNEMAR_EXACT_BELOW) {
    return { discordant, statistic, p: exactTwoSided(Math.min(aOnly, bOnly), discordant), method: 'exact binomial' };
  }
  return { discordant, statistic, p: chiSquarePValue(statistic!), method: 'chi-square, continuity-corrected' };
}

/** 2·P(X ≤ k), X ~ Bin(n, ½), capped at 1; summed exactly (n < 25 keeps every term exact). */
function exactTwoSided(k: number, n: number): number {
  let term = 0.5 ** n;
  let tail = term;
  for (let i = 1; i <= k; i += 1) {
    term = (term * (n - i + 1)) / i;
    tail += term;
  }
  return Math.min(1, 2 * tail);
}
