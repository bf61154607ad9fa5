/**
 * The difference between two proportions measured on the same runs (p_B − p_A), with
 * Newcombe's (1998, paired data) method 10 interval: the Wilson intervals of each proportion
 * combined "square and add", corrected for the correlation between them. Unlike the Wald
 * interval it stays sensible near 0 and 1 and with few discordant pairs; unlike a bootstrap it
 * needs no random numbers. The correlation estimate φ is Newcombe's: (both·neither − aOnly·bOnly)
 * shrunk towards 0 by n/2 when positive, 0 when any margin is empty.
 *
 * @example pairedProportionDifference({ both: 59, aOnly: 16, bOnly: 6, neither: 80 })
 *   // { difference: −0.0621, lower: −0.1186, upper: −0.0046, … }
 */
import { wilsonInterval } from './wilsonInterval.js';

/** A paired 2×2 table: runs by whether the outcome happened under A and under B. */
export interface PairedTable {
  readonly both: number;
  readonly aOnly: number;
  readonly bOnly: number;
  readonly neither: number;
}

export interface PairedProportions {
  readonly n: number;
  readonly a: number | null;
  readonly b: number | null;
  /** p_B − p_A. */
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export function pairedProportionDifference(table: PairedTable, confidence = 0.95): PairedProportions {
  const { both, aOnly, bOnly, neither } = table;
  const n = both + aOnly + bOnly + neither;
  if (n === 0) return { n, a: null, b: null, difference: null, lower: null, upper: null };
  const withA = both + aOnly;
  const withB = both + bOnly;
  const a = wilsonInterval(withA, n, confidence);
  const b = wilsonInterval(withB, n, confidence);
  const pA = a.p!;
  const pB = b.p!;
  const difference = pB - pA;
  const phi = correlation(table, n);
  // Distances from each estimate to its own Wilson limits.
  const bDown = pB - b.lower!;
  const bUp = b.upper! - pB;
  const aDown = pA - a.lower!;
  const aUp = a.upper! - pA;
  const lower = difference - Math.sqrt(Math.max(0, bDown ** 2 + aUp ** 2 - 2 * phi * bDown * aUp));
  const upper = difference + Math.sqrt(Math.max(0, bUp ** 2 + aDown ** 2 - 2 * phi * bUp * aDown));
  return { n, a: pA, b: pB, difference, lower: Math.max(-1, lower), upper: Math.min(1, upper) };
}

function correlation({ both, aOnly, bOnly, neither }: PairedTable, n: number): number {
  const margins = (both + aOnly) * (bOnly + neither) * (both + bOnly) * (aOnly + neither);
  if (margins === 0) return 0;
  const cross = both * neither - aOnly * bOnly;
  const shrunk = cross > n / 2 ? cross - n / 2 : cross >= 0 ? 0 : cross;
  return shrunk / Math.sqrt(margins);
}
