/**
 * responseTiming.ts: a state crossing into kinetic action from below answers after a lag
 * L ~ NegBin(mean responseLag, dispersion lagDispersion) drawn that day; L = 0 is the same day;
 * meanwhile it postures at kinetic − 1; a plan lapses when the state no longer wants to fight
 * (a vow keeps its grievance meanwhile: commitment.ts).
 * Trigger: a blamed attack of 100 deaths on day 0 (felt 10·ln 11 ≈ 24); the opponent never acts.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex, traceRun } from '../../helpers/mechanisms.js';

function scenario(responseLag: number, lagDispersion: number, extra: Record<string, unknown> = {}, days = 60) {
  return mechScenario({
    days,
    states: {
      strongland: explicitState('strong', { responseLag, lagDispersion, tolerance: 1, memory: 1, ...extra }),
      weakland: inertState('weak', { capability: 1 }),
    },
    spoilers: { militants: explicitSpoiler() },
    events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 100, blamed: true } }],
  });
}

/** The first kinetic day of the struck state in each run, and its rungs before that day. */
function firstStrikes(s: ReturnType<typeof scenario>, n: number, seed = 'lag') {
  const i = stateIndex(s, 'strongland');
  return Array.from({ length: n }, (_, k) => {
    const rungs = column(s.params as { days: number }, simulateRun(s.params, seed, k, { recordEvents: false }).records.rung, i);
    const first = rungs.findIndex((r) => r >= 4);
    return { first, before: rungs.slice(0, Math.max(first, 0)) };
  });
}

describe('response timing (responseTiming.ts)', () => {
  it('responseLag 0: the struck state answers the same day in every run', () => {
    for (const { first } of firstStrikes(scenario(0, 2), 200)) expect(first).toBe(0);
  });

  it('responseLag 10, regular lags: the first strike comes 6–15 days after the trigger, posturing at rungs 1–3 meanwhile', () => {
    const strikes = firstStrikes(scenario(10, 1000), 400);
    let inWindow = 0;
    for (const { first, before } of strikes) {
      expect(first).toBeGreaterThanOrEqual(0);
      if (first >= 6 && first <= 15) inWindow += 1;
      for (const rung of before) {
        expect(rung).toBeGreaterThanOrEqual(1);
        expect(rung).toBeLessThanOrEqual(3);
      }
    }
    // Poisson(10) puts 88 % of its mass on 6–15.
    expect(inWindow / strikes.length).toBeGreaterThan(0.82);
    const planned = simulateRun(scenario(10, 1000).params, 'lag', 0).events.find((e) => e.actor === 'strongland' && (e.detail?.rung as number) >= 4);
    expect(planned?.cause).toBe('planned');
  });

  it('the mean lag is responseLag within 4 standard errors, for regular and for dispersed lags', () => {
    for (const [mean, phi] of [[10, 1000], [5, 0.5], [2, 2]] as const) {
      const n = 800;
      const firsts = firstStrikes(scenario(mean, phi, {}, 150), n).map((x) => x.first);
      expect(Math.min(...firsts)).toBeGreaterThanOrEqual(0);
      const average = firsts.reduce((a, b) => a + b, 0) / n;
      const se = Math.sqrt((mean + (mean * mean) / phi) / n);
      expect(Math.abs(average - mean), `mean ${mean}, φ ${phi}: ${average}`).toBeLessThan(4 * se);
    }
  });

  it('a plan lapses when the state stops wanting to fight: a truce scripted on day 2 gates it below kinetic', () => {
    // A vow keeps the grievance (commitment.ts), so what ends a plan is a reason not to fight:
    // a truce gate of 1000 (truceThreshold) on days 2-3 makes the kinetic rungs unaffordable.
    const gated = mechScenario({
      days: 30,
      states: { strongland: explicitState('strong', { responseLag: 10, lagDispersion: 1000, tolerance: 1, memory: 1 }), weakland: inertState('weak', { capability: 1 }) },
      constants: { truceThreshold: 1000, truceDays: 2 },
      spoilers: { militants: explicitSpoiler() },
      events: [
        { day: 0, spoilerAttack: { spoiler: 'militants', deaths: 100, blamed: true } },
        { day: 2, ceasefire: 'truce' },
      ],
    });
    const i = stateIndex(gated, 'strongland');
    for (let k = 0; k < 50; k += 1) {
      let planAfterTruce = false;
      traceRun(gated.params, 'lapse', k, (c) => {
        if (c.state.day === 2) planAfterTruce = c.state.actors[i].plannedDay !== -Infinity;
      });
      expect(planAfterTruce).toBe(false);
    }
  });

  it('once in the exchange, no further lags: a state already at a kinetic rung answers day by day', () => {
    const s = mechScenario({
      days: 6,
      states: {
        strongland: explicitState('strong', { responseLag: 30, lagDispersion: 1000, initialRung: 4, initialGrievance: 10, tolerance: 1 }),
        weakland: inertState('weak', { capability: 1 }),
      },
    });
    const rungs = column(s.params, simulateRun(s.params, 'exchange', 0).records.rung, stateIndex(s, 'strongland'));
    for (const r of rungs) expect(r).toBeGreaterThanOrEqual(4);
  });
});
