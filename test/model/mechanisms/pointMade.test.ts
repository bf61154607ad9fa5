/**
 * pointMade.ts: grievance is divided by 1 + κ only on a day the state struck and the opponent
 * stood down (stepped down a rung, or was not fighting). Rungs are scripted and rung 4 kills
 * nobody, so the grievance is δ·G/(1+κ·settled) exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';
import { assertProperty } from '../../helpers/property.js';

const rungs = (s: number[], w: number[]) =>
  s.flatMap((rung, day) => [
    { day, setRung: { state: 'strongland', rung } },
    { day, setRung: { state: 'weakland', rung: w[day]! } },
  ]);

function scenario(satisfaction: number) {
  return mechScenario({
    days: 6,
    states: {
      strongland: explicitState('strong', { initialGrievance: 10, memory: 0.9, satisfaction, tolerance: 1e6 }),
      weakland: inertState('weak', { satisfaction: 0, memory: 1 }),
    },
    ladder: { changes: { 4: { muMil: 0, muCiv: 0 }, 5: { muMil: 0, muCiv: 0 } } },
    //                 day: 0  1  2  3  4  5
    events: rungs([4, 4, 4, 4, 0, 4], [0, 4, 4, 3, 3, 5]),
  });
}

describe('point made (pointMade.ts)', () => {
  it('divides grievance by 1+κ exactly on the days the state struck and the opponent stood down', () => {
    const s = scenario(1);
    const i = stateIndex(s, 'strongland');
    const run = simulateRun(s.params, 'point', 0);
    const g = column(run.records, run.records.grievance, i);
    // day 0: struck, opponent not fighting → settled; 1: opponent joined; 2: opponent held rung 4;
    // 3: opponent stepped down 4 → 3 → settled; 4: did not strike; 5: opponent climbed 3 → 5.
    const expected = [(0.9 * 10) / 2];
    expected.push(0.9 * expected[0]!);
    expected.push(0.9 * expected[1]!);
    expected.push((0.9 * expected[2]!) / 2);
    expected.push(0.9 * expected[3]!);
    expected.push(0.9 * expected[4]!);
    g.forEach((value, day) => expect(value).toBeCloseTo(expected[day]!, 12));
  });

  it('κ sets the share settled: κ = 3 divides by 4, κ = 0 settles nothing', () => {
    for (const [kappa, divisor] of [[3, 4], [0, 1]] as const) {
      const s = scenario(kappa);
      const run = simulateRun(s.params, 'point', 0);
      expect(run.records.grievance[0 * 2 + stateIndex(s, 'strongland')]).toBeCloseTo((0.9 * 10) / divisor, 12);
    }
  });

  it('the size of the blow does not matter: a weak state that cannot hurt makes its point all the same', () => {
    const doc = (muMil: number) =>
      mechScenario({
        days: 1,
        states: {
          strongland: inertState('strong', { capability: 5 }),
          weakland: explicitState('weak', { capability: 0.01, initialGrievance: 10, memory: 0.9, satisfaction: 1, tolerance: 1e6 }),
        },
        ladder: { changes: { 6: { muMil, muCiv: 0 } } },
        events: [{ day: 0, setRung: { state: 'weakland', rung: 6 } }],
      });
    for (const muMil of [0, 1000]) {
      const s = doc(muMil);
      const run = simulateRun(s.params, 'point', 0);
      expect(run.records.grievance[stateIndex(s, 'weakland')]).toBeCloseTo(4.5, 12);
    }
  });

  it('property: settled G = δ·G/(1+κ) when the opponent stands down, δ·G when it holds its rung', () => {
    assertProperty(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.boolean(),
        (memory, satisfaction, grievance, standsDown) => {
          const s = mechScenario({
            days: 2,
            states: {
              strongland: explicitState('strong', { initialGrievance: grievance, memory, satisfaction, tolerance: 1e6 }),
              weakland: inertState('weak', { initialRung: 5 }),
            },
            ladder: { changes: { 4: { muMil: 0, muCiv: 0 }, 5: { muMil: 0, muCiv: 0 } } },
            events: [
              { day: 0, setRung: { state: 'strongland', rung: 4 } },
              { day: 0, setRung: { state: 'weakland', rung: standsDown ? 4 : 5 } },
            ],
          });
          const g = simulateRun(s.params, 'prop', 0).records.grievance[stateIndex(s, 'strongland')]!;
          const expected = standsDown ? (memory * grievance) / (1 + satisfaction) : memory * grievance;
          expect(g).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 100 },
    );
  });
});
