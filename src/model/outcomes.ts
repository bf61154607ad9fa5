/**
 * Phase 5: what today's rungs do (docs/model.md §7.8). A state at a kinetic rung kills the
 * opponent's soldiers and civilians; it claims a multiple of what it inflicted and admits a
 * share of what it suffered. Claims are fog of war: true × LogNormal(ln claimMedian, claimSigma).
 *
 * Draws per state (as attacker) per day from its `outcome` stream: military deaths, civilian
 * deaths, claim factor (DailyDraws: consumed every day, computed only on kinetic days).
 */
import type { RunContext } from './context.js';
import { negativeBinomialInverse } from './draw/negativeBinomialInverse.js';
import { normalQuantile } from './draw/normalQuantile.js';
import { poissonInverse } from './draw/poissonInverse.js';
import { isKinetic } from './ladder.js';
import { openUnit } from './rng.js';

export function resolveOutcomes(ctx: RunContext): void {
  inflict(ctx, 0, 1);
  inflict(ctx, 1, 0);
  admit(ctx, 0);
  admit(ctx, 1);
}

/** Admitted own deaths cover interstate deaths only (docs/model.md §8). */
function admit(ctx: RunContext, i: 0 | 1): void {
  const actor = ctx.state.actors[i];
  const suffered = actor.militaryDeaths + actor.civilianDeaths;
  actor.admittedDeaths = Math.round(suffered * ctx.params.states[i].admitFactor);
}

function inflict(ctx: RunContext, i: 0 | 1, j: 0 | 1): void {
  const attacker = ctx.state.actors[i];
  const target = ctx.state.actors[j];
  const rung = attacker.rung;
  if (!isKinetic(ctx.params.ladder, rung)) {
    attacker.inflicted = 0;
    attacker.claimedEnemyDeaths = 0;
    attacker.perceivedInflicted = 0;
    return;
  }
  const own = ctx.params.states[i];
  const other = ctx.params.states[j];
  const ladder = ctx.params.ladder;
  const ratio = own.capability / other.capability;
  const draws = ctx.streams.outcome[i].on(ctx.state.day);
  const militaryDraw = draws[0]!;
  const civilianDraw = draws[1]!;
  const claimDraw = draws[2]!;
  const military = countDeaths(ctx, militaryDraw, ladder.muMil[rung]! * ratio);
  const civilian = countDeaths(ctx, civilianDraw, ladder.muCiv[rung]! * other.exposure * ratio);
  target.militaryDeaths += military;
  target.civilianDeaths += civilian;
  const inflicted = military + civilian;
  attacker.inflicted = inflicted;
  if (inflicted === 0) {
    attacker.claimedEnemyDeaths = 0;
    attacker.perceivedInflicted = 0;
    return;
  }
  const claimFactor = Math.exp(Math.log(own.claimMedian) + own.claimSigma * normalQuantile(openUnit(claimDraw)));
  attacker.perceivedInflicted = inflicted * claimFactor;
  attacker.claimedEnemyDeaths = Math.round(attacker.perceivedInflicted);
}

function countDeaths(ctx: RunContext, u: number, mean: number): number {
  const { casualtyDistribution, dispersion } = ctx.params.constants;
  return casualtyDistribution === 'poisson' ? poissonInverse(u, mean) : negativeBinomialInverse(u, mean, dispersion);
}
