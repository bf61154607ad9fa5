/**
 * How good a candidate parameter set is, as `brink calibrate` ranks them: first the number of
 * targets met; then how far the failing criteria are from their bands; then how close every
 * criterion with an observed value comes to it. Distances are in units of each criterion's own
 * scale (its band's width, or the observed value's size), so days, shares and ratios add up.
 */
import type { CheckResult, CriterionResult } from './checkTargets.js';

export interface Score {
  readonly passed: number;
  /** Σ over failing criteria of the distance to the band (0 when all pass). */
  readonly bandDistance: number;
  /** Σ over criteria with an observed value of |simulated − observed|. */
  readonly closeness: number;
}

function scale(c: CriterionResult): number {
  const { min, max } = c.accept;
  if (min !== undefined && max !== undefined && max > min) return max - min;
  // A band at 0 with no observed value has no size of its own: count in units of 1.
  return Math.max(Math.abs(min ?? max ?? 0), Math.abs(c.observed ?? 0)) || 1;
}

function bandDistance(c: CriterionResult): number {
  // A criterion with no estimate (no runs showed it) is as far as can be: one full scale.
  if (c.estimate === null) return 1;
  const below = c.accept.min !== undefined ? Math.max(0, c.accept.min - c.estimate) : 0;
  const above = c.accept.max !== undefined ? Math.max(0, c.estimate - c.accept.max) : 0;
  return (below + above) / scale(c);
}

export function scoreCheck(result: CheckResult): Score {
  let band = 0;
  let close = 0;
  for (const target of result.targets) {
    for (const c of target.criteria) {
      band += bandDistance(c);
      if (c.observed !== null) close += c.estimate === null ? 1 : Math.abs(c.estimate - c.observed) / scale(c);
    }
  }
  return { passed: result.passed, bandDistance: band, closeness: close };
}

/** Negative when `a` is better than `b` (a sort comparator: best first). */
export function compareScores(a: Score, b: Score): number {
  if (a.passed !== b.passed) return b.passed - a.passed;
  if (Math.abs(a.bandDistance - b.bandDistance) > 1e-12) return a.bandDistance - b.bandDistance;
  return a.closeness - b.closeness;
}
