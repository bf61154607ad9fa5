/**
 * halts.ts: a state that fought yesterday halts with p = σ(h0 + h_mhs·MHS + h_lev·Σ lev·cred of
 * yesterday's appealers + h_narr·ln(1 + ν/L)); a halted state stays below the kinetic rung for
 * haltDays unless struck. Here the state wants rung 6 every day (grievance 20 that never fades),
 * its opponent never acts unless scripted, and halt weights are set so p is 0 or 1 (or ½).
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function scenario(opts: { days?: number; haltDays?: number; halt: Record<string, number>; events?: unknown[]; thirdParties?: Record<string, unknown> }) {
  return mechScenario({
    days: opts.days ?? 12,
    states: {
      strongland: explicitState('strong', { initialGrievance: 20, tolerance: 0, proportionality: 10, maxRung: 6 }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: { haltDays: opts.haltDays ?? 3, halt: { mhs: 0, leverage: 0, narrative: 0, ...opts.halt }, pressureWeight: 0 },
    ladder: { changes: { 4: { muMil: 20, muCiv: 0 } } },
    ...(opts.thirdParties ? { thirdParties: opts.thirdParties } : {}),
    events: opts.events ?? [],
  });
}

const strongRungs = (s: ReturnType<typeof scenario>, seed = 'halt', k = 0) => {
  const run = simulateRun(s.params, seed, k);
  return { rungs: column(run.records, run.records.rung, stateIndex(s, 'strongland')), run };
};

describe('face-saving halts (halts.ts)', () => {
  it('a halted state stays below the kinetic rung for exactly haltDays, then may fight again', () => {
    expect(strongRungs(scenario({ halt: { h0: -100 } })).rungs).toEqual(Array(12).fill(6));
    // p = 1: halts every day after a day of fighting
    expect(strongRungs(scenario({ halt: { h0: 100 }, haltDays: 3 })).rungs).toEqual([6, 3, 3, 3, 6, 3, 3, 3, 6, 3, 3, 3]);
    expect(strongRungs(scenario({ halt: { h0: 100 }, haltDays: 5 })).rungs).toEqual([6, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3]);
    const { run } = strongRungs(scenario({ halt: { h0: 100 } }));
    expect(run.events.filter((e) => e.cause === 'halt').map((e) => e.day)).toEqual([1, 5, 9]);
  });

  it('a halt ends when the state is struck: it fights the next day', () => {
    const struck = scenario({ halt: { h0: 100 }, events: [{ day: 2, setRung: { state: 'weakland', rung: 4 } }] });
    const { rungs, run } = strongRungs(struck);
    expect(run.records.militaryDeaths[2 * 2 + stateIndex(struck, 'strongland')]).toBeGreaterThan(0);
    expect(rungs.slice(0, 8)).toEqual([6, 3, 3, 6, 3, 3, 3, 6]);
  });

  it("a halt is taken at the request of a third party that appealed yesterday (leverage × credibility in the logit)", () => {
    const s = scenario({
      halt: { h0: -30, leverage: 100 },
      thirdParties: { mediator: { leverage: { strongland: 1, weakland: 0 }, bias: 0, appealThreshold: 8, appealEvery: 100, canHost: false } },
      events: [{ day: 4, appeal: { party: 'mediator' } }],
    });
    // σ(−30 + 100 · 1 · 0.5) = σ(20) on day 5 only (σ(−30) otherwise)
    expect(strongRungs(s).rungs).toEqual([6, 6, 6, 6, 6, 3, 3, 3, 6, 6, 6, 6]);
  });

  it('p = σ(h0): with h0 = 0 about half of the states that fought on day 0 halt on day 1', () => {
    const s = scenario({ days: 2, halt: { h0: 0 } });
    const n = 1000;
    let halted = 0;
    for (let k = 0; k < n; k += 1) if (strongRungs(s, 'coin', k).rungs[1] === 3) halted += 1;
    const se = Math.sqrt(0.25 / n);
    expect(Math.abs(halted / n - 0.5)).toBeLessThan(4 * se);
  });
});
