/**
 * precedent.ts: a state opening an answer does not go below the highest rung it stood on in the
 * latest bout; the precedent raises what it wants, never what it can afford. Strongland answers
 * a large attack on day 0 (1000 dead), settles (satisfaction 10) and falls quiet; a small attack
 * on day 40 (5 dead) would on its own be answered low. The ladder's risk column is zero here, so
 * only the precedent separates the two answers.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function scenario(attacks: Array<[day: number, deaths: number]>, extra: { constants?: Record<string, unknown>; strong?: Record<string, unknown> } = {}) {
  return mechScenario({
    days: 60,
    states: {
      strongland: explicitState('strong', { tolerance: 1, memory: 0.5, satisfaction: 10, ...extra.strong }),
      weakland: inertState('weak', { capability: 1 }),
    },
    ladder: { changes: { 6: { risk: 0 }, 7: { risk: 0 }, 8: { risk: 0 } } },
    ...(extra.constants ? { constants: extra.constants } : {}),
    spoilers: { militants: explicitSpoiler() },
    events: attacks.map(([day, deaths]) => ({ day, spoilerAttack: { spoiler: 'militants', deaths, blamed: true } })),
  });
}

function rungs(s: ReturnType<typeof scenario>): number[] {
  const run = simulateRun(s.params, 'precedent', 0, { recordEvents: false });
  return column(run.records, run.records.rung, stateIndex(s, 'strongland'));
}

describe('precedent (precedent.ts)', () => {
  const alone = rungs(scenario([[40, 5]]));
  const big = rungs(scenario([[0, 1000]]));
  const both = rungs(scenario([[0, 1000], [40, 5]]));
  const firstPeak = Math.max(...big.slice(0, 40));

  it('on its own the small attack is answered low; the large one far above it', () => {
    expect(alone[40]).toBeGreaterThanOrEqual(4);
    expect(firstPeak).toBeGreaterThanOrEqual(alone[40]! + 2);
    // Quiet in between: the second attack opens a new bout.
    expect(both.slice(30, 40).every((rung) => rung === 0)).toBe(true);
  });

  it('after the large bout the small attack is answered at the earlier peak', () => {
    expect(both[40]).toBe(firstPeak);
  });

  it('a precedent is not a licence: a risk the state cannot afford still holds it at the highest affordable rung', () => {
    // Rungs from 5 up cost 1000 (risk column): the earlier peak is out of reach, so the answer stops at 4.
    const ladder = { changes: { 5: { risk: 1000 }, 6: { risk: 1000 }, 7: { risk: 1000 }, 8: { risk: 1000 } } };
    const s = mechScenario({
      days: 60,
      states: { strongland: explicitState('strong', { tolerance: 1, memory: 0.5, satisfaction: 10 }), weakland: inertState('weak', { capability: 1 }) },
      ladder,
      spoilers: { militants: explicitSpoiler() },
      events: [
        { day: 0, setRung: { state: 'strongland', rung: 7 } },
        { day: 40, spoilerAttack: { spoiler: 'militants', deaths: 5, blamed: true } },
      ],
    });
    const capped = rungs(s as ReturnType<typeof scenario>);
    expect(capped[0]).toBe(7);
    expect(capped[40]).toBe(4);
  });
});
