/**
 * Forgiveness (docs/model.md "Decisions: forgiveness"). Generosity γ is the generous
 * tit-for-tat of Nowak & Sigmund (1992) and Axelrod & Dion (1988): with chance γ a state that is
 * not provoked further lets the opponent's last defection go. Forgiving is a decision about the
 * account, not only about today's move: a state that forgives writes its grievance down to what
 * it would have absorbed unanswered (its effective tolerance τ_i / (1 + Q_i)),
 *
 *   G_i ← min(G_i, τ_i / (1 + Q_i))   on a day state i forgave          (perception.ts)
 *
 * Without it a forgiven grievance comes back the next day, and a state that stood down strikes a
 * few days later with nothing new to answer: a delayed answer no one planned. What is forgiven
 * is only the excess over tolerance; the grievance the state absorbs still fades at its memory δ,
 * and a new blow is answered in full.
 */
import type { ActorState } from './state.js';
import type { StateParams } from './types.js';
import { effectiveTolerance } from './rivalry.js';

/** Generosity applies: not hurt today, and the opponent did not climb above the state yesterday. */
export function mayForgive(suffered: number, opponentPreviousRung: number, previousRung: number, generosityDraw: number, generosity: number): boolean {
  return suffered === 0 && opponentPreviousRung <= previousRung && generosityDraw < generosity;
}

/** The grievance a state keeps after forgiving today (its account is written down to its tolerance). */
export function forgivenGrievance(params: StateParams, self: ActorState): number {
  return self.forgaveToday ? Math.min(self.grievance, effectiveTolerance(params, self)) : self.grievance;
}
