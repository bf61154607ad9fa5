/**
 * Response timing (docs/model.md "Decisions: when to answer"). Crossing the kinetic threshold
 * takes planning, mobilisation or a chosen moment: a state that was below the kinetic rung and
 * now wants to fight answers after a lag L ~ NegBin(mean responseLag, dispersion lagDispersion),
 * drawn every day from its decide stream so the draw count never depends on the branch. L = 0
 * answers at once (the same day, also in the reaction pass); L ≥ 1 plans the strike for day
 * t + L and holds below the kinetic rung until then (threats, coercion: the rung 1–3 acts that
 * fill India's 11–12 days after Uri and Pulwama). A plan lapses when the state no longer wants
 * to fight: a long lag cools a grievance that fades quickly (memory δ).
 *
 * Lags apply to entering the exchange only: a state that fought within the last EXCHANGE_MEMORY
 * days is still in it and adjusts day by day.
 */
import type { RunContext } from './context.js';
import { negativeBinomialInverse } from './draw/negativeBinomialInverse.js';
import type { ActorState } from './state.js';
import type { StateParams } from './types.js';

/** Days after its last kinetic day that a state still counts as in the exchange (no new lag). */
export const EXCHANGE_MEMORY = 3;

/** Whether the state fought within the last EXCHANGE_MEMORY days: it is in the exchange, not entering it. */
export function inExchange(self: ActorState, day: number): boolean {
  return day - self.lastKineticDay <= EXCHANGE_MEMORY;
}

/** Today's lag from one uniform: 0 when responseLag is 0. */
export function responseLag(params: StateParams, u: number): number {
  return params.responseLag <= 0 ? 0 : negativeBinomialInverse(u, params.responseLag, params.lagDispersion);
}

/**
 * Today's lag of a state: its uniform is drawn every day (decide.ts), the inversion done only on
 * the days something asks (crossing into the exchange, a same-day reaction), once.
 */
export function lagToday(params: StateParams, self: ActorState): number {
  if (self.lagToday < 0) self.lagToday = responseLag(params, self.lagUniform);
  return self.lagToday;
}

/**
 * The rung the state takes today given the rung it wants: unchanged unless it would cross into
 * kinetic action from below, in which case its lag decides whether that happens today.
 */
export function timeResponse(ctx: RunContext, i: 0 | 1, self: ActorState, wanted: number): number {
  const kinetic = ctx.params.ladder.thresholds.kinetic;
  const day = ctx.state.day;
  if (wanted < kinetic) {
    self.plannedDay = -Infinity;
    return wanted;
  }
  if (inExchange(self, day)) return wanted;
  if (self.plannedDay === -Infinity) {
    const lag = lagToday(ctx.params.states[i], self);
    if (lag === 0) return wanted;
    self.plannedDay = day + lag;
  }
  if (day >= self.plannedDay) {
    self.plannedDay = -Infinity;
    self.moveCause = 'planned';
    return wanted;
  }
  return kinetic - 1; // posture while the strike is prepared
}
