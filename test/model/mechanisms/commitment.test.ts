/**
 * commitment.ts: a state holding a strike plan (its response lag) keeps its grievance and does
 * not forgive until it strikes: a planned strike eleven days out happens even with a fast-fading
 * memory and a forgiving disposition. Trigger: a blamed attack of 20 deaths on day 0 (felt ≈ 11)
 * over a tolerance of 8, as Uri over India's.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function strikeShare(strong: Record<string, unknown>, runs = 100): number {
  const s = mechScenario({
    days: 30,
    states: { strongland: explicitState('strong', { tolerance: 8, responseLag: 11, lagDispersion: 1000, ...strong }), weakland: inertState('weak', { capability: 1 }) },
    spoilers: { militants: explicitSpoiler() },
    events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 20, blamed: true } }],
  });
  const i = stateIndex(s, 'strongland');
  let struck = 0;
  for (let k = 0; k < runs; k += 1) {
    const rungs = column(s.params, simulateRun(s.params, 'vow', k, { recordEvents: false }).records.rung, i);
    if (rungs.some((r) => r >= 4)) struck += 1;
  }
  return struck / runs;
}

describe('a vow binds (commitment.ts)', () => {
  it('memory 0.9 would take a felt 11 below a tolerance of 8 in three days; the planned strike still comes in every run', () => {
    expect(strikeShare({ memory: 0.9, generosity: 0 })).toBe(1);
  });

  it('generosity 0.15 a day would forgive before day 11 in ~83% of runs; while the plan holds nobody forgives', () => {
    expect(strikeShare({ memory: 1, generosity: 0.15 })).toBe(1);
  });

  it('without a plan (lag 0) the same state answers at once: the vow only matters while it waits', () => {
    expect(strikeShare({ memory: 0.9, generosity: 0.15, responseLag: 0 })).toBe(1);
  });
});
