/**
 * truceRelease.ts: a blamed spoiler attack during a truce releases its victim from the truce's
 * gate for the rest of it; a ceasefire is not released that way, and an unblamed attack releases
 * nothing. A truce of threshold 1000 is in force from day −1 to day 5; the attack falls on day 2.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function scenario(kind: 'truce' | 'ceasefire', blamed: boolean) {
  return mechScenario({
    days: 8,
    states: {
      strongland: explicitState('strong', { tolerance: 1, memory: 1, ceasefireThreshold: 1000 }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: { truceThreshold: 1000 },
    spoilers: { militants: explicitSpoiler() },
    history: { ceasefire: kind === 'truce' ? { kind, since: -1, until: 5 } : { kind, since: -1 } },
    events: [{ day: 2, spoilerAttack: { spoiler: 'militants', deaths: 100, blamed } }],
  });
}

function rungs(s: ReturnType<typeof scenario>): number[] {
  const run = simulateRun(s.params, 'truce', 0, { recordEvents: false });
  return column(run.records, run.records.rung, stateIndex(s, 'strongland'));
}

describe('a truce binds only while it is kept (truceRelease.ts)', () => {
  it('a blamed attack on day 2 of a truce is answered the same day, inside the truce', () => {
    const released = rungs(scenario('truce', true));
    expect(released.slice(0, 2)).toEqual([0, 0]);
    expect(released[2]).toBeGreaterThanOrEqual(4);
  });

  it('the same attack under a ceasefire with the same threshold is held back: no kinetic day', () => {
    expect(rungs(scenario('ceasefire', true)).every((rung) => rung < 2)).toBe(true);
  });

  it('an attack not blamed on the host releases nothing (and is not felt as the host’s)', () => {
    expect(rungs(scenario('truce', false)).every((rung) => rung === 0)).toBe(true);
  });
});
