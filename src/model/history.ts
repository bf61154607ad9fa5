/**
 * A run that starts mid-history (docs/model.md §5): the scenario's `history:` block sets the
 * dyad's ceasefire and border as they stand before the first simulated day, as if they had begun
 * on their `since` day. Nothing is logged and nothing is replayed: only the state is set, so a
 * ceasefire's leverage decays, its follow-up rounds fall due and the border's reopening clock
 * runs from `since`, exactly as for one begun during the run.
 *
 * Grievances are not shelved here (beginTruce and beginCeasefire do that): the states' initial
 * grievance, hostility and rivalry are the scenario's own values at the start of the run.
 */
import type { RunState } from './state.js';
import type { ModelParams } from './types.js';

export function applyHistory(state: RunState, params: ModelParams): void {
  const { ceasefire, borderClosedSince } = params.history;
  const dyad = state.dyad;
  if (borderClosedSince !== undefined) dyad.borderClosed = true;
  if (ceasefire === undefined) return;
  dyad.ceasefire = ceasefire.kind;
  dyad.ceasefireSince = ceasefire.since;
  dyad.leverage0 = ceasefire.leverage;
  if (ceasefire.kind === 'truce') {
    dyad.truceUntil = ceasefire.until;
    // Sessions in the same bout then make a ceasefire, not a second truce.
    dyad.truceThisBout = true;
  }
  if (ceasefire.kind === 'ceasefire') {
    dyad.roundHost = ceasefire.host;
    dyad.roundsHeld = ceasefire.roundsHeld;
  }
  // An agreement brings monitoring with it (ceasefire.ts reachAgreement).
  dyad.monitoring = ceasefire.kind === 'agreement';
}
