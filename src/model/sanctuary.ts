/**
 * Sanctuary strikes (docs/model.md "Decisions: sanctuary strikes"). A state answering a militant
 * group based across the border aims at the group, not at the host's army: its opening answer,
 * when the host has not struck it, is a strike on the group's sanctuaries (the ladder's
 * cross-border strike rung), whatever harm a clash with the host's border posts would do.
 *
 *   if state i opens an answer (r_prop ≥ kinetic, r_i(t−1) < kinetic), the opponent j did not
 *   strike yesterday (r_j(t−1) < kinetic) and the group gave it something to answer: a spoiler
 *   attack on i blamed on j since i last stood on a kinetic rung:
 *       r_prop ← max(r_prop, sanctuaryRung)
 *
 * Transnational rebels make the host's territory the battlefield (Salehyan 2007; Byman 2005 on
 * state sponsors and sanctuaries): Pakistan opened its 2024–2025 bouts with strikes on TTP targets
 * in Khost, Paktika and Kabul, India its 2016 and 2019 bouts with strikes on launch pads and a
 * camp across the LoC, never with a clash at the posts. Like precedent (precedent.ts) it raises
 * what a state wants, never what it can afford: rung costs (rungCost.ts) still cap it, and a
 * state whose maxRung is lower stays there. Answers to the host's own fire stay proportional
 * or counter-escalatory (decide.ts).
 */
import type { RunContext } from './context.js';
import type { ActorState } from './state.js';

/** The rung state i wants when it opens an answer the opponent did not provoke by fire. */
export function sanctuaryRung(ctx: RunContext, self: ActorState, opponentPreviousRung: number, proportional: number): number {
  const kinetic = ctx.params.ladder.thresholds.kinetic;
  if (proportional < kinetic || self.rung >= kinetic || opponentPreviousRung >= kinetic) return proportional;
  // Only an attack it has not yet answered: a grievance left from the last exchange is the host's.
  return self.lastBlamedAttackDay > self.lastKineticDay ? Math.max(proportional, ctx.params.constants.sanctuaryRung) : proportional;
}
