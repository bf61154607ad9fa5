/**
 * escalationDominance.ts: a struck state answers at counter = min(r_j + [K_i/K_j ≥ dominanceRatio],
 * maxRung), bounded by what it can afford; with a response lag of 0 today it answers the same day
 * (the reaction pass). Expected harm here is E(r) = (muMil + muCiv·exposure)·K_i/K_j on the
 * default ladder rows.
 */
import { describe, expect, it } from 'vitest';
import { dyadRung, simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

/** weakland is scripted at rung r on days 0–2; strongland (no wish of its own: proportionality 0) answers. */
function struckAt(r: number, strongCapability: number, dominanceRatio: number) {
  const s = mechScenario({
    days: 3,
    states: {
      strongland: explicitState('strong', { capability: strongCapability, initialGrievance: 10, tolerance: 1, proportionality: 0, responseLag: 0 }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: { dominanceRatio },
    events: [0, 1, 2].map((day) => ({ day, setRung: { state: 'weakland', rung: r } })),
  });
  const run = simulateRun(s.params, 'dominance', 0);
  return { rungs: column(run.records, run.records.rung, stateIndex(s, 'strongland')), run };
}

describe('counter-escalation and same-day reactions (escalationDominance.ts)', () => {
  it('a state struck at r answers at r + 1 when K_i/K_j ≥ dominanceRatio, at r otherwise — the same day', () => {
    for (const r of [4, 5, 6]) {
      expect(struckAt(r, 2, 1.5).rungs, `r=${r}, ratio 2 ≥ 1.5`).toEqual([r + 1, r + 1, r + 1]);
      expect(struckAt(r, 2, 2).rungs, `r=${r}, ratio 2 ≥ 2`).toEqual([r + 1, r + 1, r + 1]);
      expect(struckAt(r, 2, 2.5).rungs, `r=${r}, ratio 2 < 2.5`).toEqual([r, r, r]);
      expect(struckAt(r, 1, 1).rungs, `r=${r}, equals`).toEqual([r + 1, r + 1, r + 1]);
    }
    const day0 = struckAt(5, 2, 1.5).run.events.find((e) => e.day === 0 && e.actor === 'strongland');
    expect(day0).toMatchObject({ cause: 'reaction', detail: { rung: 6, from: 0 } });
  });

  it('the counter rung is capped by maxRung and by what the state can afford', () => {
    // maxRung 6: struck at 6 with dominance still answers at 6
    const capped = mechScenario({
      days: 2,
      states: {
        strongland: explicitState('strong', { capability: 2, initialGrievance: 5, tolerance: 1, proportionality: 0, maxRung: 6 }),
        weakland: inertState('weak', { capability: 1 }),
      },
      events: [0, 1].map((day) => ({ day, setRung: { state: 'weakland', rung: 6 } })),
    });
    const run = simulateRun(capped.params, 'cap', 0);
    expect(column(run.records, run.records.rung, stateIndex(capped, 'strongland'))).toEqual([6, 6]);
    // Struck at rung 7 (E_j(7) = 1 · K_j/K_i): against an equal the deep strike costs 15 < 20 + 1;
    // against an opponent ten times as strong it costs 150 > 20 + 10 and the answer stops at rung 6.
    const afford = (opponentCapability: number) => {
      const s = mechScenario({
        days: 1,
        states: {
          strongland: explicitState('strong', { capability: 1, initialGrievance: 20, tolerance: 0, proportionality: 0 }),
          weakland: inertState('weak', { capability: opponentCapability }),
        },
        constants: { dominanceRatio: 100 },
        ladder: { changes: { 7: { muMil: 1, muCiv: 0 } } },
        events: [{ day: 0, setRung: { state: 'weakland', rung: 7 } }],
      });
      return simulateRun(s.params, 'afford', 0).records.rung[stateIndex(s, 'strongland')];
    };
    expect(afford(1)).toBe(7);
    expect(afford(10)).toBe(6);
  });

  it('one round only: nobody reacts to a reaction on the same day', () => {
    const s = mechScenario({
      days: 2,
      states: {
        // E(5) against an opponent twice as strong: (4 + 2) · 0.5 = 3 ≥ grievance 2 > E(4): wants rung 5
        strongland: explicitState('strong', { capability: 1, initialGrievance: 2, tolerance: 1, proportionality: 1 }),
        weakland: explicitState('weak', { capability: 2, tolerance: 1 }),
      },
      constants: { dominanceRatio: 1.5 },
    });
    const i = stateIndex(s, 'strongland');
    const j = stateIndex(s, 'weakland');
    const run = simulateRun(s.params, 'once', 0);
    expect([run.records.rung[i], run.records.rung[j]]).toEqual([5, 6]);
    const day0 = (actor: string) => run.events.find((e) => e.day === 0 && e.actor === actor)?.cause;
    expect(day0('weakland')).toBe('reaction');
    expect(day0('strongland')).toBe('retaliation');
    // The next day strongland answers the 6 it was struck with.
    expect(run.records.rung[2 + i]).toBe(6);
  });

  it('no same-day reaction on a day the response lag is not 0', () => {
    const s = mechScenario({
      days: 1,
      states: {
        strongland: explicitState('strong', { capability: 2, initialGrievance: 5, tolerance: 1, proportionality: 0, responseLag: 10, lagDispersion: 1000 }),
        weakland: inertState('weak', { capability: 1 }),
      },
      events: [{ day: 0, setRung: { state: 'weakland', rung: 5 } }],
    });
    let reacted = 0;
    for (let k = 0; k < 100; k += 1) if (simulateRun(s.params, 'lagged', k).records.rung[stateIndex(s, 'strongland')]! > 0) reacted += 1;
    expect(reacted).toBe(0);
  });

  function exchange(strongCapability: number) {
    return mechScenario({
      days: 40,
      states: {
        strongland: explicitState('strong', { memory: 0.95, capability: strongCapability }),
        weakland: explicitState('weak', { memory: 0.95, capability: 1 }),
      },
      constants: { dominanceRatio: 1.5 },
      spoilers: { militants: explicitSpoiler() },
      events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 10, blamed: true } }],
    });
  }

  it('a two-sided exchange climbs over several days to its peak, and reaches war without tremble or scripted rungs', () => {
    const s = exchange(1);
    const i = stateIndex(s, 'strongland');
    const j = stateIndex(s, 'weakland');
    for (let k = 0; k < 100; k += 1) {
      const run = simulateRun(s.params, 'climb', k);
      const a = column(run.records, run.records.rung, i);
      const b = column(run.records, run.records.rung, j);
      // The unaggrieved opponent answers the same night at the rung it is struck with.
      expect(b[0], `run ${k}`).toBe(a[0]);
      expect(run.events.find((e) => e.day === 0 && e.actor === 'weakland')?.cause).toBe('reaction');
      expect(a[0]).toBe(6);
      const peakDay = a.indexOf(8);
      expect(peakDay, `run ${k}`).toBeGreaterThanOrEqual(5); // a climb, not a leap
      for (let d = 1; d < 40; d += 1) {
        expect(a[d]).toBeGreaterThanOrEqual(a[d - 1]!);
        expect(b[d]).toBeGreaterThanOrEqual(b[d - 1]!);
      }
      expect(new Set(a).size).toBe(3); // 6, then 7, then 8
      expect(run.events.some((e) => e.cause === 'tremble' || (e.cause === 'scripted' && e.actor !== 'militants'))).toBe(false);
    }
  });

  it('dominance speeds the climb: a state twice as strong keeps one rung above and drags the exchange up sooner', () => {
    const warDay = (capability: number) => {
      const s = exchange(capability);
      let sum = 0;
      for (let k = 0; k < 50; k += 1) {
        const run = simulateRun(s.params, 'climb', k);
        sum += Array.from({ length: run.records.days }, (_, day) => dyadRung(run.records, day)).indexOf(8);
      }
      return sum / 50;
    };
    const s = exchange(2);
    const run = simulateRun(s.params, 'climb', 0);
    const a = column(run.records, run.records.rung, stateIndex(s, 'strongland'));
    const b = column(run.records, run.records.rung, stateIndex(s, 'weakland'));
    // Struck on day 0 at the rung it chose, the stronger state answers one rung above on day 1;
    // between equals the answer is the same rung.
    expect(b[0]).toBe(a[0]);
    expect(a[1]).toBe(b[0]! + 1);
    for (let d = 1; d < 40; d += 1) expect(a[d]).toBeGreaterThanOrEqual(b[d - 1]!);
    const equal = simulateRun(exchange(1).params, 'climb', 0);
    expect(column(equal.records, equal.records.rung, stateIndex(s, 'strongland')).slice(0, 2)).toEqual([6, 6]);
    expect(column(equal.records, equal.records.rung, stateIndex(s, 'weakland'))[0]).toBe(6);
    expect(warDay(2)).toBeLessThan(warDay(1));
  });
});
