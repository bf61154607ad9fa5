/**
 * Phase 7: third parties press and mediate (docs/model.md "Third parties"). Passes run in a fixed
 * order so that no result depends on the order of party ids: today's losses → appeals → MHS →
 * sessions → pauses (pauses.ts) → offers → follow-up rounds. Pressure is kept per day, so old
 * pressure expires by itself.
 *
 * Draws per party per day from its `talks` stream (DailyDraws: consumed every day, computed
 * only when the party offers, hosts a session, holds a round or announces a pause): acceptance
 * by each state (the state with the smaller id first), session success, round settlement, round
 * partial result, pause (pauses.ts). Offers wait for offerAfterDays kinetic days of the current
 * bout, not of the run.
 */
import { beginCeasefire, beginTruce, reachAgreement, recentAppealers } from './ceasefire.js';
import { logistic } from './logistic.js';
import { pausePass } from './pauses.js';
import { feedRivalry } from './rivalry.js';
import { DYAD, logEvent, type RunContext } from './context.js';
import { LOSS_WINDOW, type ActorState } from './state.js';
import type { EventCause } from './types.js';

const APPEAL_CAMEO = '027'; // "appeal for de-escalation of military engagement" (+4)
const OFFER_CAMEO = '028'; // "appeal to/offer to mediate" (+4)
const SESSION_CAMEO = '045'; // "mediate" (+5)
const REJECT_CAMEO = '127'; // "reject plan, agreement to settle dispute" (−5)
const MONITORING_CAMEO = '086'; // "allow international involvement" (+5, brink's choice)
/** Pressure an appeal carries decays with its sponsor's failed sessions. */
const FATIGUE_DECAY = 0.7;
/** Hostility added to both states by a follow-up round that yields nothing. */
const FAILED_ROUND_HOSTILITY = 0.1;

// Positions in a party's daily talks draws (streams.ts): acceptance by the state with the smaller
// id, then by the other, session success, round settlement, round partial result.
const ACCEPT_FIRST = 0;
const SESSION = 2;
const SETTLE = 3;
const PARTIAL = 4;


export function actThirdParties(ctx: RunContext): void {
  recordLosses(ctx);
  appealPass(ctx);
  measureStalemate(ctx);
  sessionPass(ctx);
  pausePass(ctx);
  offerPass(ctx);
  roundPass(ctx);
}

/** Own true deaths today (spoiler deaths included, docs/model.md §8) into the 7-day loss window. */
function recordLosses(ctx: RunContext): void {
  // Days may be negative before day 0: a slot in 0 … LOSS_WINDOW − 1 whatever the sign.
  const slot = ((ctx.state.day % LOSS_WINDOW) + LOSS_WINDOW) % LOSS_WINDOW;
  for (let i = 0; i < 2; i += 1) {
    const actor = ctx.state.actors[i as 0 | 1];
    const today = actor.militaryDeaths + actor.civilianDeaths + actor.spoilerDeaths;
    actor.lossWindowTotal += today - actor.lossRing[slot]!;
    actor.lossRing[slot] = today;
  }
}

/**
 * An appeal (CAMEO 027): for appealDays days from tomorrow, pressure ω · leverage · credibility ·
 * 0.7^fatigue on each state. It is a face-saver today and tomorrow.
 */
export function makeAppeal(ctx: RunContext, k: number, cause: EventCause): void {
  const party = ctx.params.thirdParties[k]!;
  const partyState = ctx.state.parties[k]!;
  const today = ctx.state.day;
  const weight = party.appealWeight * Math.pow(FATIGUE_DECAY, partyState.fatigue);
  const last = Math.min(today + party.appealDays, ctx.params.days - 1);
  for (let i = 0; i < 2; i += 1) {
    const add = weight * party.leverage[i as 0 | 1] * party.credibility[i as 0 | 1];
    const schedule = ctx.state.actors[i as 0 | 1].pressureByDay;
    for (let day = today + 1; day <= last; day += 1) schedule.add(day, add);
  }
  partyState.lastAppealDay = today;
  logEvent(ctx, party.id, DYAD, APPEAL_CAMEO, 4, cause, 'appeal for restraint');
}

function appealPass(ctx: RunContext): void {
  const parties = ctx.params.thirdParties;
  const today = ctx.state.day;
  const top = Math.max(ctx.state.actors[0].rung, ctx.state.actors[1].rung);
  for (let k = 0; k < parties.length; k += 1) {
    const party = parties[k]!;
    if (top >= party.appealThreshold && today - ctx.state.parties[k]!.lastAppealDay >= party.appealEvery) {
      makeAppeal(ctx, k, 'appeal');
    }
  }
}

/**
 * MHS_i = (lossRate + econRate + P + riskRate) / (0.1 + (K_i/K_j)·R_i): Zartman's mutually
 * hurting stalemate, felt more by a state that is hurting and less by a strong, resolute one.
 * riskRate = risk[max(r_A, r_B)] / lossScale: standing past a threshold makes both riper for
 * talks (the threat that leaves something to chance is shared).
 */
function measureStalemate(ctx: RunContext): void {
  const { actors, dyad, day } = ctx.state;
  const pa = ctx.params.states[0];
  const pb = ctx.params.states[1];
  const lossScale = ctx.params.constants.lossScale;
  const riskRate = ctx.params.ladder.risk[Math.max(actors[0].rung, actors[1].rung)]! / lossScale;
  for (let i = 0; i < 2; i += 1) {
    const self = actors[i as 0 | 1];
    const own = i === 0 ? pa : pb;
    const other = i === 0 ? pb : pa;
    const lossRate = self.lossWindowTotal / LOSS_WINDOW / lossScale;
    const econRate = dyad.borderClosed ? own.econPainPerDay : 0;
    const pressure = self.pressureByDay.at(day);
    self.mhs = (lossRate + econRate + pressure + riskRate) / (0.1 + (own.capability / other.capability) * self.resolve);
  }
}

function sessionPass(ctx: RunContext): void {
  const { dyad, day, actors } = ctx.state;
  if (dyad.talksHost < 0 || dyad.sessionDay !== day) return;
  const host = dyad.talksHost;
  dyad.talksHost = -1;
  dyad.sessionHostToday = host;
  // Overtaken by events (a scripted ceasefire since the offer): nothing left to negotiate.
  if (dyad.ceasefire === 'ceasefire' || dyad.ceasefire === 'agreement') return;
  const party = ctx.params.thirdParties[host]!;
  const c = ctx.params.constants.session;
  const appealers = recentAppealers(ctx);
  const stalemate = Math.min(actors[0].mhs, actors[1].mhs);
  const p = logistic(c.s0 + c.mhs * stalemate + c.leverage * appealers.leverage + (appealers.count >= 2 ? c.comediators : 0));
  logEvent(ctx, party.id, DYAD, SESSION_CAMEO, 5, 'session', 'mediated session');
  if (ctx.streams.talks[host]!.on(day)[SESSION]! < p) {
    if (!dyad.truceThisBout) beginTruce(ctx, appealers.leverage, 'session');
    else beginCeasefire(ctx, appealers.leverage, host, 'session');
  } else {
    ctx.state.parties[host]!.fatigue += 1;
    feedRivalry(ctx, ctx.params.constants.rivalry.failedTalks);
    logEvent(ctx, party.id, DYAD, REJECT_CAMEO, -5, 'session', 'session failed');
  }
}

function offerPass(ctx: RunContext): void {
  const { dyad, actors } = ctx.state;
  const scripted = dyad.scriptedOffers;
  const open = dyad.talksHost < 0 && (dyad.ceasefire === 'none' || dyad.ceasefire === 'truce');
  if (open) {
    let accepted = false;
    for (let n = 0; n < scripted.length && !accepted; n += 1) accepted = offer(ctx, scripted[n]!, 'scripted');
    if (!accepted) {
      const c = ctx.params.constants;
      const catastrophe =
        civiliansToday(actors[0]) >= c.catastropheCivilians ||
        civiliansToday(actors[1]) >= c.catastropheCivilians ||
        Math.max(actors[0].rung, actors[1].rung) >= ctx.params.ladder.thresholds.deepStrike;
      const parties = ctx.params.thirdParties;
      // Offers answer a bout in progress, not a quiet border after it.
      const boutLive = ctx.state.day - dyad.lastBoutDay <= ctx.params.bouts.maxQuietDays;
      for (let k = 0; k < parties.length && !accepted; k += 1) {
        const party = parties[k]!;
        // A party whose scripted offer was just refused does not offer twice in a day.
        const eligible = party.canHost && !scripted.includes(k) && boutLive && (catastrophe || dyad.boutDays >= party.offerAfterDays);
        if (eligible) accepted = offer(ctx, k, 'offer');
      }
    }
  }
  if (scripted.length > 0) scripted.length = 0;
}

function civiliansToday(actor: ActorState): number {
  return actor.civilianDeaths + actor.spoilerCivilians;
}

/** One offer (CAMEO 028). A state never accepts a party without leverage on it. */
function offer(ctx: RunContext, k: number, cause: EventCause): boolean {
  const party = ctx.params.thirdParties[k]!;
  const c = ctx.params.constants.accept;
  const draws = ctx.streams.talks[k]!.on(ctx.state.day);
  // Acceptance draws go to states in id order, whatever their index.
  const firstIndex = ctx.params.states[0].id < ctx.params.states[1].id ? 0 : 1;
  let both = true;
  for (let i = 0; i < 2; i += 1) {
    const leverage = party.leverage[i as 0 | 1];
    const actor = ctx.state.actors[i as 0 | 1];
    const p = logistic(
      c.b0 + c.mhs * actor.mhs + c.leverage * leverage + c.credibility * party.credibility[i as 0 | 1] + c.audience * actor.audienceCost,
    );
    const draw = draws[ACCEPT_FIRST + (i === firstIndex ? 0 : 1)]!;
    // A state may refuse third-party mediation in principle (mediationAcceptance 0: India).
    if (!(leverage > 0 && draw < p * ctx.params.states[i as 0 | 1].mediationAcceptance)) both = false;
  }
  logEvent(ctx, party.id, DYAD, OFFER_CAMEO, 4, cause, 'offer to mediate', { accepted: both });
  if (both) {
    ctx.state.dyad.talksHost = k;
    ctx.state.dyad.sessionDay = ctx.state.day + 1;
  }
  return both;
}

/** Follow-up rounds: every roundEvery days of a ceasefire, at most maxRounds, by its host. */
function roundPass(ctx: RunContext): void {
  const { dyad, day } = ctx.state;
  const c = ctx.params.constants;
  if (dyad.ceasefire !== 'ceasefire' || dyad.roundHost < 0) return;
  if (dyad.roundsHeld >= c.maxRounds) {
    dyad.roundHost = -1; // maxRounds = 0: no rounds at all
    return;
  }
  const elapsed = day - dyad.ceasefireSince;
  if (elapsed <= 0 || elapsed % c.roundEvery !== 0) return;
  const host = dyad.roundHost;
  const party = ctx.params.thirdParties[host]!;
  dyad.roundsHeld += 1;
  if (dyad.roundsHeld >= c.maxRounds) dyad.roundHost = -1;
  const settle = logistic(c.settle.q0 + (dyad.monitoring ? c.settle.monitoring : 0) + c.settle.commitmentGap * commitmentGap(ctx));
  const draws = ctx.streams.talks[host]!.on(day);
  if (draws[SETTLE]! < settle) {
    reachAgreement(ctx, party.id);
  } else if (draws[PARTIAL]! < c.partialProb) {
    dyad.monitoring = true;
    logEvent(ctx, party.id, DYAD, MONITORING_CAMEO, 5, 'session', 'monitoring agreed');
  } else {
    ctx.state.actors[0].hostility += FAILED_ROUND_HOSTILITY;
    ctx.state.actors[1].hostility += FAILED_ROUND_HOSTILITY;
    feedRivalry(ctx, c.rivalry.failedTalks);
    logEvent(ctx, party.id, DYAD, REJECT_CAMEO, -5, 'session', 'round failed');
  }
}

/**
 * The commitment gap 1 − agreementSuppression (Fearon 1995): how much of the spoiler threat an
 * agreement cannot remove. With several spoilers the widest gap counts (one spoiler suffices,
 * Stedman); with none there is no gap.
 */
export function commitmentGap(ctx: RunContext): number {
  let gap = 0;
  for (const spoiler of ctx.params.spoilers) gap = Math.max(gap, 1 - spoiler.agreementSuppression);
  return gap;
}
