/**
 * sanctuary.ts: a state answering a group based across the border, when the host has not struck,
 * opens at the sanctuary rung (strikes on the group) rather than the lowest rung whose harm
 * matches its grievance; answers to the host's own fire stay proportional; costs still cap it.
 * Trigger: a blamed attack of 20 deaths on day 0 (felt 10·ln 3 ≈ 11); proportionality 0.1 makes
 * the proportional answer the kinetic rung 4.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function firstAnswer(opts: { sanctuaryRung: number; spoiler?: boolean; ladder?: Record<string, unknown>; weakFires?: boolean }) {
  const s = mechScenario({
    days: 10,
    states: {
      strongland: explicitState('strong', { tolerance: 1, memory: 1, proportionality: 0.1, responseLag: 0 }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: { sanctuaryRung: opts.sanctuaryRung },
    ...(opts.ladder ? { ladder: opts.ladder } : {}),
    ...(opts.spoiler === false ? {} : { spoilers: { militants: explicitSpoiler() } }),
    events: opts.weakFires
      ? [{ day: 0, setRung: { state: 'weakland', rung: 4 } }, { day: 0, setRung: { state: 'weakland', rung: 4 } }]
      : [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 20, blamed: true } }],
  });
  const rungs = column(s.params, simulateRun(s.params, 'sanctuary', 0, { recordEvents: false }).records.rung, stateIndex(s, 'strongland'));
  return rungs.find((r) => r >= 4) ?? -1;
}

describe('sanctuary strikes (sanctuary.ts)', () => {
  it('without the floor the answer is the proportional rung 4; with sanctuaryRung 6 it is 6', () => {
    expect(firstAnswer({ sanctuaryRung: 0 })).toBe(4);
    expect(firstAnswer({ sanctuaryRung: 6 })).toBe(6);
    expect(firstAnswer({ sanctuaryRung: 5 })).toBe(5);
  });

  it('raises what the state wants, not what it can afford: with rung 6 out of reach it stops at 5', () => {
    expect(firstAnswer({ sanctuaryRung: 6, ladder: { changes: { 6: { risk: 1000 }, 7: { risk: 1000 }, 8: { risk: 1000 } } } })).toBe(5);
  });

  it('fire from the host itself is answered in kind: the floor does not apply when the opponent struck', () => {
    // A scripted rung-4 clash by weakland on day 0: strongland counters at 4 on day 1, with or without the floor.
    expect(firstAnswer({ sanctuaryRung: 6, weakFires: true, spoiler: false })).toBe(firstAnswer({ sanctuaryRung: 0, weakFires: true, spoiler: false }));
  });
});
