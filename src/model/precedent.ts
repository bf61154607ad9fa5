/**
 * Precedent: the last answer sets the next one's floor (docs/model.md "Decisions: precedent").
 * A state that answered its last bout at rung p does not open its answer to the next provocation
 * below p: answering lower would read as lost resolve (Weisiger & Yarhi-Milo 2015: past actions
 * shape reputation for resolve), and a threshold once crossed has lost its salience (Schelling,
 * Arms and Influence, on thresholds and precedents). India's answers to Uri (2016, raids across
 * the Line of Control) and Pulwama (2019, air strikes on Balakot) were each declared "the new
 * normal". So when state i crosses into kinetic action,
 *
 *   r_i ≥ p_i,   p_i = its highest rung in the latest completed bout and in the current one
 *
 * before costs are weighed: a precedent is a floor on what it wants, never on what it can afford
 * (rungCost.ts), so risk, pressure and a truce still hold it below.
 */
import type { RunContext } from './context.js';
import { startsNewBout } from './bouts.js';
import type { ActorState } from './state.js';

/** The rung a state wants when it opens an answer (from below the kinetic rung): at least its precedent. */
export function openingRung(ctx: RunContext, self: ActorState, proportional: number): number {
  const kinetic = ctx.params.ladder.thresholds.kinetic;
  if (proportional < kinetic || self.rung >= kinetic) return proportional;
  return Math.max(proportional, precedentRung(ctx, self));
}

/** p_i today, before today's bout tracking: a day that would open a new bout sees the latest bout as completed. */
export function precedentRung(ctx: RunContext, self: ActorState): number {
  const { dyad, day } = ctx.state;
  const opensNewBout = startsNewBout(ctx.params.bouts, day, dyad.lastBoutDay);
  return opensNewBout ? self.boutPeak : Math.max(self.lastBoutPeak, self.boutPeak);
}

/** bouts.ts, on every bout day after decisions: a new bout moves the running peak to the completed one. */
export function notePrecedent(self: ActorState, newBout: boolean): void {
  if (newBout) {
    self.lastBoutPeak = self.boutPeak;
    self.boutPeak = 0;
  }
  if (self.rung > self.boutPeak) self.boutPeak = self.rung;
}
