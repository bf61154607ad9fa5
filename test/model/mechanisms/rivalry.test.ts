/**
 * rivalry.ts: Q halves every rivalryHalfLife days; it is fed by failed talks (both states),
 * collapses (both), blamed attacks left unanswered (per death), and grievance shelved when a
 * truce or ceasefire begins (banked · ln(1 + excess/lossScale)); tolerance/(1+Q),
 * proportionality·(1+Q), risk/(1+Q).
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex, traceRun } from '../../helpers/mechanisms.js';

const rivalryTrace = (s: ReturnType<typeof mechScenario>, seed = 'rivalry') => {
  const seen: [number, number][] = [];
  const ctx = traceRun(s.params, seed, 0, (c) => seen.push([c.state.actors[0].rivalry, c.state.actors[1].rivalry]));
  return { seen, ctx };
};

describe('rivalry stock (rivalry.ts)', () => {
  it('a failed session adds failedTalks to both states, which then halves every rivalryHalfLife days', () => {
    const s = mechScenario({
      days: 30,
      states: { strongland: inertState('strong'), weakland: inertState('weak') },
      constants: { rivalryHalfLife: 20, rivalry: { failedTalks: 0.4 }, accept: { b0: 100 }, session: { s0: -100 } },
      thirdParties: { mediator: { leverage: { strongland: 0.5, weakland: 0.5 }, canHost: true, offerAfterDays: 1000, appealThreshold: 8 } },
      events: [{ day: 0, offerMediation: { party: 'mediator' } }],
    });
    const { seen, ctx } = rivalryTrace(s);
    expect(ctx.events!.filter((e) => e.what === 'session failed').map((e) => e.day)).toEqual([1]);
    expect(seen[0]).toEqual([0, 0]);
    for (let n = 0; n < 29; n += 1) for (const q of seen[1 + n]!) expect(q).toBeCloseTo(0.4 * 2 ** (-n / 20), 12);
  });

  it('a collapse adds rivalry.collapse to both states', () => {
    const s = mechScenario({
      days: 4,
      states: { strongland: inertState('strong'), weakland: inertState('weak') },
      constants: { rivalry: { collapse: 0.3 }, rivalryHalfLife: 1e5 },
      events: [
        { day: 0, ceasefire: 'ceasefire' },
        { day: 2, setRung: { state: 'weakland', rung: 7 } },
      ],
    });
    const { seen, ctx } = rivalryTrace(s);
    expect(ctx.events!.filter((e) => e.cause === 'collapse').map((e) => e.day)).toEqual([2]);
    expect(seen[1]).toEqual([0, 0]);
    for (const q of seen[2]!) expect(q).toBeCloseTo(0.3, 12);
  });

  it('a blamed attack left unanswered adds unanswered × deaths; answered, nothing', () => {
    const doc = (answer: boolean) =>
      mechScenario({
        days: 1,
        states: { strongland: answer ? explicitState('strong', { tolerance: 1 }) : inertState('strong'), weakland: inertState('weak', { capability: 1 }) },
        constants: { rivalry: { unanswered: 0.01 }, rivalryHalfLife: 50 },
        spoilers: { militants: explicitSpoiler() },
        events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 10, blamed: true } }],
      });
    const quiet = doc(false);
    expect(rivalryTrace(quiet).seen[0]![stateIndex(quiet, 'strongland')]).toBeCloseTo(0.1, 12);
    expect(rivalryTrace(quiet).seen[0]![stateIndex(quiet, 'weakland')]).toBe(0);
    const answered = doc(true);
    const { seen, ctx } = rivalryTrace(answered);
    expect(ctx.records.rung[stateIndex(answered, 'strongland')]).toBeGreaterThanOrEqual(4);
    expect(seen[0]![stateIndex(answered, 'strongland')]).toBe(0);
  });

  it('a ceasefire shelves grievance above ceasefireThreshold into rivalry: Q = banked·ln(1 + excess/lossScale)', () => {
    const s = mechScenario({
      days: 2,
      states: { strongland: inertState('strong', { initialGrievance: 30, ceasefireThreshold: 10 }), weakland: inertState('weak', { initialGrievance: 4, ceasefireThreshold: 10 }) },
      constants: { rivalry: { banked: 0.2 }, rivalryHalfLife: 10, lossScale: 10, truceDays: 5 },
      events: [{ day: 0, ceasefire: 'ceasefire' }],
    });
    const { seen, ctx } = rivalryTrace(s);
    const i = stateIndex(s, 'strongland');
    const j = stateIndex(s, 'weakland');
    const f = 2 ** (-1 / 10);
    expect(seen[0]![i]).toBeCloseTo(0.2 * Math.log(3) * f, 12);
    expect(seen[0]![j]).toBe(0);
    expect(ctx.records.grievance[i]).toBe(10);
    expect(ctx.records.grievance[j]).toBe(4);
  });

  it('a truce shelves grievance above the lower truceThreshold', () => {
    const s = mechScenario({
      days: 2,
      states: { strongland: inertState('strong', { initialGrievance: 30, ceasefireThreshold: 10 }), weakland: inertState('weak', { initialGrievance: 4, ceasefireThreshold: 10 }) },
      constants: { rivalry: { banked: 0.2 }, rivalryHalfLife: 10, lossScale: 10, truceDays: 5, truceThreshold: 2 },
      events: [{ day: 0, ceasefire: 'truce' }],
    });
    const { seen, ctx } = rivalryTrace(s);
    const f = 2 ** (-1 / 10);
    // strongland: excess 28 → 0.2·ln 3.8; weakland: excess 2 → 0.2·ln 1.2; both keep 2.
    expect(seen[0]![stateIndex(s, 'strongland')]).toBeCloseTo(0.2 * Math.log(3.8) * f, 12);
    expect(seen[0]![stateIndex(s, 'weakland')]).toBeCloseTo(0.2 * Math.log(1.2) * f, 12);
    expect(ctx.records.grievance[stateIndex(s, 'strongland')]).toBe(2);
    expect(ctx.records.grievance[stateIndex(s, 'weakland')]).toBe(2);
  });

  it('rivalry lowers tolerance: the same attack goes unanswered at Q = 0 and is answered at Q = 1', () => {
    const doc = (initialRivalry: number) =>
      mechScenario({
        days: 2,
        // felt 10·ln 2 ≈ 6.9 against tolerance 10, or 10 / (1 + 1) = 5
        states: { strongland: explicitState('strong', { tolerance: 10, initialRivalry }), weakland: inertState('weak', { capability: 1 }) },
        spoilers: { militants: explicitSpoiler() },
        events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 10, blamed: true } }],
      });
    for (const [q, answered] of [[0, false], [1, true]] as const) {
      const s = doc(q);
      const run = simulateRun(s.params, 'tolerance', 0);
      expect(column(run.records, run.records.rung, stateIndex(s, 'strongland'))[0]! >= 4).toBe(answered);
    }
  });

  it('higher initialRivalry gives a higher mean peak rung on common random numbers', () => {
    const doc = (initialRivalry: number) =>
      mechScenario({
        days: 120,
        states: {
          strongland: explicitState('strong', { tolerance: 8, proportionality: 0.5, memory: 0.9, satisfaction: 1, generosity: 0.1, initialRivalry }),
          weakland: explicitState('weak', { tolerance: 8, proportionality: 0.5, memory: 0.9, satisfaction: 1, generosity: 0.1, initialRivalry, capability: 1 }),
        },
        spoilers: { militants: explicitSpoiler({ hazard: 0.05, severityMin: 3, severityAlpha: 1.5 }) },
      });
    const meanPeak = (q: number) => {
      const s = doc(q);
      let sum = 0;
      for (let k = 0; k < 200; k += 1) sum += simulateRun(s.params, 'crn', k, { recordEvents: false }).outcome.peakRung;
      return sum / 200;
    };
    const low = meanPeak(0);
    const high = meanPeak(1.5);
    expect(high - low, `${low} → ${high}`).toBeGreaterThan(1); // 5.25 → 7.76 at the time of writing
  });
});
