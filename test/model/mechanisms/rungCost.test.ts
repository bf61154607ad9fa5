/**
 * rungCost.ts: cost_i(r) = risk[r]·K_j/K_i/(1+Q_i) + [r ≥ kinetic]·pressureWeight·P_i
 * + [r ≥ 2 under a truce/ceasefire]·(ceasefireThreshold + leverageWeight·lev). A state stands on
 * the highest rung whose cost its felt grievance exceeds, scanning up from rung 1. The default
 * ladder's risk column is [0, 0, 0, 0, 0, 0, 2, 15, 100]; scenarios here wish for the top rung
 * (proportionality 10, tolerance 0), so the day-0 rung is the affordable cap itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER_ROWS, DEFAULT_THRESHOLDS, ladderFromRows, simulateRun } from '../../../src/model/index.js';
import type { ModelParams } from '../../../src/model/types.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';
import { assertProperty } from '../../helpers/property.js';

const eager = (extra: Record<string, unknown> = {}) => explicitState('strong', { tolerance: 0, proportionality: 10, ...extra });

function dayZeroRung(grievance: number, opponentCapability: number, rivalry = 0): number {
  const s = mechScenario({
    days: 1,
    states: { strongland: eager({ initialGrievance: grievance, initialRivalry: rivalry }), weakland: inertState('weak', { capability: opponentCapability }) },
    // Harmless kinetic rungs: no rung meets the harm sought, so the state wishes for maxRung.
    ladder: { changes: Object.fromEntries([4, 5, 6, 7, 8].map((r) => [r, { muMil: 0, muCiv: 0 }])) },
  });
  return simulateRun(s.params, 'cost', 0).records.rung[stateIndex(s, 'strongland')]!;
}

describe('thresholds and risk (rungCost.ts)', () => {
  it('a threshold is crossed only by a grievance above its risk', () => {
    expect(dayZeroRung(1.9, 1)).toBe(5); // rung 6 costs 2
    expect(dayZeroRung(14, 1)).toBe(6); // rung 7 costs 15
    expect(dayZeroRung(16, 1)).toBe(7);
    expect(dayZeroRung(99, 1)).toBe(7); // war costs 100
    expect(dayZeroRung(101, 1)).toBe(8);
  });

  it('property: the day-0 rung is the highest rung below the first risk that felt grievance does not exceed', () => {
    const risk = DEFAULT_LADDER_ROWS.map((row) => row.risk);
    assertProperty(
      fc.property(
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.double({ min: 0.25, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (grievance, opponentCapability, rivalry) => {
          let cap = 0;
          for (let r = 1; r <= 8; r += 1) {
            const cost = (risk[r]! * opponentCapability) / 1 / (1 + rivalry);
            if (cost > 0 && !(grievance > cost)) break;
            cap = r;
          }
          expect(dayZeroRung(grievance, opponentCapability, rivalry)).toBe(cap);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('risk scales with K_j/K_i: against an opponent twice as strong the deep strike costs 30', () => {
    expect(dayZeroRung(16, 2)).toBe(6);
    expect(dayZeroRung(31, 2)).toBe(7);
    // and against a weaker opponent war comes cheaper: 100 · 0.5 = 50
    expect(dayZeroRung(51, 0.5)).toBe(8);
  });

  it('rivalry Q discounts the risk by 1 + Q', () => {
    expect(dayZeroRung(16, 2, 0)).toBe(6);
    expect(dayZeroRung(16, 2, 1)).toBe(7); // 15 · 2 / 2 = 15 < 16
  });

  it('third-party pressure is a cost on kinetic rungs: it holds back a grievance it outweighs, not one that outweighs it', () => {
    const rungs = (grievance: number, pressureWeight: number) => {
      const s = mechScenario({
        days: 6,
        states: { strongland: eager({ initialGrievance: grievance, maxRung: 8 }), weakland: inertState('weak', { capability: 1 }) },
        constants: { pressureWeight },
        thirdParties: {
          mediator: { leverage: { strongland: 1, weakland: 0 }, bias: 0, appealWeight: 2, appealDays: 3, appealThreshold: 8, appealEvery: 100, canHost: false },
        },
        events: [{ day: 0, appeal: { party: 'mediator' } }],
      });
      const run = simulateRun(s.params, 'pressure', 0);
      const i = stateIndex(s, 'strongland');
      // P = ω · leverage · credibility = 2 · 1 · 0.5 on days 1–3
      expect(column(run.records, run.records.pressure, i)).toEqual([0, 1, 1, 1, 0, 0]);
      return column(run.records, run.records.rung, i);
    };
    expect(rungs(10, 0)).toEqual([6, 6, 6, 6, 6, 6]);
    expect(rungs(10, 12)).toEqual([6, 3, 3, 3, 6, 6]); // 12 > 10: below the kinetic rung while pressed
    expect(rungs(20, 12)).toEqual([7, 6, 6, 6, 7, 7]); // 15 < 20; pressed: 14 < 20 < 27, still at rung 6
  });

  it('a truce gates rungs ≥ 2 at truceThreshold, a ceasefire at ceasefireThreshold + leverageWeight·lev, until new harm exceeds it', () => {
    const rungs = (kind: 'none' | 'truce' | 'ceasefire', leverageWeight: number) => {
      const s = mechScenario({
        days: 5,
        states: { strongland: eager({ initialGrievance: 5, ceasefireThreshold: 5, maxRung: 8 }), weakland: inertState('weak', { capability: 1 }) },
        constants: { leverageWeight, truceDays: 10, truceThreshold: 5, pressureWeight: 0, strainMax: 100 },
        spoilers: { militants: explicitSpoiler() },
        thirdParties: { mediator: { leverage: { strongland: 1, weakland: 0 }, bias: 0, appealThreshold: 8, appealEvery: 100, canHost: false } },
        events: [
          { day: 0, appeal: { party: 'mediator' } },
          ...(kind === 'none' ? [] : [{ day: 0, ceasefire: kind }]),
          // felt 5 + 10·ln 2 ≈ 11.9 on day 3
          { day: 3, spoilerAttack: { spoiler: 'militants', deaths: 10, blamed: true } },
        ],
      });
      const run = simulateRun(s.params, 'gate', 0);
      return column(run.records, run.records.rung, stateIndex(s, 'strongland'));
    };
    expect(rungs('none', 0)).toEqual([6, 6, 6, 6, 6]); // no truce: 5 > 2 buys rung 6
    // Under the truce rung 2 costs truceThreshold 5 and a grievance of 5 is not above it; 5 + 10·ln 2 is above 2 + 5.
    expect(rungs('truce', 0)).toEqual([1, 1, 1, 6, 6]);
    // A truce has no leverage term: leverageWeight changes nothing.
    expect(rungs('truce', 20)).toEqual([1, 1, 1, 6, 6]);
    // A ceasefire costs ceasefireThreshold 5 + leverageWeight · lev: with weight 0 the attack breaks it,
    expect(rungs('ceasefire', 0)).toEqual([1, 1, 1, 6, 6]);
    // and leverage 0.5 (the appeal's, fading slowly) × 20 raises the gate near 15: the attack no longer does.
    expect(rungs('ceasefire', 20)).toEqual([1, 1, 1, 1, 1]);
  });

  it('an unthinkable rung with a huge risk is never stood on over 200 seeds, even with a huge grievance in a two-sided exchange', () => {
    const s = mechScenario({
      days: 40,
      states: {
        strongland: eager({ initialGrievance: 1e6, capability: 2 }),
        weakland: explicitState('weak', { tolerance: 0, proportionality: 10, initialGrievance: 1e6, capability: 1 }),
      },
      constants: { dominanceRatio: 1.5 },
      spoilers: { militants: explicitSpoiler({ hazard: 0.3 }) },
    });
    const rows = DEFAULT_LADDER_ROWS.map((row, rung) => (rung === 8 ? { ...row, risk: 1e12 } : row));
    const params: ModelParams = { ...s.params, ladder: ladderFromRows(rows, { ...DEFAULT_THRESHOLDS, unthinkable: 8 }) };
    let sevens = 0;
    for (let k = 0; k < 200; k += 1) {
      const run = simulateRun(params, 'unthinkable', k, { recordEvents: false });
      const peak = Math.max(...run.records.rung);
      expect(peak, `run ${k}`).toBeLessThanOrEqual(7);
      if (peak === 7) sevens += 1;
    }
    expect(sevens).toBe(200); // right up to the threshold, never over it
    // The same exchange on the default ladder (war costs 100 · K_j/K_i) reaches war.
    expect(Math.max(...simulateRun(s.params, 'unthinkable', 0).records.rung)).toBe(8);
  });

  // A slip is an error of execution, not a decision (decide.ts): with tremble 0.3 a state capped at
  // 7 by an unthinkable risk of 1e12 must still never stand on rung 8 (found as a bug, now fixed).
  it('a tremble never carries a state over a threshold it cannot afford (the unthinkable rung)', () => {
    const s = mechScenario({
      days: 40,
      states: {
        strongland: eager({ initialGrievance: 1e6, capability: 2, tremble: 0.3 }),
        weakland: explicitState('weak', { tolerance: 0, proportionality: 10, initialGrievance: 1e6, capability: 1, tremble: 0.3 }),
      },
    });
    const rows = DEFAULT_LADDER_ROWS.map((row, rung) => (rung === 8 ? { ...row, risk: 1e12 } : row));
    const params: ModelParams = { ...s.params, ladder: ladderFromRows(rows, { ...DEFAULT_THRESHOLDS, unthinkable: 8 }) };
    for (let k = 0; k < 200; k += 1) {
      expect(Math.max(...simulateRun(params, 'tremble', k, { recordEvents: false }).records.rung), `run ${k}`).toBeLessThanOrEqual(7);
    }
  });
});
