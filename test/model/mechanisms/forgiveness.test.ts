/**
 * forgiveness.ts: a state that forgives (generosity γ, not provoked further) writes its grievance
 * down to its tolerance, so a forgiven grievance does not return as a strike days later. Inside an
 * exchange generosity only steps the state down a rung: the account stays open.
 * Trigger: a blamed attack of 100 deaths on day 0 (felt 10·ln 11 ≈ 24); the opponent never acts.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex, traceRun } from '../../helpers/mechanisms.js';

function scenario(strong: Record<string, unknown>, days = 60) {
  return mechScenario({
    days,
    states: { strongland: explicitState('strong', { tolerance: 1, memory: 1, ...strong }), weakland: inertState('weak', { capability: 1 }) },
    spoilers: { militants: explicitSpoiler() },
    events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 100, blamed: true } }],
  });
}

function strikeDays(s: ReturnType<typeof scenario>, runIndex: number): number[] {
  const rungs = column(s.params as { days: number }, simulateRun(s.params, 'forgive', runIndex, { recordEvents: false }).records.rung, stateIndex(s, 'strongland'));
  return rungs.flatMap((rung, day) => (rung >= 4 ? [day] : []));
}

describe('forgiveness (forgiveness.ts)', () => {
  it('a grievance forgiven outside an exchange is written down for good: after a forgiving day the state never strikes, with nothing new to answer', () => {
    // A ceasefire (gate 1000) holds the struck state below the kinetic rung on days 0-5, so it
    // plans nothing (no vow binds, commitment.ts) and may forgive; once the ceasefire is lifted it
    // strikes only if it did not. (A truce would not do: a blamed attack releases its victim.)
    const truce = (generosity: number) =>
      mechScenario({
        days: 40,
        states: { strongland: explicitState('strong', { tolerance: 1, memory: 1, generosity, ceasefireThreshold: 1000 }), weakland: inertState('weak', { capability: 1 }) },
        spoilers: { militants: explicitSpoiler() },
        events: [
          { day: 0, ceasefire: 'ceasefire' },
          { day: 0, spoilerAttack: { spoiler: 'militants', deaths: 100, blamed: true } },
          { day: 6, ceasefire: 'none' },
        ],
      });
    const forgiving = truce(0.3);
    const i = stateIndex(forgiving, 'strongland');
    let forgivenRuns = 0;
    for (let k = 0; k < 100; k += 1) {
      let forgaveOn = -1;
      const ctx = traceRun(forgiving.params, 'forgive', k, (c) => {
        const self = c.state.actors[i];
        if (self.forgaveToday && forgaveOn < 0) forgaveOn = c.state.day;
        // From the day after it forgave, its grievance is within its tolerance (memory 1: nothing else lowers it).
        if (forgaveOn >= 0 && c.state.day > forgaveOn) expect(self.grievance).toBeLessThanOrEqual(1 + 1e-9);
      });
      const rungs = column(ctx.records, ctx.records.rung, i);
      if (forgaveOn >= 0) {
        forgivenRuns += 1;
        expect(rungs.slice(forgaveOn).every((rung) => rung < 4)).toBe(true);
      }
    }
    // γ = 0.3 a day over six days of ceasefire: 1 − 0.7⁶ ≈ 0.88 of runs forgive.
    expect(forgivenRuns).toBeGreaterThan(75);
    // Without generosity every run strikes once the ceasefire is lifted.
    const unforgiving = truce(0);
    for (let k = 0; k < 50; k += 1) {
      const rungs = column(unforgiving.params as { days: number }, simulateRun(unforgiving.params, 'forgive', k, { recordEvents: false }).records.rung, i);
      expect(rungs.slice(6).some((rung) => rung >= 4)).toBe(true);
    }
  });

  it('without generosity the same grievance is answered in every run', () => {
    const unforgiving = scenario({ responseLag: 10, lagDispersion: 1000, generosity: 0 });
    for (let k = 0; k < 100; k += 1) expect(strikeDays(unforgiving, k).length).toBeGreaterThan(0);
  });

  it('inside the exchange generosity steps down but keeps the account; out of it (EXCHANGE_MEMORY days on) the account is written down to tolerance', () => {
    // At rung 6 since before day 0, grievance 20 over a tolerance of 5; generosity 1 steps it down a rung a day.
    const s = mechScenario({
      days: 10,
      states: {
        strongland: explicitState('strong', { initialRung: 6, initialGrievance: 20, tolerance: 5, generosity: 1, memory: 1 }),
        weakland: inertState('weak', { capability: 1 }),
      },
    });
    const i = stateIndex(s, 'strongland');
    const ctx = traceRun(s.params, 'forgive', 0, () => undefined);
    const rungs = column(ctx.records, ctx.records.rung, i);
    const grievance = column(ctx.records, ctx.records.grievance, i);
    expect(rungs.slice(0, 7)).toEqual([5, 4, 3, 2, 1, 0, 0]);
    // Last kinetic day 1 (rung 4): in the exchange through day 4, so the 20 is kept…
    for (const day of [0, 1, 2, 3, 4]) expect(grievance[day]).toBeCloseTo(20, 9);
    // …and forgiven on day 5, down to the tolerance, where it stays.
    for (const day of [5, 6, 9]) expect(grievance[day]).toBeCloseTo(5, 9);
  });
});
