/**
 * A deal at the crossing (docs/model.md §7.15). A border closed in a quarrel that never came to
 * fighting that closed it (closure.ts) reopens by a local deal: with no truce, ceasefire or
 * agreement in force and no state at a kinetic rung for more than EXCHANGE_MEMORY days, it reopens
 * with daily chance reopenDailyProb (a jirga, a flag meeting, an envoy's visit). Militant attacks
 * meanwhile do not block it: Torkham reopened in September 2023 although the Chitral attack came
 * the day it closed — the crossing is traded on its own account.
 *
 * Closure is coercion, and coercion lasts while the coercer's demand is unmet and its cost
 * bearable (Drezner 1999; Bolks & Al-Sowayel 2000 on how long sanctions last): Torkham reopened
 * after 10 days in 2023 (a chargé d'affaires–Muttaqi meeting) and 25–27 days in 2025 (a jirga and
 * a flag meeting), while after the fighting of October 2025 it stayed shut for months under a
 * ceasefire whose own reopening rule (border.ts) applies. A closure that saw fighting at
 * closeRung that hurt a state beyond its tolerance (dyad.closedInFighting) waits for that rule: Pakistan's airspace, shut on the
 * day of the air strikes of 27 Feb 2019, reopened only after 140 days.
 */
import type { RunContext } from './context.js';
import { EXCHANGE_MEMORY } from './responseTiming.js';

/** Whether a closed border may reopen today by a local deal (the day's draw decides). */
export function dealPossible(ctx: RunContext): boolean {
  const { dyad, actors, day } = ctx.state;
  if (dyad.ceasefire !== 'none' || dyad.closedInFighting) return false;
  for (let i = 0; i < 2; i += 1) {
    if (day - actors[i as 0 | 1].lastKineticDay <= EXCHANGE_MEMORY) return false;
  }
  return true;
}
