/**
 * Phase 6: perception and the ledger (docs/model.md "Perception"). Each state adds the harm it
 * received to what it perceives (doubled when misread: Jervis), settles grievance only when the
 * opponent's behaviour confirms its point (pointMade.ts), and updates Richardson hostility and
 * its audience cost. A state struck today ends any halt it was holding.
 *
 *   G ← max(−5, δ · G' / (1 + κ · settled) + D̂ + g0),  G' = G written down if forgiven (forgiveness.ts)
 *
 * Harm is felt with diminishing sensitivity (Kahneman & Tversky's value function; Slovic's
 * psychic numbing): a day's deaths count as feel(x) = L · ln(1 + x / L), L = lossScale, so ten
 * deaths weigh almost ten, a thousand far less than a hundred times as much. That keeps a long
 * war from building a grievance no truce could ever hold.
 *
 * Draws per state per day from its `perceive` stream: one (misread).
 */
import type { RunContext } from './context.js';
import { grievanceMemory } from './commitment.js';
import { forgivenGrievance } from './forgiveness.js';
import { pointMadeDivisor } from './pointMade.js';

/** Diminishing sensitivity to a day's harm: L · ln(1 + x / L). */
export function feltHarm(harm: number, lossScale: number): number {
  return harm <= 0 ? 0 : lossScale * Math.log1p(harm / lossScale);
}

export function updatePerception(ctx: RunContext): void {
  // Both read today's rungs before either grievance changes.
  const settledA = pointMadeDivisor(ctx, 0);
  const settledB = pointMadeDivisor(ctx, 1);
  perceive(ctx, 0, 1, settledA);
  perceive(ctx, 1, 0, settledB);
}

function perceive(ctx: RunContext, i: 0 | 1, j: 0 | 1, settledDivisor: number): void {
  const draws = ctx.streams.perceive[i];
  const misreadDraw = draws.values[draws.at(ctx.state.day)]!;
  const self = ctx.state.actors[i];
  const opponent = ctx.state.actors[j];
  const opponentRung = opponent.rung;
  const params = ctx.params.states[i];
  const c = ctx.params.constants;
  const { thresholds } = ctx.params.ladder;
  // The symbolic blow of a strike on state targets or the capital lands when it is crossed.
  const crossedDeep = opponentRung >= thresholds.deepStrike && opponent.prevRung < thresholds.deepStrike;
  const received = feltHarm(c.wMil * self.militaryDeaths + c.wCiv * self.civilianDeaths + (crossedDeep ? c.wSymbolic : 0), c.lossScale);
  const misread = misreadDraw < params.misreadProb;
  self.lastPerceptionMisread = misread && received > 0;
  self.perceivedHarm += misread ? 2 * received : received;
  if (received > 0) self.haltUntil = -Infinity;

  self.grievance = Math.max(-5, (grievanceMemory(params, self) * forgivenGrievance(params, self)) / settledDivisor + self.perceivedHarm + params.grievanceBase);
  const pressure = self.pressureByDay.at(ctx.state.day);
  self.hostility = Math.max(
    0,
    self.hostility + (params.reactivity * opponentRung) / ctx.params.ladder.top - params.restraint * self.hostility + params.grievanceBase - pressure,
  );
  const audienceBefore = self.audienceCost;
  self.audienceCost = params.audienceDecay * self.audienceCost + (self.rung >= thresholds.audience ? params.audienceGrowth : 0);
  self.audienceChange = self.audienceCost - audienceBefore;
}
