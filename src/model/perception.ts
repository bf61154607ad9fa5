/**
 * Phase 6: perception and the ledger (MODEL.md §4.6). Each state adds the harm it received to
 * what it perceives (doubled when misread: Jervis), discharges grievance by what it believes it
 * inflicted (its own inflated claims: the mechanism behind "both sides made their point"), and
 * updates Richardson hostility and its audience cost.
 *
 * Draws per state per day from its `perceive` stream: one (misread).
 */
import type { RunContext } from './context.js';

export function updatePerception(ctx: RunContext): void {
  perceive(ctx, 0, 1);
  perceive(ctx, 1, 0);
}

function perceive(ctx: RunContext, i: 0 | 1, j: 0 | 1): void {
  const misreadDraw = ctx.streams.perceive[i].next();
  const self = ctx.state.actors[i];
  const opponentRung = ctx.state.actors[j].rung;
  const params = ctx.params.states[i];
  const c = ctx.params.constants;
  const received =
    c.wMil * self.militaryDeaths + c.wCiv * self.civilianDeaths + (opponentRung >= ctx.params.ladder.thresholds.deepStrike ? c.wSymbolic : 0);
  const misread = misreadDraw < params.misreadProb;
  self.lastPerceptionMisread = misread && received > 0;
  self.perceivedHarm += misread ? 2 * received : received;

  const discharged = (params.satisfaction * self.perceivedInflicted) / (1 + self.audienceCost);
  self.grievance = Math.max(-5, params.memory * self.grievance + self.perceivedHarm - discharged + params.grievanceBase);
  const pressure = self.pressureByDay[ctx.state.day]!;
  self.hostility = Math.max(
    0,
    self.hostility + (params.reactivity * opponentRung) / 8 - params.restraint * self.hostility + params.grievanceBase - pressure,
  );
  const audienceBefore = self.audienceCost;
  self.audienceCost = params.audienceDecay * self.audienceCost + (self.rung >= ctx.params.ladder.thresholds.audience ? params.audienceGrowth : 0);
  self.audienceChange = self.audienceCost - audienceBefore;
}
