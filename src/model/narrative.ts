/**
 * The public narrative (docs/model.md "Perception: claims and the narrative"). Claims of enemy
 * dead (true × LogNormal, outcomes.ts) are for the audience: each state keeps a victory
 * narrative, its claimed enemy dead less its own admitted dead, fading day by day,
 *
 *   ν_i ← max(0, narrativeDecay · ν_i + claimed_i − admitted_i)
 *
 * A state with a victory to point to can halt without losing face (halts.ts) — "the desired
 * result has been obtained" (India, 6 Oct 2016) — where model 1 let the claims themselves wipe
 * the grievance.
 */
import type { RunContext } from './context.js';

export function updateNarrative(ctx: RunContext): void {
  const decay = ctx.params.constants.narrativeDecay;
  for (const self of ctx.state.actors) {
    self.narrative = Math.max(0, decay * self.narrative + self.claimedEnemyDeaths - self.admittedDeaths);
  }
}
