/**
 * One day of the model: the phases of the model's table (phases.ts; docs/model.md §3), in its
 * order. `enterPhase` before each phase's calls sets the phase that every event logged from then
 * on is tagged with (`brink diff` attributes events by it); test/model/phases.test.ts checks that
 * the calls under each `enterPhase` are the table's, in order, so a mechanism added here is added
 * to the table (its files, the columns it decides, the streams it draws) too.
 */
import { updateBorder, updateResolve } from './border.js';
import { trackBouts } from './bouts.js';
import { enterPhase } from './phases.js';
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
  enterPhase(ctx, 'morning');
  startDay(ctx);
  enterPhase(ctx, 'scripted events');
  const nextEvent = applyScriptedEvents(ctx, eventCursor);
  enterPhase(ctx, 'spoiler attacks');
  applySpoilerAttacks(ctx);
  enterPhase(ctx, 'decisions');
  decideRungs(ctx);
  trackBouts(ctx);
  enterPhase(ctx, 'outcomes');
  resolveOutcomes(ctx);
  updateSpoilerCapacity(ctx);
  enterPhase(ctx, 'perception');
  updatePerception(ctx);
  updateNarrative(ctx);
  updateRivalry(ctx);
  enterPhase(ctx, 'third parties');
  actThirdParties(ctx);
  enterPhase(ctx, 'ceasefire and border');
  updateCeasefire(ctx);
  updateBorder(ctx);
  updateResolve(ctx);
  enterPhase(ctx, 'record');
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
