/**
 * The rivalry stock Q (docs/model.md "Memory between bouts"): a slow memory, months long, of
 * what went wrong between the two states — failed talks, collapsed truces and ceasefires, and
 * blamed attacks left unanswered (Richardson's grievance term; Fearon 1995 on commitment
 * problems: each failure teaches that restraint does not pay). It makes each side readier in
 * the next bout:
 *
 *   tolerance_eff = tolerance / (1 + Q)        k_eff = proportionality · (1 + Q)
 *
 * so the same trigger meets a lower threshold and a larger answer: a ratchet across bouts.
 * Q halves every rivalryHalfLife days.
 */
import type { RunContext } from './context.js';
import { ratesOf } from './rates.js';
import type { ActorState } from './state.js';
import type { StateParams } from './types.js';

export function effectiveTolerance(params: StateParams, self: ActorState): number {
  return params.tolerance / (1 + self.rivalry);
}

export function effectiveProportionality(params: StateParams, self: ActorState): number {
  return params.proportionality * (1 + self.rivalry);
}

/** Adds to both states' rivalry (failed talks, a collapse: shared experiences of failure). */
export function feedRivalry(ctx: RunContext, amount: number): void {
  ctx.state.actors[0].rivalry += amount;
  ctx.state.actors[1].rivalry += amount;
}

/**
 * A truce or ceasefire shelves grievances rather than settling them (frozen conflicts; Fortna):
 * when one begins, each state's grievance above the gate that will hold it (truceThreshold for a
 * truce, its ceasefireThreshold for a ceasefire: rungCost.ts) is banked into its rivalry,
 * Q += banked · ln(1 + excess / lossScale), and the grievance kept is the gate's threshold. A
 * violation then answers new harm, not the whole account; the account returns in the next bout.
 */
export function shelveGrievances(ctx: RunContext, kind: 'truce' | 'ceasefire'): void {
  const c = ctx.params.constants;
  for (let i = 0; i < 2; i += 1) {
    const self = ctx.state.actors[i as 0 | 1];
    const threshold = kind === 'truce' ? c.truceThreshold : ctx.params.states[i as 0 | 1].ceasefireThreshold;
    const excess = self.grievance - threshold;
    if (excess <= 0) continue;
    self.grievance -= excess;
    self.rivalry += c.rivalry.banked * Math.log1p(excess / c.lossScale);
  }
}

/** Daily fade and the unanswered-attack feed; run after perception, once a day. */
export function updateRivalry(ctx: RunContext): void {
  const c = ctx.params.constants;
  const fade = ratesOf(ctx.params).rivalryFade;
  const kinetic = ctx.params.ladder.thresholds.kinetic;
  for (const self of ctx.state.actors) {
    const unanswered = self.rung < kinetic ? self.blamedSpoilerDeaths : 0;
    self.rivalry = self.rivalry * fade + c.rivalry.unanswered * unanswered;
  }
}
