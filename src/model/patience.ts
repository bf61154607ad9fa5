/**
 * Patience with the host (docs/model.md "Decisions: patience with the host"). A state attacked by
 * a group based across the border first asks the host to act, and strikes the group on the host's
 * soil only once it has judged the host unwilling or unable to (Deeks 2012 on the "unwilling or
 * unable" test; Byman 2005: states press a sponsor by diplomacy before force). Each attack blamed
 * on the host is evidence against it and spends some of the patience; when none is left the
 * verdict stands and answers to the group take the usual course (sanctuary.ts).
 *
 *   Π_i(0) = patience_i · initialPatience_i
 *   blamed attack felt as h:   Π_i ← max(0, Π_i − h)
 *   while Π_i > 0, opening an answer to an unanswered blamed attack (r_i(t−1) < kinetic,
 *   r_j(t−1) < kinetic):   r_i ≤ kinetic − 1   (a posture, a démarche, not a strike)
 *
 * Pakistan absorbed six months of TTP attacks after the Torkham assurance of September 2023 and
 * first struck in Khost and Paktika after Mir Ali (March 2024, its first acknowledged strikes
 * since 2022); India answered no attack across the LoC between Mumbai (2008) and Uri (2016). The
 * host's own fire is answered as before: patience is about the group, not about the host's army.
 * A state whose patience is 0 (the default) behaves exactly as without this mechanism.
 */
import type { RunContext } from './context.js';
import type { ActorState } from './state.js';

/** Spend patience on a blamed attack felt as `felt` (spoilers.ts, when blame falls). */
export function spendPatience(victim: ActorState, felt: number): void {
  if (victim.patience > 0) victim.patience = Math.max(0, victim.patience - felt);
}

/**
 * The highest rung a state is willing to open at today: kinetic − 1 while it still awaits the host
 * and has only the group's attack to answer, else no limit (the ladder's top).
 */
export function patientCeiling(ctx: RunContext, self: ActorState, opponentPreviousRung: number): number {
  const { ladder } = ctx.params;
  if (self.patience <= 0) return ladder.top;
  const kinetic = ladder.thresholds.kinetic;
  if (self.rung >= kinetic || opponentPreviousRung >= kinetic) return ladder.top;
  return self.lastBlamedAttackDay > self.lastKineticDay ? kinetic - 1 : ladder.top;
}
