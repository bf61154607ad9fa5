/**
 * Phase 2: spoiler attacks (docs/model.md §7.5, §7). A spoiler attacks its target state at a Poisson
 * rate; each attack's deaths follow a Pareto tail; the target blames the host with the
 * attribution probability, and blamed deaths add to its perceived harm before it decides.
 *
 * Draws per spoiler per day from its main stream: 1 (count) + 2 × SPOILER_DAILY_BUDGET
 * (severity, blame), always. Attacks beyond the budget draw from the spoiler's overflow stream.
 */
import { noteBlamedAttack } from './truceRelease.js';
import { spendPatience } from './patience.js';
import { logEvent, type RunContext } from './context.js';
import { poissonInverse } from './draw/poissonInverse.js';
import { feltHarm } from './perception.js';
import { openUnit, type Stream } from './rng.js';
import type { SpoilerParams } from './types.js';

/**
 * Attacks per day drawn from the main stream. At the default rate with the talks bonus
 * (λ = 0.12 · 0.8 · 1.3 ≈ 0.125) a third attack in one day has probability ≈ 0.0003; those come
 * from the overflow stream.
 */
export const SPOILER_DAILY_BUDGET = 2;
/** CAMEO 180 "use unconventional mass violence, not specified" (Goldstein −9). */
const ATTACK_CAMEO = '180';
const ATTACK_GOLDSTEIN = -9;

/**
 * Today's attack rate λ = λ₀ · m · (1 − suppression_now) · (1 + ψ · [truce, ceasefire or talks]),
 * m the group's capacity after strikes on its host (spoilerResponse.ts).
 * The ψ bonus names truce, ceasefire and talks only: under a settled agreement the spoiler faces
 * agreementSuppression instead (docs/model.md §7.5, §4.7).
 */
export function spoilerRate(ctx: RunContext, s: number): number {
  const spoiler = ctx.params.spoilers[s]!;
  const dyad = ctx.state.dyad;
  const suppression = dyad.ceasefire === 'agreement' ? spoiler.agreementSuppression : spoiler.suppression;
  const peaceProcess = dyad.ceasefire === 'truce' || dyad.ceasefire === 'ceasefire' || dyad.talksHost >= 0;
  const capacity = ctx.state.spoilers[s]!.capacity;
  return spoiler.hazard * capacity * (1 - suppression) * (1 + (peaceProcess ? spoiler.talksBoost : 0));
}

/** Deaths of one attack from one uniform: floor(severityMin · U^(−1/α)), capped at severityMax. */
export function attackDeaths(spoiler: SpoilerParams, u: number): number {
  const deaths = Math.floor(spoiler.severityMin * Math.pow(openUnit(u), -1 / spoiler.severityAlpha));
  return Math.min(deaths, spoiler.severityMax);
}

export function applySpoilerAttacks(ctx: RunContext): void {
  const spoilers = ctx.params.spoilers;
  for (let s = 0; s < spoilers.length; s += 1) {
    const spoiler = spoilers[s]!;
    const draws = ctx.streams.spoiler[s]!;
    const values = draws.values;
    const at = draws.at(ctx.state.day);
    const count = poissonInverse(values[at]!, spoilerRate(ctx, s));
    // The budgeted attacks' draws follow the count, two each: severity, blame.
    for (let j = 0; j < SPOILER_DAILY_BUDGET && j < count; j += 1) {
      const severity = values[at + 1 + 2 * j]!;
      const blame = values[at + 2 + 2 * j]!;
      strike(ctx, s, attackDeaths(spoiler, severity), blame < blameProbability(ctx, spoiler), 'spoiler');
    }
    if (count > SPOILER_DAILY_BUDGET) {
      const overflow: Stream = ctx.streams.spoilerOverflow(s);
      for (let j = SPOILER_DAILY_BUDGET; j < count; j += 1) {
        const severity = overflow.next();
        const blame = overflow.next();
        strike(ctx, s, attackDeaths(spoiler, severity), blame < blameProbability(ctx, spoiler), 'spoiler');
      }
    }
  }
}

/** A scripted attack (phase 1): given deaths; blame as scripted, else drawn like any other. */
export function applyScriptedAttack(ctx: RunContext, s: number, nth: number, deaths: number, blamed: boolean | undefined): void {
  const spoiler = ctx.params.spoilers[s]!;
  const u = ctx.streams.spoilerScripted(s, ctx.state.day, nth).next();
  strike(ctx, s, deaths, blamed ?? u < blameProbability(ctx, spoiler), 'scripted');
}

/** attribution · (1 − monitorCut · [monitoring]): monitoring makes blame less automatic. */
function blameProbability(ctx: RunContext, spoiler: SpoilerParams): number {
  const target = ctx.params.states[spoiler.target]!;
  const monitoring = ctx.state.dyad.monitoring ? ctx.params.constants.monitorCut : 0;
  return target.attribution * (1 - monitoring);
}

function strike(ctx: RunContext, s: number, deaths: number, blamed: boolean, cause: 'spoiler' | 'scripted'): void {
  const spoiler = ctx.params.spoilers[s]!;
  const target = ctx.state.actors[spoiler.target]!;
  const civilians = Math.round(spoiler.civilianShare * deaths);
  target.spoilerDeaths += deaths;
  target.spoilerCivilians += civilians;
  if (blamed) {
    // Felt with the same diminishing sensitivity as interstate harm (perception.ts).
    const felt = feltHarm(ctx.params.constants.wSpoiler * deaths, ctx.params.constants.lossScale);
    target.perceivedHarm += felt;
    spendPatience(target, felt);
    target.blamedSpoilerDeaths += deaths;
    target.lastBlamedAttackDay = ctx.state.day;
    noteBlamedAttack(ctx, target);
  }
  ctx.state.dyad.spoilerAttacks += 1;
  ctx.state.dyad.spoilerAttackDeaths += deaths;
  if (ctx.events !== null) {
    const targetId = ctx.params.states[spoiler.target]!.id;
    logEvent(ctx, spoiler.id, targetId, ATTACK_CAMEO, ATTACK_GOLDSTEIN, cause, 'spoiler attack', {
      deaths,
      civilians,
      blamed,
      host: ctx.params.states[spoiler.host]!.id,
    });
  }
}
