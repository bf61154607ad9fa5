/**
 * Counter-escalation (docs/model.md "Decisions: counter-escalation"). A state answered
 * kinetically answers at the opponent's rung, or one above it when it is clearly the stronger
 * (Kahn's escalation dominance: the side that expects to do better one rung up threatens to go
 * there):
 *
 *   margin_i = [K_i / K_j ≥ dominanceRatio]      counter_i = min(r_j + margin_i, maxRung_i)
 *
 * The climb is still bounded by what the state can afford (rungCost.ts), so a bout can climb over
 * several days of exchange to its peak, and an exchange can reach open war when grievance has
 * grown past the risk of war.
 *
 * The reaction pass gives the same-night answer: after both states have chosen today's rungs, a
 * state whose opponent chose a kinetic rung above its own, and whose response lag today is 0,
 * raises its rung to its counter rung the same day, feeling the harm it is about to receive
 * (feel(E_j(r_j)), on the felt scale of perception.ts). One round only: nobody reacts to a
 * reaction on the same day.
 */
import type { RunContext } from './context.js';
import { isKinetic } from './ladder.js';
import { feltHarm } from './perception.js';
import { effectiveTolerance } from './rivalry.js';
import { lagToday } from './responseTiming.js';
import { affordableRung } from './rungCost.js';

export function dominanceMargin(ctx: RunContext, i: 0 | 1): 0 | 1 {
  const a = ctx.params.states[0];
  const b = ctx.params.states[1];
  const ratio = i === 0 ? a.capability / b.capability : b.capability / a.capability;
  return ratio >= ctx.params.constants.dominanceRatio ? 1 : 0;
}

/** The rung state i answers an opponent's rung with, before what it can afford. */
export function counterRung(ctx: RunContext, i: 0 | 1, opponentRung: number): number {
  return Math.min(opponentRung + dominanceMargin(ctx, i), ctx.params.states[i].maxRung);
}

/**
 * Same-day reactions to today's chosen rungs, in place: `chosen` holds both states' rungs for
 * today. Scripted rungs never change. Both reactions read the rungs as chosen, not each other's
 * reactions.
 */
export function reactSameDay(ctx: RunContext, chosen: Int32Array): void {
  const chosenA = chosen[0]!;
  const chosenB = chosen[1]!;
  for (let i: 0 | 1 = 0; i < 2; i = (i + 1) as 0 | 1) {
    const j = i === 0 ? 1 : 0;
    const self = ctx.state.actors[i];
    const own = i === 0 ? chosenA : chosenB;
    const opponentRung = j === 0 ? chosenA : chosenB;
    if (self.forcedRung >= 0 || !isKinetic(ctx.params.ladder, opponentRung) || opponentRung <= own) continue;
    if (self.haltUntil >= ctx.state.day || lagToday(ctx.params.states[i], self) !== 0) continue;
    const felt = self.grievance + self.perceivedHarm + feltHarm(ctx.expectedHarm[j][opponentRung]!, ctx.params.constants.lossScale);
    if (!(felt > effectiveTolerance(ctx.params.states[i], self))) continue;
    const answer = Math.min(counterRung(ctx, i, opponentRung), affordableRung(ctx, i, felt));
    if (answer > own) {
      chosen[i] = answer;
      self.moveCause = 'reaction';
      self.plannedDay = -Infinity;
    }
  }
}
