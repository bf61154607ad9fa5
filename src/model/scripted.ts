/**
 * Phase 1: the scenario's scripted events for today (docs/model.md §7.4). Scripted actions are facts
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
  if (next >= events.length || events[next]!.day !== today) return next; // most days: nothing, and no allocation
  const attacksToday = new Map<number, number>();
  while (next < events.length && events[next]!.day === today) {
    applyOne(ctx, next, attacksToday);
    next += 1;
  }
  return next;
}

/** `attacksToday` counts today's scripted attacks per spoiler, to key each one's blame draw. */
function applyOne(ctx: RunContext, index: number, attacksToday: Map<number, number>): void {
  const event = ctx.params.events[index]!;
  const action = event.action;
  const { state } = ctx;
  switch (action.kind) {
    case 'spoilerAttack': {
      const nth = attacksToday.get(action.spoiler) ?? 0;
      attacksToday.set(action.spoiler, nth + 1);
      applyScriptedAttack(ctx, action.spoiler, nth, action.deaths, action.blamed);
      return;
    }
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
