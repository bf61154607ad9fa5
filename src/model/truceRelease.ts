/**
 * A truce binds only while it is kept (docs/model.md "Truces: released by a blamed attack"). A
 * truce is a pause of a few days with nothing behind it (no monitors, no text, no guarantor): each
 * side holds only while it believes the other does. A spoiler attack blamed on the host is read by
 * its victim as the host's breach (Kydd & Walter 2002: spoilers strike during truces because the
 * victim cannot tell the host's complicity from its weakness), so from that attack until the truce
 * ends the victim no longer pays the truce's gate:
 *
 *   gate_i(truce) = truceThreshold · [state i has not suffered a blamed attack since the truce began]
 *
 * A ceasefire is not released this way: its leverage and follow-up rounds make blame a matter
 * for the guarantors, and only a state's own serious violations strain it (ceasefire.ts; Fortna
 * 2004 on the strength of agreements).
 */
import type { RunContext } from './context.js';
import type { ActorState } from './state.js';

/** Called for every blamed spoiler attack: under a truce, its victim is released from it. */
export function noteBlamedAttack(ctx: RunContext, victim: ActorState): void {
  if (ctx.state.dyad.ceasefire === 'truce') victim.releasedFromTruce = true;
}

/** A new truce binds both states again. */
export function bindTruce(ctx: RunContext): void {
  ctx.state.actors[0].releasedFromTruce = false;
  ctx.state.actors[1].releasedFromTruce = false;
}

/** The truce's gate for this state today: its threshold, or nothing once released. */
export function truceGate(ctx: RunContext, self: ActorState): number {
  return self.releasedFromTruce ? 0 : ctx.params.constants.truceThreshold;
}
