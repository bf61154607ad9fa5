/**
 * Phase 4: each state chooses today's rung (MODEL.md §4.4). Both decide simultaneously from the
 * state at the start of the phase, so the order in which states are listed never matters.
 *
 * Draws per state per day from its `decide` stream: generosity, tremble, tremble direction.
 */
import { logEvent, type RunContext } from './context.js';
import { isKinetic } from './ladder.js';
import type { ActorState } from './state.js';
import type { Constants, Ladder, StateParams } from './types.js';

/** CAMEO 196 "violate ceasefire" (Goldstein −9.5). */
export const VIOLATION_CAMEO = '196';
export const VIOLATION_GOLDSTEIN = -9.5;

/**
 * E(r): the harm a state expects to inflict at rung r on this opponent (MODEL.md §4.4).
 * Fixed for a run, so computed once.
 */
export function expectedHarmTable(own: StateParams, opponent: StateParams, ladder: Ladder, constants: Constants): Float64Array {
  const table = new Float64Array(ladder.top + 1);
  const ratio = own.capability / opponent.capability;
  const kinetic = ladder.thresholds.kinetic;
  for (let r = kinetic; r <= ladder.top; r += 1) {
    table[r] = (ladder.muMil[r]! + constants.wCiv * ladder.muCiv[r]! * opponent.exposure) * ratio;
  }
  // A threat answers a grievance smaller than a skirmish: scaled by intensity below rung 4.
  for (let r = 1; r < kinetic; r += 1) table[r] = (ladder.intensity[r]! / ladder.intensity[kinetic]!) * table[kinetic]!;
  return table;
}

/** The smallest rung whose expected harm meets the harm sought (maxRung if none does). */
export function proportionalRung(params: StateParams, felt: number, harm: Float64Array): number {
  if (felt <= params.tolerance) return 0;
  const sought = params.proportionality * Math.max(felt, 0);
  for (let r = 0; r <= params.maxRung; r += 1) if (harm[r]! >= sought) return r;
  return params.maxRung;
}

/** Leverage behind the current truce or ceasefire today: lev(t) of MODEL.md §4.4. */
export function currentLeverage(ctx: RunContext): number {
  const { dyad } = ctx.state;
  if (dyad.ceasefire === 'truce') return dyad.leverage0;
  const elapsed = ctx.state.day - dyad.ceasefireSince;
  return dyad.leverage0 * Math.pow(2, -elapsed / ctx.params.constants.leverageHalfLife);
}

export function decideRungs(ctx: RunContext): void {
  const [a, b] = ctx.state.actors;
  const gated = ctx.state.dyad.ceasefire !== 'none';
  const chosenA = chooseRung(ctx, 0, a, b, gated);
  const chosenB = chooseRung(ctx, 1, b, a, gated);
  commit(ctx, 0, a, chosenA);
  commit(ctx, 1, b, chosenB);
}

function chooseRung(ctx: RunContext, i: 0 | 1, self: ActorState, opponent: ActorState, gated: boolean): number {
  const stream = ctx.streams.decide[i];
  const generosityDraw = stream.next();
  const trembleDraw = stream.next();
  const directionDraw = stream.next();
  self.trembledToday = false;
  self.violatedToday = false;
  if (self.forcedRung >= 0) return self.forcedRung;

  const params = ctx.params.states[i];
  const constants = ctx.params.constants;
  const previous = self.rung;
  const opponentPrevious = opponent.rung;
  const suffered = self.perceivedHarm;
  const felt = self.grievance + suffered;
  const pressure = self.pressureByDay[ctx.state.day]!;

  const proportional = proportionalRung(params, felt, ctx.expectedHarm[i]);
  let rung = proportional + (self.hostility > constants.hawkThreshold ? 1 : 0) - Math.floor(constants.pressureRungs * pressure);
  // Point made: nothing left to answer.
  if (felt <= 0) rung = Math.min(rung, previous - 1);
  // Generosity (Nowak–Sigmund): forgive when not provoked further.
  if (suffered === 0 && opponentPrevious <= previous && generosityDraw < params.generosity) {
    rung = Math.min(rung, previous - 1);
  }
  // Audience cost (Fearon 1994): a big climb-down needs a face-saver.
  if (rung < previous - 1 && self.grievance > 0) {
    const discount = hasFaceSaver(ctx, i) ? params.faceSaving : 1;
    if (!(self.audienceCost * discount < params.faceThreshold)) rung = previous - 1;
  }
  const provoked = suffered > 0 || isKinetic(ctx.params.ladder, opponentPrevious);
  const ceiling = Math.max(previous + params.stepUp, provoked ? proportional : 0);
  rung = Math.min(Math.max(rung, previous - params.stepDown), ceiling);
  // The gate holds unless grievance exceeds the threshold plus what leverage holds back (the
  // leverage term is only worked out when the threshold alone is exceeded).
  if (gated && !(felt > params.ceasefireThreshold && felt > params.ceasefireThreshold + constants.leverageWeight * currentLeverage(ctx))) {
    rung = Math.min(rung, 1);
  }
  // As MODEL.md §4.4 writes it: r* slips ±1, then is clamped. An r* below 0 (a state with
  // nothing to answer, or pressed down) may slip to at most 0: content states do not tremble
  // into hostility.
  const chosen = clampRung(rung, params.maxRung);
  rung = trembleDraw < params.tremble ? clampRung(rung + (directionDraw < 0.5 ? -1 : 1), params.maxRung) : chosen;
  self.trembledToday = rung !== chosen;
  self.violatedToday = ctx.state.dyad.ceasefire !== 'none' && isKinetic(ctx.params.ladder, rung);
  return rung;
}

function clampRung(rung: number, maxRung: number): number {
  return rung < 0 ? 0 : rung > maxRung ? maxRung : rung;
}

/** A third party with leverage on this state appealed yesterday or today (MODEL.md §4.4). */
function hasFaceSaver(ctx: RunContext, i: 0 | 1): boolean {
  const parties = ctx.params.thirdParties;
  const yesterday = ctx.state.day - 1;
  for (let k = 0; k < parties.length; k += 1) {
    if (parties[k]!.leverage[i] > 0 && ctx.state.parties[k]!.lastAppealDay >= yesterday) return true;
  }
  return false;
}

/** Applies the chosen rung, counts a violation, and logs the state's act toward the other. */
function commit(ctx: RunContext, i: 0 | 1, self: ActorState, rung: number): void {
  const ladder = ctx.params.ladder;
  self.prevRung = self.rung;
  self.rung = rung;
  if (self.violatedToday) ctx.state.dyad.strain += 1;
  // The day's Goldstein total from this state toward the other: its act, if it acted.
  const acted = rung > 0 || self.prevRung > 0;
  self.goldstein = !acted ? 0 : self.violatedToday ? VIOLATION_GOLDSTEIN : ladder.goldstein[rung]!;
  if (ctx.events === null || !acted) return;
  const own = ctx.params.states[i].id;
  const other = ctx.params.states[i === 0 ? 1 : 0].id;
  const cameo = self.violatedToday ? VIOLATION_CAMEO : ladder.cameo[rung]!;
  logEvent(ctx, own, other, cameo, self.goldstein, actCause(self), ladder.name[rung]!, {
    rung,
    from: self.prevRung,
  });
}

function actCause(self: ActorState): 'scripted' | 'violation' | 'tremble' | 'misread' | 'retaliation' {
  if (self.forcedRung >= 0) return 'scripted';
  if (self.violatedToday) return 'violation';
  if (self.trembledToday) return 'tremble';
  if (self.lastPerceptionMisread && self.rung > self.prevRung) return 'misread';
  return 'retaliation';
}
