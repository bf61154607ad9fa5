/**
 * Phase 4: each state chooses today's rung (docs/model.md "Decisions"). Both decide
 * simultaneously from the state at the start of the phase (4a), then may react the same day to
 * what the other chose (4b, escalationDominance.ts), then both commit (4c). The order in which
 * states are listed never matters.
 *
 * Draws per state per day from its `decide` stream (always all five): generosity, tremble,
 * tremble direction, response lag, halt.
 */
import { logEvent, type RunContext } from './context.js';
import { counterRung, reactSameDay } from './escalationDominance.js';
import { mayForgive } from './forgiveness.js';
import { haltsToday } from './halts.js';
import { openingRung } from './precedent.js';
import { sanctuaryRung } from './sanctuary.js';
import { patientCeiling } from './patience.js';
import { holdsVow } from './commitment.js';
import { isKinetic } from './ladder.js';
import { inExchange, timeResponse } from './responseTiming.js';
import { effectiveProportionality, effectiveTolerance } from './rivalry.js';
import { affordableRung } from './rungCost.js';
import type { ActorState } from './state.js';
import type { Constants, Ladder, StateParams } from './types.js';

/** CAMEO 196 "violate ceasefire" (Goldstein −9.5). */
export const VIOLATION_CAMEO = '196';
export const VIOLATION_GOLDSTEIN = -9.5;

/**
 * E(r): the deaths a state expects to inflict at rung r on this opponent. A state seeks k deaths
 * per unit of felt grievance, and grievance is felt on a concave scale (perception.ts), so the
 * answer sought grows more slowly than the losses behind it. Fixed for a run, so computed once.
 * Below the kinetic rung a threat answers a grievance smaller than a skirmish: scaled by
 * intensity.
 */
export function expectedHarmTable(own: StateParams, opponent: StateParams, ladder: Ladder, constants: Constants): Float64Array {
  const table = new Float64Array(ladder.top + 1);
  const ratio = own.capability / opponent.capability;
  const kinetic = ladder.thresholds.kinetic;
  for (let r = kinetic; r <= ladder.top; r += 1) {
    table[r] = (ladder.muMil[r]! + constants.wCiv * ladder.muCiv[r]! * opponent.exposure) * ratio;
  }
  for (let r = 1; r < kinetic; r += 1) table[r] = (ladder.intensity[r]! / ladder.intensity[kinetic]!) * table[kinetic]!;
  return table;
}

/** The smallest rung whose expected harm meets the harm sought (maxRung if none does). */
export function proportionalRung(maxRung: number, tolerance: number, proportionality: number, felt: number, harm: Float64Array): number {
  if (felt <= tolerance) return 0;
  const sought = proportionality * felt;
  for (let r = 0; r <= maxRung; r += 1) if (harm[r]! >= sought) return r;
  return maxRung;
}

/** Today's rungs between choice and commit: one buffer for every run (runs are synchronous), so the hot loop allocates nothing. */
const CHOSEN = new Int32Array(2);

export function decideRungs(ctx: RunContext): void {
  // Indexed, not destructured: array destructuring runs the iterator protocol, an allocation a day.
  const a = ctx.state.actors[0];
  const b = ctx.state.actors[1];
  const chosen = CHOSEN;
  chosen[0] = chooseRung(ctx, 0, a, b);
  chosen[1] = chooseRung(ctx, 1, b, a);
  reactSameDay(ctx, chosen);
  commit(ctx, 0, a, chosen[0]!);
  commit(ctx, 1, b, chosen[1]!);
}

function chooseRung(ctx: RunContext, i: 0 | 1, self: ActorState, opponent: ActorState): number {
  const params = ctx.params.states[i];
  const draws = ctx.streams.decide[i];
  const values = draws.values;
  const at = draws.at(ctx.state.day);
  const generosityDraw = values[at]!;
  const trembleDraw = values[at + 1]!;
  const directionDraw = values[at + 2]!;
  self.lagUniform = values[at + 3]!;
  self.lagToday = -1;
  const haltDraw = values[at + 4]!;
  self.trembledToday = false;
  self.forgaveToday = false;
  if (self.forcedRung >= 0) return self.forcedRung;

  const { constants, ladder } = ctx.params;
  const kinetic = ladder.thresholds.kinetic;
  const day = ctx.state.day;
  const previous = self.rung;
  const opponentPrevious = opponent.rung;
  const suffered = self.perceivedHarm;
  const felt = self.grievance + suffered;
  const tolerance = effectiveTolerance(params, self);
  const wantsToAnswer = felt > tolerance;

  const proportionalHarm = proportionalRung(params.maxRung, tolerance, effectiveProportionality(params, self), felt, ctx.expectedHarm[i]);
  const proportional = openingRung(ctx, self, sanctuaryRung(ctx, self, opponent.rung, proportionalHarm));
  let rung = proportional + (self.hostility > constants.hawkThreshold ? 1 : 0);
  // Counter-escalation: answered kinetically, a state meets (or tops) the opponent's rung.
  const struck = isKinetic(ladder, opponentPrevious);
  const counter = struck ? counterRung(ctx, i, opponentPrevious) : 0;
  if (struck && wantsToAnswer) rung = Math.max(rung, counter);
  // What it can afford (rungCost.ts), and while it still awaits the host, no strike on the group (patience.ts).
  const affordable = Math.min(affordableRung(ctx, i, felt), patientCeiling(ctx, self, opponentPrevious));
  rung = Math.min(rung, affordable);
  // Point made: nothing left to answer.
  if (felt <= 0) rung = Math.min(rung, previous - 1);
  // Generosity (Nowak–Sigmund): forgive when not provoked further, and mean it (forgiveness.ts).
  // A state that announced a strike (a plan) does not forgive until it strikes or stops wanting to (commitment.ts).
  if (!holdsVow(self) && mayForgive(suffered, opponentPrevious, previous, generosityDraw, params.generosity)) {
    rung = Math.min(rung, previous - 1);
    self.forgaveToday = !inExchange(self, day);
  }

  // A face-saving halt at third parties' request; a halt holds unless a new blamed attack is felt.
  if (self.haltUntil >= day && suffered > tolerance) self.haltUntil = -Infinity;
  const halting = self.haltUntil < day && haltsToday(ctx, i, haltDraw);
  if (halting) {
    self.haltUntil = day + constants.haltDays - 1;
    self.moveCause = 'halt';
  }
  if (self.haltUntil >= day) {
    rung = Math.min(rung, kinetic - 1);
  } else {
    // Audience cost (Fearon 1994): a big climb-down needs a face-saver.
    if (rung < previous - 1 && self.grievance > 0) {
      const discount = hasFaceSaver(ctx, i) ? params.faceSaving : 1;
      if (!(self.audienceCost * discount < params.faceThreshold)) rung = previous - 1;
    }
    // Movement limits: a struck state may jump to its counter rung, a planned strike to the rung it wants.
    const provoked = suffered > 0 || struck;
    const jump = struck ? counter : provoked ? proportional : 0;
    const ceiling = Math.max(previous + params.stepUp, jump);
    rung = Math.min(Math.max(rung, previous - params.stepDown), ceiling);
    // Costs are final: no floor makes a state pay for a rung it cannot afford (under a new truce
    // a state drops straight below the gate rather than violating it by its own momentum).
    rung = Math.min(rung, affordable);
    // Not clamped below: an r* under 0 must stay there for the tremble rule.
    rung = timeResponse(ctx, i, self, Math.min(rung, params.maxRung));
  }
  // Tremble: r* slips ±1, then is clamped (a content state at r* < 0 never slips upward). A slip
  // is an error of execution, not a decision: it never lands on a rung the state cannot afford,
  // so nobody trembles into war.
  if (trembleDraw < params.tremble) {
    const slipped = clampRung(Math.min(rung + (directionDraw < 0.5 ? -1 : 1), Math.max(rung, affordable)), params.maxRung);
    self.trembledToday = slipped !== clampRung(rung, params.maxRung);
    rung = slipped;
  }
  return clampRung(rung, params.maxRung);
}

function clampRung(rung: number, maxRung: number): number {
  return rung < 0 ? 0 : rung > maxRung ? maxRung : rung;
}

/** A third party with leverage on this state appealed yesterday or today. */
function hasFaceSaver(ctx: RunContext, i: 0 | 1): boolean {
  const parties = ctx.params.thirdParties;
  const yesterday = ctx.state.day - 1;
  for (let k = 0; k < parties.length; k += 1) {
    if (parties[k]!.leverage[i] > 0 && ctx.state.parties[k]!.lastAppealDay >= yesterday) return true;
  }
  return false;
}

/**
 * Applies the chosen rung, counts a violation (only a serious one strains a truce or ceasefire:
 * ceasefire.ts), and logs the state's act toward the other.
 */
function commit(ctx: RunContext, i: 0 | 1, self: ActorState, rung: number): void {
  const { ladder, constants } = ctx.params;
  self.prevRung = self.rung;
  self.rung = rung;
  if (isKinetic(ladder, rung)) self.lastKineticDay = ctx.state.day;
  self.violatedToday = self.forcedRung < 0 && ctx.state.dyad.ceasefire !== 'none' && isKinetic(ladder, rung);
  if (self.violatedToday && rung >= constants.seriousRung) ctx.state.dyad.strain += 1;
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

function actCause(self: ActorState): 'scripted' | 'violation' | 'tremble' | 'misread' | 'retaliation' | 'halt' | 'reaction' | 'planned' {
  if (self.forcedRung >= 0) return 'scripted';
  if (self.violatedToday) return 'violation';
  if (self.trembledToday) return 'tremble';
  if (self.moveCause !== null) return self.moveCause;
  if (self.lastPerceptionMisread && self.rung > self.prevRung) return 'misread';
  return 'retaliation';
}
