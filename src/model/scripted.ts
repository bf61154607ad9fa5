/**
 * Phase 1: the scenario's scripted events for today (MODEL.md §4.1). Scripted actions are facts
 * imposed on the run: a forced rung replaces the state's decision and is neither gated by a
 * ceasefire nor counted as a violation.
 */
import type { RunContext } from './context.js';
import { applyScriptedAttack } from './spoilers.js';
import { makeAppeal } from './thirdParties.js';
import { beginCeasefire, beginTruce, endCeasefire, recentAppealers } from './ceasefire.js';
import { closeBorder, openBorder } from './border.js';

/** Applies every scripted event of today, in file order. `cursor` is the next unapplied event. */
export function applyScriptedEvents(ctx: RunContext, cursor: number): number {
  const events = ctx.params.events;
  const today = ctx.state.day;
  let next = cursor;
  while (next < events.length && events[next]!.day === today) {
    applyOne(ctx, next);
    next += 1;
  }
  return next;
}

function applyOne(ctx: RunContext, index: number): void {
  const event = ctx.params.events[index]!;
  const action = event.action;
  const { state } = ctx;
  switch (action.kind) {
    case 'spoilerAttack':
      applyScriptedAttack(ctx, action.spoiler, action.deaths, action.blamed);
      return;
    case 'setRung':
      state.actors[action.state]!.forcedRung = action.rung;
      return;
    case 'appeal':
      makeAppeal(ctx, action.party, 'scripted');
      return;
    case 'offerMediation':
      state.dyad.scriptedOffers.push(action.party);
      return;
    case 'border':
      if (action.border === 'closed') closeBorder(ctx, 'scripted');
      else openBorder(ctx, 'scripted');
      return;
    case 'ceasefire':
      if (action.ceasefire === 'none') {
        if (state.dyad.ceasefire !== 'none') endCeasefire(ctx, 'scripted');
      } else if (action.ceasefire === 'truce') {
        beginTruce(ctx, recentAppealers(ctx).leverage, 'scripted');
      } else {
        beginCeasefire(ctx, recentAppealers(ctx).leverage, -1, 'scripted');
      }
      return;
  }
}
