/**
 * narrative.ts: ν ← max(0, narrativeDecay·ν + claimed − admitted). Claims are true deaths × the
 * claim factor; with claimSigma 0 the factor is claimMedian exactly. A victory narrative is a
 * face-saver: with a narrative weight in the halt logit, a state that can claim victory halts.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { explicitState, inertState, mechScenario, stateIndex, traceRun } from '../../helpers/mechanisms.js';

describe('victory narrative (narrative.ts)', () => {
  it('a strike day adds claimMedian × deaths inflicted, then the narrative fades by narrativeDecay a day', () => {
    const s = mechScenario({
      days: 6,
      states: {
        strongland: explicitState('strong', { claimMedian: 5, claimSigma: 0, tolerance: 1e6 }),
        weakland: inertState('weak', { capability: 1, claimMedian: 1 }),
      },
      constants: { narrativeDecay: 0.5 },
      ladder: { changes: { 4: { muMil: 50, muCiv: 0 } } },
      events: [{ day: 0, setRung: { state: 'strongland', rung: 4 } }],
    });
    const i = stateIndex(s, 'strongland');
    const j = stateIndex(s, 'weakland');
    const seen: [number, number][] = [];
    const ctx = traceRun(s.params, 'narrative', 0, (c) => seen.push([c.state.actors[i].narrative, c.state.actors[j].narrative]));
    const inflicted = ctx.records.militaryDeaths[0 * 2 + j]! + ctx.records.civilianDeaths[0 * 2 + j]!;
    expect(inflicted).toBeGreaterThan(0);
    expect(ctx.records.rung.slice(2)).toEqual(new Int8Array(10)); // one strike day, then quiet
    expect(seen[0]![0]).toBe(5 * inflicted);
    for (let day = 1; day < 6; day += 1) expect(seen[day]![0]).toBeCloseTo(5 * inflicted * 0.5 ** day, 9);
    // The struck state has claimed nothing and admitted its dead: its narrative stays at 0, never below.
    for (const [, theirs] of seen) expect(theirs).toBe(0);
  });

  it('own admitted dead are subtracted: ν = max(0, claimed − round(admitFactor · own deaths))', () => {
    const s = mechScenario({
      days: 1,
      states: {
        strongland: explicitState('strong', { claimMedian: 3, claimSigma: 0, admitFactor: 0.5, tolerance: 1e6 }),
        weakland: explicitState('weak', { claimMedian: 1, claimSigma: 0, admitFactor: 1, tolerance: 1e6 }),
      },
      ladder: { changes: { 4: { muMil: 40, muCiv: 0 } } },
      events: [
        { day: 0, setRung: { state: 'strongland', rung: 4 } },
        { day: 0, setRung: { state: 'weakland', rung: 4 } },
      ],
    });
    const i = stateIndex(s, 'strongland');
    const j = stateIndex(s, 'weakland');
    for (let k = 0; k < 5; k += 1) {
      const ctx = traceRun(s.params, 'admit', k, () => {});
      const deaths = (x: 0 | 1) => ctx.records.militaryDeaths[x]! + ctx.records.civilianDeaths[x]!;
      expect(ctx.state.actors[i].narrative).toBe(Math.max(0, 3 * deaths(j) - Math.round(0.5 * deaths(i))));
      expect(ctx.state.actors[j].narrative).toBe(Math.max(0, deaths(i) - deaths(j)));
    }
  });

  it('a state that can claim victory halts (narrative weight in the halt logit); without the weight it fights on', () => {
    const doc = (narrativeWeight: number) =>
      mechScenario({
        days: 4,
        states: {
          strongland: explicitState('strong', { initialGrievance: 20, tolerance: 0, proportionality: 10, maxRung: 6, claimMedian: 20, claimSigma: 0 }),
          weakland: inertState('weak', { capability: 1 }),
        },
        constants: { halt: { h0: -20, mhs: 0, leverage: 0, narrative: narrativeWeight }, haltDays: 3 },
        ladder: { changes: { 6: { muMil: 20, muCiv: 0 } } },
      });
    const s = stateIndex(doc(0), 'strongland');
    for (let k = 0; k < 20; k += 1) {
      const fighting = Array.from(simulateRun(doc(0).params, 'victory', k).records.rung.filter((_, at) => at % 2 === s));
      const halting = Array.from(simulateRun(doc(10).params, 'victory', k).records.rung.filter((_, at) => at % 2 === s));
      expect(fighting).toEqual([6, 6, 6, 6]);
      expect(halting).toEqual([6, 3, 3, 3]);
    }
  });
});
