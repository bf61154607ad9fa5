/**
 * The point is made when the other side stops (docs/model.md "Perception: the point made").
 * Compellence succeeds when the opponent's behaviour confirms it (Schelling, Arms and Influence),
 * and states learn from the battlefield, not from their own communiqués (Slantchev 2003; Smith &
 * Stam 2004). So a state's grievance is settled only on a day it struck and the opponent stood
 * down — stepped down a rung or was not fighting — and then by a share set by its satisfaction κ,
 * whatever the size of the blow (a weak state that cannot hurt a strong one can still make its
 * point):
 *
 *   settled_i = [r_i(t) ≥ kinetic and (r_j(t) < r_j(t−1) or r_j(t) < kinetic)]
 *   G_i ← δ · G_i / (1 + κ_i · settled_i) + …                              (perception.ts)
 *
 * Its claims (inflated, outcomes.ts) settle nothing: they feed its narrative (narrative.ts).
 * While the opponent keeps answering, nothing is settled and the exchange climbs.
 */
import type { RunContext } from './context.js';

export function opponentStoodDown(ctx: RunContext, j: 0 | 1): boolean {
  const opponent = ctx.state.actors[j];
  return opponent.rung < opponent.prevRung || opponent.rung < ctx.params.ladder.thresholds.kinetic;
}

/** The factor today's point made divides state i's grievance by: 1 + κ_i, or 1. */
export function pointMadeDivisor(ctx: RunContext, i: 0 | 1): number {
  const self = ctx.state.actors[i];
  if (self.rung < ctx.params.ladder.thresholds.kinetic || !opponentStoodDown(ctx, i === 0 ? 1 : 0)) return 1;
  return 1 + ctx.params.states[i].satisfaction;
}
