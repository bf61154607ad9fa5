/**
 * Phase 8, second part: the border and what closure costs (docs/model.md §7.15, §7). The border closes
 * on a day of fighting at closeRung or above that hurt some state beyond its tolerance (closure.ts),
 * even under an agreement; it reopens at once under an agreement, or
 * after reopenAfter days of ceasefire (counted from its `since`) with a small daily chance, or,
 * after a quarrel that never came to fighting at closeRung, by a deal at the crossing
 * (reopening.ts). Never under a truce: reopening takes a political deal, not just calm.
 *
 * Draws per day from the dyad's `border` stream: one (reopening).
 */
import { DYAD, logEvent, type RunContext } from './context.js';
import type { EventCause } from './types.js';
import { fightingClosesBorder } from './closure.js';
import { dealPossible } from './reopening.js';

/** CAMEO 191 "impose blockade, restrict movement" (Goldstein −9.5). */
const CLOSE_CAMEO = '191';
const CLOSE_GOLDSTEIN = -9.5;
/** CAMEO 085 "ease economic sanctions, boycott, or embargo" (Goldstein +7). */
const OPEN_CAMEO = '085';
const OPEN_GOLDSTEIN = 7;

export function closeBorder(ctx: RunContext, cause: EventCause): void {
  if (ctx.state.dyad.borderClosed) return;
  ctx.state.dyad.borderClosed = true;
  logEvent(ctx, DYAD, DYAD, CLOSE_CAMEO, CLOSE_GOLDSTEIN, cause, 'border closed');
}

export function openBorder(ctx: RunContext, cause: EventCause): void {
  if (!ctx.state.dyad.borderClosed) return;
  ctx.state.dyad.borderClosed = false;
  ctx.state.dyad.closedInFighting = false;
  logEvent(ctx, DYAD, DYAD, OPEN_CAMEO, OPEN_GOLDSTEIN, cause, 'border reopened');
}

export function updateBorder(ctx: RunContext): void {
  const { dyad, actors, day } = ctx.state;
  const c = ctx.params.constants;
  if (fightingClosesBorder(ctx)) {
    closeBorder(ctx, 'retaliation');
    dyad.closedInFighting = true;
  } else if (dyad.borderClosed && actors[0].rung < c.closeRung && actors[1].rung < c.closeRung) {
    if (dyad.ceasefire === 'agreement') openBorder(ctx, 'session');
    else if (dyad.ceasefire === 'ceasefire' && day - dyad.ceasefireSince >= c.reopenAfter && ctx.streams.border.on(day)[0]! < c.reopenDailyProb) {
      openBorder(ctx, 'session');
    } else if (dealPossible(ctx) && ctx.streams.border.on(day)[0]! < c.reopenDailyProb) {
      // A deal at the crossing once the grievance behind the closure is spent (reopening.ts).
      openBorder(ctx, 'session');
    }
  }
}

/**
 * Economic pain and resolve (docs/model.md §7.15): closure costs each state e per day; own deaths
 * (spoiler deaths included, §7) and closure wear resolve down; rising audience cost props it up.
 */
export function updateResolve(ctx: RunContext): void {
  const closed = ctx.state.dyad.borderClosed;
  const lossScale = ctx.params.constants.lossScale;
  for (let i = 0; i < 2; i += 1) {
    const self = ctx.state.actors[i as 0 | 1];
    const params = ctx.params.states[i as 0 | 1];
    const pain = closed ? params.econPainPerDay : 0;
    self.econPain += pain;
    const ownDeaths = self.militaryDeaths + self.civilianDeaths + self.spoilerDeaths;
    const next = self.resolve - (0.5 * ownDeaths) / lossScale / 100 - pain + 0.05 * self.audienceChange;
    self.resolve = next < 0 ? 0 : next > 1 ? 1 : next;
  }
}
