/**
 * Bouts (docs/model.md "Bouts"): runs of days on which some state's rung is at least
 * `bouts.openRung` (default the kinetic threshold), allowing up to `bouts.maxQuietDays` days below
 * it inside (default 3). Tracked online because "no truce happened yet this bout" decides whether
 * a successful session makes a truce or a ceasefire, and mechanisms may read the current bout's
 * start and length; recomputed from the records for the run outcome, by the same rule.
 */
import type { RunContext } from './context.js';
import { isKinetic } from './ladder.js';
import { notePrecedent } from './precedent.js';
import type { BoutRule } from './types.js';

/**
 * Whether a day belongs to a bout: some rung at openRung or above, and — unless the rule counts
 * violations — no truce, ceasefire or agreement in force when the states decided.
 */
export function inBout(rule: BoutRule, rungA: number, rungB: number, underCeasefire: boolean): boolean {
  return (rungA >= rule.openRung || rungB >= rule.openRung) && (rule.violations || !underCeasefire);
}

/** records.boutDay: a day of the bout's fighting, and a truce day that keeps a live bout going. */
export const BOUT_DAY = 1;
export const BOUT_PAUSE = 2;

/** Whether a bout day, after the previous bout day `lastBoutDay` (−∞ if none), starts a new bout. */
export function startsNewBout(rule: BoutRule, day: number, lastBoutDay: number): boolean {
  return day - lastBoutDay - 1 > rule.maxQuietDays;
}

export function trackBouts(ctx: RunContext): void {
  const { dyad, actors, day } = ctx.state;
  const { ladder, bouts } = ctx.params;
  if (isKinetic(ladder, actors[0].rung) || isKinetic(ladder, actors[1].rung)) {
    dyad.lastKineticDay = day;
    dyad.kineticDays += 1;
  }
  // Phase 4 runs after the day's scripted events and before its own truces and collapses: the
  // ceasefire now is the one the states decided under. A scripted rung is a fact imposed on the
  // run, never a violation (scripted.ts), so a day with one counts.
  const scripted = actors[0].forcedRung >= 0 || actors[1].forcedRung >= 0;
  const boutDay = inBout(bouts, actors[0].rung, actors[1].rung, dyad.ceasefire !== 'none' && !scripted);
  // A truce is a pause inside a bout, not its end: while the bout is live its days keep it alive
  // (the 48-hour truce of 15 Oct 2025 sits inside the bout of 9–19 Oct).
  const pause = !boutDay && dyad.ceasefire === 'truce' && !startsNewBout(bouts, day, dyad.lastBoutDay);
  if (day >= 0) ctx.records.boutDay[day] = boutDay ? BOUT_DAY : pause ? BOUT_PAUSE : 0; // days before 0 are not recorded
  if (pause) dyad.lastBoutDay = day;
  if (!boutDay) return;
  const newBout = startsNewBout(bouts, day, dyad.lastBoutDay);
  notePrecedent(actors[0], newBout);
  notePrecedent(actors[1], newBout);
  if (newBout) {
    dyad.truceThisBout = false;
    dyad.boutStart = day;
    dyad.boutDays = 0;
  }
  dyad.lastBoutDay = day;
  dyad.boutDays += 1;
}
