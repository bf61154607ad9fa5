/**
 * lev(t): the leverage behind the current truce or ceasefire (Beardsley 2008: mediated deals
 * decay as the mediator's leverage wanes). A truce keeps its leverage0; a ceasefire's and an
 * agreement's halve every leverageHalfLife days from the ceasefire's start.
 */
import type { RunContext } from './context.js';
import { leverageDecay } from './rates.js';

export function currentLeverage(ctx: RunContext): number {
  const { dyad } = ctx.state;
  if (dyad.ceasefire === 'truce') return dyad.leverage0;
  return dyad.leverage0 * leverageDecay(ctx.params, ctx.state.day - dyad.ceasefireSince);
}
