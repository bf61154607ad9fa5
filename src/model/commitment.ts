/**
 * A vow binds (docs/model.md "Decisions: a vow binds"). A state that plans a strike (its response
 * lag, responseTiming.ts) has said so: "will not go unpunished", "at a time and place of our
 * choosing". Until the strike or until it stops wanting one, its grievance does not fade and it
 * does not forgive:
 *
 *   while plannedDay_i is set:   δ_i ← 1 in the grievance update (perception.ts),  γ_i ← 0 (decide.ts)
 *
 * A public threat engages the leader's audience (Fearon 1994; Tomz 2007: backing down from a
 * threat costs more than never making it), and the preparation itself is the commitment
 * (Schelling 1966). Without it a lag of eleven days (India after Uri and Pulwama) lets a grievance
 * of 19 deaths decay below tolerance (δ¹¹ ≈ 0.31) or be forgiven (1 − 0.85¹¹ ≈ 0.83) before the
 * planned day, and a planned strike could hardly ever happen.
 */
import type { ActorState } from './state.js';
import type { StateParams } from './types.js';

/** The state holds a strike plan it has announced. */
export function holdsVow(self: ActorState): boolean {
  return self.plannedDay !== -Infinity;
}

/** Daily carry-over of grievance: 1 while a vow holds, memory δ otherwise. */
export function grievanceMemory(params: StateParams, self: ActorState): number {
  return holdsVow(self) ? 1 : params.memory;
}
