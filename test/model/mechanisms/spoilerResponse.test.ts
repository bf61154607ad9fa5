/**
 * spoilerResponse.ts: m ← 1 + (m·(1 − degradation·[target kinetic]) + enragement·civilians_host − 1)·2^(−1/recoveryHalfLife),
 * clamped to [0, 10], and m multiplies the spoiler's attack rate.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { explicitSpoiler, explicitState, inertState, mechScenario, stateIndex, traceRun } from '../../helpers/mechanisms.js';

function scenario(spoiler: Record<string, unknown>, ladder: Record<string, unknown>, strikeDays: number[], days = 10) {
  return mechScenario({
    days,
    states: { strongland: explicitState('strong', { tolerance: 1e6 }), weakland: inertState('weak', { capability: 1, exposure: 1 }) },
    spoilers: { militants: explicitSpoiler({ host: 'weakland', target: 'strongland', ...spoiler }) },
    ladder: { changes: ladder },
    events: strikeDays.map((day) => ({ day, setRung: { state: 'strongland', rung: 4 } })),
  });
}

const capacities = (s: ReturnType<typeof scenario>, seed = 'capacity', k = 0) => {
  const seen: number[] = [];
  const ctx = traceRun(s.params, seed, k, (c) => seen.push(c.state.spoilers[0]!.capacity));
  return { seen, ctx };
};

describe("spoilers' response (spoilerResponse.ts)", () => {
  it('a day of strikes on the host removes `degradation` of capacity, which relaxes back to 1 with recoveryHalfLife', () => {
    const s = scenario({ degradation: 0.2, enragement: 0.01, recoveryHalfLife: 10 }, { 4: { muMil: 5, muCiv: 0 } }, [0]);
    const { seen } = capacities(s);
    const f = 2 ** (-1 / 10);
    const first = 1 + (1 * 0.8 - 1) * f;
    expect(seen[0]).toBeCloseTo(first, 12);
    for (let n = 1; n < 10; n += 1) expect(seen[n]).toBeCloseTo(1 + (first - 1) * f ** n, 12);
    expect(seen[9]).toBeLessThan(1);
  });

  it("civilians killed on the host's side raise capacity by enragement each", () => {
    const s = scenario({ degradation: 0.2, enragement: 0.01, recoveryHalfLife: 10 }, { 4: { muMil: 0, muCiv: 30 } }, [0, 1]);
    const w = stateIndex(s, 'weakland');
    const { seen, ctx } = capacities(s);
    const f = 2 ** (-1 / 10);
    let m = 1;
    for (const day of [0, 1]) {
      const civilians = ctx.records.civilianDeaths[day * 2 + w]!;
      expect(civilians).toBeGreaterThan(0);
      m = 1 + (m * 0.8 + 0.01 * civilians - 1) * f;
      expect(seen[day]).toBeCloseTo(m, 12);
    }
    expect(seen[1]).toBeGreaterThan(1);
  });

  it('capacity is clamped at 10 however many civilians die', () => {
    const s = scenario({ degradation: 0, enragement: 10, recoveryHalfLife: 1e4 }, { 4: { muMil: 0, muCiv: 50 } }, [0]);
    expect(capacities(s).seen[0]).toBe(10);
  });

  it('sustained strikes on the host cut its attacks (capacity multiplies the rate); without degradation they do not', () => {
    const every = Array.from({ length: 60 }, (_, day) => day);
    const attacks = (degradation: number) => {
      const s = scenario({ degradation, enragement: 0, recoveryHalfLife: 30, hazard: 0.5 }, { 4: { muMil: 0, muCiv: 0 } }, every, 60);
      let total = 0;
      for (let k = 0; k < 100; k += 1) for (const n of simulateRun(s.params, 'rate', k, { recordEvents: false }).records.spoilerAttacks) total += n;
      return total;
    };
    const none = attacks(0);
    const degraded = attacks(0.3);
    // 60 days at λ = 0.5: about 3000 attacks; a capacity near 0 after a week leaves a few hundred.
    expect(none).toBeGreaterThan(2700);
    expect(degraded).toBeLessThan(none / 3);
  });
});
