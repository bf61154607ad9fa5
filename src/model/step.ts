/**
 * One day of the model, its phases in the fixed order of MODEL.md §4:
 *
 *   0. morning: reset today's flows
 *   1. scripted events            (scripted.ts)
 *   2. spoiler attacks            (spoilers.ts)
 *   3. perceived harm so far      (accumulated by phases 1–2 in ActorState.perceivedHarm)
 *   4. decisions, simultaneous    (decide.ts), then bout tracking (bouts.ts)
 *   5. outcomes of today's rungs  (outcomes.ts)
 *   6. perception and ledger      (perception.ts)
 *   7. third parties              (thirdParties.ts)
 *   8. ceasefire, border, resolve (ceasefire.ts, border.ts)
 *   9. record                     (recordDay.ts)
 */
import { updateBorder, updateResolve } from './border.js';
import { trackBouts } from './bouts.js';
import { updateCeasefire } from './ceasefire.js';
import type { RunContext } from './context.js';
import { decideRungs } from './decide.js';
import { resolveOutcomes } from './outcomes.js';
import { updatePerception } from './perception.js';
import { recordDay } from './recordDay.js';
import { applyScriptedEvents } from './scripted.js';
import { applySpoilerAttacks } from './spoilers.js';
import type { ActorState } from './state.js';
import { actThirdParties } from './thirdParties.js';

/** Runs day `ctx.state.day`; returns the index of the next scripted event not yet applied. */
export function stepDay(ctx: RunContext, eventCursor: number): number {
  startDay(ctx);
  const nextEvent = applyScriptedEvents(ctx, eventCursor);
  applySpoilerAttacks(ctx);
  decideRungs(ctx);
  trackBouts(ctx);
  resolveOutcomes(ctx);
  updatePerception(ctx);
  actThirdParties(ctx);
  updateCeasefire(ctx);
  updateBorder(ctx);
  updateResolve(ctx);
  recordDay(ctx);
  return nextEvent;
}

function startDay(ctx: RunContext): void {
  resetFlows(ctx.state.actors[0]);
  resetFlows(ctx.state.actors[1]);
  ctx.state.dyad.spoilerAttacks = 0;
  ctx.state.dyad.spoilerAttackDeaths = 0;
  ctx.state.dyad.sessionHostToday = -1;
}

function resetFlows(actor: ActorState): void {
  actor.perceivedHarm = 0;
  actor.forcedRung = -1;
  actor.militaryDeaths = 0;
  actor.civilianDeaths = 0;
  actor.spoilerDeaths = 0;
  actor.spoilerCivilians = 0;
  actor.inflicted = 0;
  actor.claimedEnemyDeaths = 0;
  actor.admittedDeaths = 0;
  actor.perceivedInflicted = 0;
}
