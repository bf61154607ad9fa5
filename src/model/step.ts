/**
 * One day of the model, its phases in the fixed order of docs/model.md §3:
 *
 *   0. morning: reset today's flows
 *   1. scripted events            (scripted.ts)
 *   2. spoiler attacks            (spoilers.ts)
 *   3. perceived harm so far      (accumulated by phases 1–2 in ActorState.perceivedHarm)
 *   4. decisions                  (decide.ts: 4a simultaneous choice — costs in rungCost.ts,
 *                                  counter-escalation, halts.ts, responseTiming.ts —
 *                                  4b same-day reactions in escalationDominance.ts, 4c commit),
 *                                  then bout tracking (bouts.ts)
 *   5. outcomes of today's rungs  (outcomes.ts), spoilers' response to them (spoilerResponse.ts)
 *   6. perception and ledger      (perception.ts with pointMade.ts), narrative (narrative.ts),
 *                                  rivalry stock (rivalry.ts)
 *   7. third parties              (thirdParties.ts: appeals, stalemate, sessions, pauses.ts,
 *                                  offers, rounds)
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
import { updateNarrative } from './narrative.js';
import { recordDay } from './recordDay.js';
import { updateRivalry } from './rivalry.js';
import { updateSpoilerCapacity } from './spoilerResponse.js';
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
  updateSpoilerCapacity(ctx);
  updatePerception(ctx);
  updateNarrative(ctx);
  updateRivalry(ctx);
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
  actor.blamedSpoilerDeaths = 0;
  actor.moveCause = null;
  actor.inflicted = 0;
  actor.claimedEnemyDeaths = 0;
  actor.admittedDeaths = 0;
  actor.perceivedInflicted = 0;
}
