/**
 * ceasefire.ts: strain fades with strainHalfLife and only violations at rung ≥ seriousRung add to
 * it; a ceasefire collapses when strain > strainMax (or at a deep strike). Strongland is under a
 * scripted ceasefire from day 0 and answers each blamed spoiler attack (10 dead, felt 10·ln 2)
 * at its top affordable rung for two days (memory 0: the grievance is the last day's harm).
 */
import { describe, expect, it } from 'vitest';
import { CEASEFIRE_KINDS, simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function scenario(opts: { maxRung: number; attackDays: number[]; days: number; strainHalfLife: number; strainMax?: number; seriousRung?: number }) {
  return mechScenario({
    days: opts.days,
    states: {
      strongland: explicitState('strong', { memory: 0, tolerance: 1, proportionality: 10, maxRung: opts.maxRung, ceasefireThreshold: 1 }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: { strainHalfLife: opts.strainHalfLife, strainMax: opts.strainMax ?? 2, seriousRung: opts.seriousRung ?? 6, leverageWeight: 0 },
    spoilers: { militants: explicitSpoiler() },
    events: [
      { day: 0, ceasefire: 'ceasefire' },
      ...opts.attackDays.map((day) => ({ day, spoilerAttack: { spoiler: 'militants', deaths: 10, blamed: true } })),
    ],
  });
}

const every = (from: number, step: number, until: number) => Array.from({ length: Math.ceil((until - from) / step) }, (_, n) => from + n * step);
const collapsed = (run: ReturnType<typeof simulateRun>) => run.events.some((e) => e.cause === 'collapse');

describe('durable ceasefires (ceasefire.ts strain)', () => {
  it('strain after serious violations on days 5 and 6 decays by 2^(−1/strainHalfLife) a day', () => {
    const s = scenario({ maxRung: 6, attackDays: [5], days: 30, strainHalfLife: 10, strainMax: 100 });
    const run = simulateRun(s.params, 'strain', 0);
    const rungs = column(run.records, run.records.rung, stateIndex(s, 'strongland'));
    expect(rungs.slice(4, 8)).toEqual([0, 6, 6, 0]);
    const f = 2 ** (-1 / 10);
    expect(Array.from(run.records.strain.slice(0, 5))).toEqual([0, 0, 0, 0, 0]);
    expect(run.records.strain[5]).toBeCloseTo(f, 12);
    for (let n = 0; n < 23; n += 1) expect(run.records.strain[6 + n]).toBeCloseTo((f + 1) * f ** (n + 1), 12);
    expect(run.events.filter((e) => e.cause === 'violation').map((e) => [e.day, e.cameo])).toEqual([[5, '196'], [6, '196']]);
  });

  it('violations below seriousRung are logged but add no strain', () => {
    const run = simulateRun(scenario({ maxRung: 5, attackDays: [5], days: 10, strainHalfLife: 10 }).params, 'strain', 0);
    expect(run.events.filter((e) => e.cause === 'violation').map((e) => e.day)).toEqual([5, 6]);
    expect(Array.from(run.records.strain).every((x) => x === 0)).toBe(true);
  });

  it('a ceasefire survives six months of sporadic rung-5 incidents but collapses under repeated serious violations', () => {
    const attacks = every(5, 10, 180);
    const sporadic = simulateRun(scenario({ maxRung: 5, attackDays: attacks, days: 180, strainHalfLife: 30 }).params, 'durable', 0);
    expect(sporadic.events.filter((e) => e.cause === 'violation').length).toBe(2 * attacks.length);
    expect(Array.from(sporadic.records.ceasefire, (k) => CEASEFIRE_KINDS[k]).every((k) => k === 'ceasefire')).toBe(true);
    const serious = simulateRun(scenario({ maxRung: 6, attackDays: attacks, days: 180, strainHalfLife: 30 }).params, 'durable', 0);
    expect(collapsed(serious)).toBe(true);
    // Were every incident serious (seriousRung 4), the same rung-5 incidents would break it.
    expect(collapsed(simulateRun(scenario({ maxRung: 5, attackDays: attacks, days: 180, strainHalfLife: 30, seriousRung: 4 }).params, 'durable', 0))).toBe(true);
  });

  it('fading makes the difference between serious violations far apart and close together', () => {
    const attacks = every(5, 30, 180);
    const fades = simulateRun(scenario({ maxRung: 6, attackDays: attacks, days: 180, strainHalfLife: 5 }).params, 'fade', 0);
    expect(collapsed(fades)).toBe(false);
    expect(Array.from(fades.records.ceasefire).every((k) => k === 2)).toBe(true);
    const lasts = simulateRun(scenario({ maxRung: 6, attackDays: attacks, days: 180, strainHalfLife: 1e5 }).params, 'fade', 0);
    expect(lasts.events.filter((e) => e.cause === 'collapse').map((e) => e.day)).toEqual([35]);
  });
});
