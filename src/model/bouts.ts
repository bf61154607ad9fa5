/**
 * Bouts (MODEL.md §5, §7): runs of days with some rung ≥ 4, allowing up to 3 quiet days inside.
 * Tracked online because "no truce happened yet this bout" decides whether a successful session
 * makes a truce or a ceasefire; recomputed from the records for the run outcome.
 */
import type { RunContext } from './context.js';
import { isKinetic } from './ladder.js';

/** Quiet days that may separate kinetic days within one bout. */
export const MAX_QUIET_DAYS_IN_BOUT = 3;

/** Whether a kinetic day `gap` days after the previous one starts a new bout. */
export function startsNewBout(day: number, lastKineticDay: number): boolean {
  return day - lastKineticDay - 1 > MAX_QUIET_DAYS_IN_BOUT;
}

export function trackBouts(ctx: RunContext): void {
  const { dyad, actors, day } = ctx.state;
  const ladder = ctx.params.ladder;
  if (!isKinetic(ladder, actors[0].rung) && !isKinetic(ladder, actors[1].rung)) return;
  if (startsNewBout(day, dyad.lastKineticDay)) {
    dyad.truceThisBout = false;
    dyad.boutStart = day;
    dyad.boutDays = 0;
  }
  dyad.boutDays += 1;
  dyad.lastKineticDay = day;
  dyad.kineticDays += 1;
}
