/**
 * Spoilers respond to strikes on their host (docs/model.md "Spoilers respond"). Each day the
 * spoiler's target fights, strikes degrade the group's capacity; civilians killed on the host's
 * side enrage it and feed its recruitment (Kydd & Walter 2002 on spoiler strategies; Stedman
 * 1997 on spoiler types: a total spoiler is not deterred). Capacity relaxes back to 1:
 *
 *   m ← 1 + (m · (1 − degradation · [target kinetic]) + enragement · civilians_host − 1) · 2^(−1/recoveryHalfLife)
 *
 * and multiplies the group's attack rate (spoilers.ts).
 */
import type { RunContext } from './context.js';
import { isKinetic } from './ladder.js';
import { ratesOf } from './rates.js';

/** Capacity stays within [0, MAX_CAPACITY]: enragement cannot run away. */
export const MAX_CAPACITY = 10;

export function updateSpoilerCapacity(ctx: RunContext): void {
  const spoilers = ctx.params.spoilers;
  const fades = ratesOf(ctx.params).spoilerFade;
  for (let s = 0; s < spoilers.length; s += 1) {
    const spoiler = spoilers[s]!;
    const state = ctx.state.spoilers[s]!;
    const struck = isKinetic(ctx.params.ladder, ctx.state.actors[spoiler.target]!.rung);
    const civilians = ctx.state.actors[spoiler.host]!.civilianDeaths;
    const next = state.capacity * (1 - (struck ? spoiler.degradation : 0)) + spoiler.enragement * civilians;
    const relaxed = 1 + (next - 1) * fades[s]!;
    state.capacity = relaxed < 0 ? 0 : relaxed > MAX_CAPACITY ? MAX_CAPACITY : relaxed;
  }
}
