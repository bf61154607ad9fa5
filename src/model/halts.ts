/**
 * Face-saving halts (docs/model.md "Pauses without a table"). A state that fought yesterday may
 * halt on its own, when it is hurting or can claim victory, and more readily "at the request of"
 * third parties with leverage on it:
 *
 *   p_halt = σ(h0 + h_mhs · MHS_i + h_lev · Σ_k leverage_k,i · cred_k,i + h_narr · ln(1 + ν_i / lossScale))
 *
 * over the parties k that appealed yesterday (appeals come after decisions, so yesterday's is the
 * latest a decision hears). Ripeness (Zartman: a state that is hurting, MHS) and a victory
 * narrative ν it can point to (narrative.ts) make the halt likelier; the request or the narrative
 * is the face-saver, so the halt is not held back by audience costs (Fearon 1994 audience costs
 * bind climb-downs a state cannot explain; a halt is explained). A halted state stays below the
 * kinetic rung for haltDays unless it is struck (perception.ts ends the halt).
 */
import type { RunContext } from './context.js';
import { logistic } from './logistic.js';

/** Σ leverage × credibility on state i of the parties that appealed yesterday. */
export function appealingLeverage(ctx: RunContext, i: 0 | 1): number {
  const parties = ctx.params.thirdParties;
  const yesterday = ctx.state.day - 1;
  let sum = 0;
  for (let k = 0; k < parties.length; k += 1) {
    if (ctx.state.parties[k]!.lastAppealDay === yesterday) sum += parties[k]!.leverage[i] * parties[k]!.credibility[i];
  }
  return sum;
}

export function haltProbability(ctx: RunContext, i: 0 | 1): number {
  const leverage = appealingLeverage(ctx, i);
  const self = ctx.state.actors[i];
  const c = ctx.params.constants;
  const narrative = Math.log1p(Math.max(0, self.narrative) / c.lossScale);
  return logistic(c.halt.h0 + c.halt.mhs * self.mhs + c.halt.leverage * leverage + c.halt.narrative * narrative);
}

/** Whether state i halts today (it fought yesterday), from its daily halt draw. */
export function haltsToday(ctx: RunContext, i: 0 | 1, draw: number): boolean {
  const self = ctx.state.actors[i];
  if (self.rung < ctx.params.ladder.thresholds.kinetic) return false;
  return draw < haltProbability(ctx, i);
}
