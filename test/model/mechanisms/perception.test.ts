/**
 * perception.ts: a day's harm is felt as L·ln(1 + x/L) (diminishing sensitivity), and the
 * symbolic harm wSymbolic lands only on the day the opponent crosses into the deep-strike rung.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

describe('perception (perception.ts)', () => {
  it('a blamed attack of x dead is felt as L·ln(1 + x/L)', () => {
    for (const [deaths, lossScale] of [[10, 10], [1000, 10], [1000, 100], [3, 1]] as const) {
      const s = mechScenario({
        days: 1,
        states: { strongland: inertState('strong'), weakland: inertState('weak', { capability: 1 }) },
        constants: { lossScale, wSpoiler: 1 },
        spoilers: { militants: explicitSpoiler() },
        events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths, blamed: true } }],
      });
      const run = simulateRun(s.params, 'felt', 0);
      expect(run.records.grievance[stateIndex(s, 'strongland')]).toBeCloseTo(lossScale * Math.log1p(deaths / lossScale), 12);
    }
  });

  it("interstate deaths are felt the same way: L·ln(1 + (wMil·military + wCiv·civilians)/L)", () => {
    const s = mechScenario({
      days: 1,
      states: { strongland: inertState('strong'), weakland: inertState('weak', { capability: 1 }) },
      constants: { lossScale: 10, wMil: 1, wCiv: 2 },
      ladder: { changes: { 5: { muMil: 200, muCiv: 100 } } },
      events: [{ day: 0, setRung: { state: 'weakland', rung: 5 } }],
    });
    const i = stateIndex(s, 'strongland');
    for (let k = 0; k < 5; k += 1) {
      const run = simulateRun(s.params, 'felt', k);
      const harm = run.records.militaryDeaths[i]! + 2 * run.records.civilianDeaths[i]!;
      expect(harm).toBeGreaterThan(300);
      expect(run.records.grievance[i]).toBeCloseTo(10 * Math.log1p(harm / 10), 9);
    }
  });

  it('the symbolic blow lands only on the day the opponent crosses into the deep-strike rung', () => {
    const s = mechScenario({
      days: 7,
      states: { strongland: inertState('strong'), weakland: inertState('weak', { capability: 1 }) },
      constants: { lossScale: 10, wSymbolic: 20 },
      ladder: { changes: { 6: { muMil: 0, muCiv: 0 }, 7: { muMil: 0, muCiv: 0 }, 8: { muMil: 0, muCiv: 0 } } },
      //                 day 1: 7 (crosses), 2: 7 (stays), 3: 8 (stays above), 4: 6, 5: 7 (crosses again)
      events: [[1, 7], [2, 7], [3, 8], [4, 6], [5, 7]].map(([day, rung]) => ({ day, setRung: { state: 'weakland', rung } })),
    });
    const run = simulateRun(s.params, 'symbolic', 0);
    const blow = 10 * Math.log(3);
    const expected = [0, blow, blow, blow, blow, 2 * blow, 2 * blow];
    column(run.records, run.records.grievance, stateIndex(s, 'strongland')).forEach((g, day) => expect(g).toBeCloseTo(expected[day]!, 12));
  });
});
