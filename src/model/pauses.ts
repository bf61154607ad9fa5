/**
 * Pauses without a table (docs/model.md "Pauses without a table"). Not every truce comes out of
 * a hosted session: a third party with leverage on both sides can announce a pause it has
 * brokered by telephone, and two states with a working military hotline can agree one directly
 * (the DGMO hotline of India and Pakistan). Both need the conflict to be ripe (Zartman: a
 * mutually hurting stalemate, the lower MHS of the two states):
 *
 *   announced by k (k appealed today):  p = σ(p0 + p_ripe · min_i MHS_i + p_lev · meanLeverage_k)
 *   over the hotline (constants.hotline): p = σ(c0 + c_ripe · min_i MHS_i)
 *
 * The hotline's value of day t is the t-th of its stream (DailyDraws), read only when weighed.
 *
 * Like a session's success, the first pause of a bout is a truce of truceDays; a later one is a
 * ceasefire (hosted by the announcing party, which then holds follow-up rounds if it can host;
 * none over the hotline). Only while fighting goes on (some state at a kinetic rung today), with
 * no truce, ceasefire or talks pending.
 */
import { beginCeasefire, beginTruce, meanLeverage, recentAppealers } from './ceasefire.js';
import type { RunContext } from './context.js';
import { isKinetic } from './ladder.js';
import { logistic } from './logistic.js';

/** Position of the pause draw in a party's daily talks draws (streams.ts). */
export const PAUSE_DRAW = 5;

export function pausePass(ctx: RunContext): void {
  const { dyad, actors, day } = ctx.state;
  const { ladder, constants, thirdParties } = ctx.params;
  if (dyad.ceasefire !== 'none' || dyad.talksHost >= 0) return;
  if (!isKinetic(ladder, actors[0].rung) && !isKinetic(ladder, actors[1].rung)) return;
  const ripeness = Math.min(actors[0].mhs, actors[1].mhs);
  for (let k = 0; k < thirdParties.length; k += 1) {
    const party = thirdParties[k]!;
    const leverage = meanLeverage(party.leverage);
    if (leverage <= 0 || ctx.state.parties[k]!.lastAppealDay !== day) continue;
    const p = logistic(constants.pause.p0 + constants.pause.ripeness * ripeness + constants.pause.leverage * leverage);
    if (ctx.streams.talks[k]!.on(day)[PAUSE_DRAW]! < p) {
      begin(ctx, recentAppealers(ctx).leverage, party.canHost ? k : -1, 'pause');
      return;
    }
  }
  if (constants.hotline && ctx.streams.hotline.on(day)[0]! < logistic(constants.hotlineDeal.c0 + constants.hotlineDeal.ripeness * ripeness)) {
    begin(ctx, recentAppealers(ctx).leverage, -1, 'hotline');
  }
}

function begin(ctx: RunContext, leverage: number, host: number, cause: 'pause' | 'hotline'): void {
  if (!ctx.state.dyad.truceThisBout) beginTruce(ctx, leverage, cause);
  else beginCeasefire(ctx, leverage, host, cause);
}
