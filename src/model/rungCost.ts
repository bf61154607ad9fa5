/**
 * Thresholds and risk (docs/model.md "Decisions: what a rung costs"). Standing on a rung costs a
 * state what it must feel before it will stand there, in grievance units (perceived deaths):
 *
 *   cost_i(r) = risk[r] · K_j / K_i / (1 + Q_i)                      (Schelling: the threat that
 *             + [r ≥ kinetic] · pressureWeight · P_i                   leaves something to chance)
 *             + [r ≥ 2 under a ceasefire or agreement] · (ceasefireThreshold_i + leverageWeight · lev(t))
 *             + [r ≥ 2 under a truce] · truceThreshold · [not released: truceRelease.ts]
 *
 * The ladder's risk column makes thresholds (deep strike, war, the unthinkable) expensive; the
 * risk is larger against an opponent able to hurt back (K_j / K_i), which is how a strong–strong
 * dyad stays below war where a strong–weak one need not. Rivalry Q_i (rivalry.ts) discounts it:
 * a state whose restraint has failed before takes more risk ("this calculation no longer pays
 * out"). Third-party pressure is a cost weighed against grievance, not an order: a state that
 * feels enough ignores appeals. A ceasefire adds
 * the cost of being its violator, held up by the leverage behind it (Beardsley); a truce, a pause
 * of a few days with no mechanism behind it, adds only truceThreshold: it is fragile where a
 * ceasefire is durable (Fortna 2004: the strength of an agreement's terms decides how long it
 * holds).
 */
import type { RunContext } from './context.js';
import { currentLeverage } from './ceasefireLeverage.js';
import { truceGate } from './truceRelease.js';

/** Rung from which a truce or ceasefire restrains: beyond verbal hostility. */
export const GATED_FROM_RUNG = 2;

/**
 * The highest rung state i can afford with felt grievance `felt` today. Scans upward and stops
 * at the first rung it cannot afford: a state does not leap over a threshold it will not cross.
 */
export function affordableRung(ctx: RunContext, i: 0 | 1, felt: number): number {
  const params = ctx.params.states[i];
  const other = ctx.params.states[i === 0 ? 1 : 0];
  const { ladder, constants } = ctx.params;
  const pressure = ctx.state.actors[i].pressureByDay.at(ctx.state.day);
  const pressureCost = constants.pressureWeight * pressure;
  const kind = ctx.state.dyad.ceasefire;
  const gated = kind !== 'none';
  const gateCost = kind === 'truce' ? truceGate(ctx, ctx.state.actors[i]) : gated ? params.ceasefireThreshold + constants.leverageWeight * currentLeverage(ctx) : 0;
  const riskScale = other.capability / params.capability / (1 + ctx.state.actors[i].rivalry);
  let cap = 0;
  for (let r = 1; r <= params.maxRung; r += 1) {
    const cost =
      ladder.risk[r]! * riskScale + (r >= ladder.thresholds.kinetic ? pressureCost : 0) + (gated && r >= GATED_FROM_RUNG ? gateCost : 0);
    if (cost > 0 && !(felt > cost)) break;
    cap = r;
  }
  return cap;
}
