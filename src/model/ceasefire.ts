/**
 * The ceasefire state machine (docs/model.md "The ceasefire state machine"):
 *
 *   none ──session, pause or hotline──▶ truce ──session, pause or hotline──▶ ceasefire ──round──▶ agreement
 *     ▲        (first this bout)          │            (later)                  │                  │
 *     └────────── expiry / collapse ──────┴────────────── collapse ─────────────┴──── collapse ────┘
 *
 * A success after the bout's truce goes straight from none to ceasefire. Scripted events may set
 * none, truce or ceasefire from any state. Collapse: strain above strainMax or any rung at or
 * above the ladder's deep-strike threshold.
 */
import { bindTruce } from './truceRelease.js';
import { DYAD, logEvent, type RunContext } from './context.js';
import { ratesOf } from './rates.js';
import { APPEAL_MEMORY } from './state.js';
import { feedRivalry, shelveGrievances } from './rivalry.js';
import type { EventCause } from './types.js';

/** CAMEO 0871 "declare truce, ceasefire" (Goldstein +9). */
const CEASEFIRE_CAMEO = '0871';
const CEASEFIRE_GOLDSTEIN = 9;
/** CAMEO 057 "sign formal agreement" (Goldstein +8). */
const AGREEMENT_CAMEO = '057';
const AGREEMENT_GOLDSTEIN = 8;

/** A party's "Σ leverage" is its mean leverage over the two states (docs/model.md §7.13). */
export function meanLeverage(leverage: readonly [number, number]): number {
  return (leverage[0] + leverage[1]) / 2;
}

/**
 * Σ leverage of the parties that appealed in the last 7 days (today included), and how many of
 * them have any leverage. Parties without leverage neither add weight nor count as co-mediators,
 * so a powerless party changes nothing but the event log (docs/model.md §9).
 */
export function recentAppealers(ctx: RunContext): { leverage: number; count: number } {
  const since = ctx.state.day - (APPEAL_MEMORY - 1);
  const parties = ctx.params.thirdParties;
  let leverage = 0;
  let count = 0;
  for (let k = 0; k < parties.length; k += 1) {
    const mean = meanLeverage(parties[k]!.leverage);
    if (mean > 0 && ctx.state.parties[k]!.lastAppealDay >= since) {
      leverage += mean;
      count += 1;
    }
  }
  return { leverage, count };
}

export function beginTruce(ctx: RunContext, leverage0: number, cause: EventCause): void {
  const dyad = ctx.state.dyad;
  dyad.ceasefire = 'truce';
  dyad.truceUntil = ctx.state.day + ctx.params.constants.truceDays;
  dyad.leverage0 = leverage0;
  dyad.strain = 0;
  dyad.monitoring = false; // monitoring belonged to whatever this truce replaces
  dyad.truceThisBout = true;
  bindTruce(ctx);
  shelveGrievances(ctx, 'truce');
  dyad.ceasefiresBegunToday += 1;
  logEvent(ctx, DYAD, DYAD, CEASEFIRE_CAMEO, CEASEFIRE_GOLDSTEIN, cause, 'truce', {
    until: dyad.truceUntil,
    leverage: leverage0,
  });
}

/** `host` is the party whose session made the ceasefire (it hosts follow-up rounds), or −1. */
export function beginCeasefire(ctx: RunContext, leverage0: number, host: number, cause: EventCause): void {
  const dyad = ctx.state.dyad;
  dyad.ceasefire = 'ceasefire';
  dyad.ceasefireSince = ctx.state.day;
  if (dyad.firstCeasefireDay < 0) dyad.firstCeasefireDay = ctx.state.day;
  dyad.ceasefiresBegunToday += 1;
  dyad.leverage0 = leverage0;
  dyad.strain = 0;
  dyad.monitoring = false; // monitoring belonged to whatever this ceasefire replaces
  dyad.roundHost = host;
  dyad.roundsHeld = 0;
  shelveGrievances(ctx, 'ceasefire');
  logEvent(ctx, DYAD, DYAD, CEASEFIRE_CAMEO, CEASEFIRE_GOLDSTEIN, cause, 'ceasefire', { leverage: leverage0 });
}

/** An agreement keeps the ceasefire's `since` and `leverage0`; spoilers face agreementSuppression. */
export function reachAgreement(ctx: RunContext, host: string): void {
  const dyad = ctx.state.dyad;
  dyad.ceasefire = 'agreement';
  dyad.monitoring = true;
  dyad.roundHost = -1;
  logEvent(ctx, host, DYAD, AGREEMENT_CAMEO, AGREEMENT_GOLDSTEIN, 'session', 'agreement');
}

/**
 * Back to none. A collapse or a scripted end is logged (CAMEO 196); a truce running out is not an
 * act, so it shows only in the dyad records. Monitoring belonged to the ceasefire and ends with it.
 */
export function endCeasefire(ctx: RunContext, reason: 'collapse' | 'scripted' | 'expiry'): void {
  const dyad = ctx.state.dyad;
  if (reason === 'collapse') feedRivalry(ctx, ctx.params.constants.rivalry.collapse);
  if (reason !== 'expiry' && ctx.events !== null) {
    logEvent(ctx, DYAD, DYAD, '196', -9.5, reason, `${dyad.ceasefire} ended`, { strain: dyad.strain });
  }
  dyad.ceasefire = 'none';
  dyad.roundHost = -1;
  dyad.monitoring = false;
}

/**
 * Phase 8, first part: a truce expires at `until`; any truce, ceasefire or agreement may collapse.
 * Strain fades (half-life strainHalfLife: Fortna, Peace Time — ceasefires survive sporadic
 * incidents), so only serious violations close together break one.
 */
export function updateCeasefire(ctx: RunContext): void {
  const { dyad, actors } = ctx.state;
  if (dyad.ceasefire === 'none') return;
  dyad.strain *= ratesOf(ctx.params).strainFade;
  const { deepStrike: deepRung } = ctx.params.ladder.thresholds;
  const deepStrike = actors[0].rung >= deepRung || actors[1].rung >= deepRung;
  if (dyad.strain > ctx.params.constants.strainMax || deepStrike) {
    endCeasefire(ctx, 'collapse');
  } else if (dyad.ceasefire === 'truce' && ctx.state.day >= dyad.truceUntil) {
    endCeasefire(ctx, 'expiry');
  }
}
