/**
 * patience.ts: a state that still awaits the host's action against a group answers the group's
 * attacks without striking until their felt harm has used its patience up; the attack that uses
 * it up is answered as usual; the host's own fire is answered whatever the patience; a state
 * whose patience is spent (initialPatience 0) behaves exactly as one without patience.
 * Trigger: blamed attacks of 20 deaths on days 0, 3 and 6 (or host fire on day 0 and an attack on day 1), each felt 10·ln 3 ≈ 11 (lossScale 10).
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import type { RunContext } from '../../../src/model/context.js';
import { patientCeiling } from '../../../src/model/patience.js';
import type { ActorState } from '../../../src/model/state.js';
import { column, explicitSpoiler, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

const ATTACK_DAYS = [0, 3, 6];

function strongRungs(opts: { patience: number; initialPatience: number; weakFires?: boolean }): number[] {
  const s = mechScenario({
    days: 12,
    states: {
      strongland: explicitState('strong', { tolerance: 1, memory: 1, proportionality: 0.1, responseLag: 0, patience: opts.patience, initialPatience: opts.initialPatience }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: { sanctuaryRung: 6 },
    spoilers: { militants: explicitSpoiler() },
    events: opts.weakFires
      ? [{ day: 0, setRung: { state: 'weakland', rung: 4 } }, { day: 1, spoilerAttack: { spoiler: 'militants', deaths: 20, blamed: true } }]
      : ATTACK_DAYS.map((day) => ({ day, spoilerAttack: { spoiler: 'militants', deaths: 20, blamed: true } })),
  });
  return column(s.params, simulateRun(s.params, 'patience', 0, { recordEvents: false }).records.rung, stateIndex(s, 'strongland'));
}

const firstKineticDay = (rungs: number[]): number => rungs.findIndex((r) => r >= 4);

describe('patience with the host (patience.ts)', () => {
  it('without patience the first attack is answered by a strike on day 0', () => {
    expect(firstKineticDay(strongRungs({ patience: 0, initialPatience: 1 }))).toBe(0);
  });

  it('patience 30 absorbs two attacks (≈ 22 felt) below the kinetic rung and strikes on the third (day 6)', () => {
    const rungs = strongRungs({ patience: 30, initialPatience: 1 });
    expect(rungs.slice(0, 6).every((r) => r >= 1 && r <= 3)).toBe(true); // it answers, by posture only
    expect(firstKineticDay(rungs)).toBe(6);
    expect(rungs[6]).toBe(6); // and then as the sanctuary rule says
  });

  it('the share left at the start counts: half of 30 is used up by the second attack (day 3)', () => {
    expect(firstKineticDay(strongRungs({ patience: 30, initialPatience: 0.5 }))).toBe(3);
  });

  it('patience spent before the run (initialPatience 0) changes nothing', () => {
    expect(strongRungs({ patience: 30, initialPatience: 0 })).toEqual(strongRungs({ patience: 0, initialPatience: 0 }));
  });

  it("the host's own fire is answered whatever the patience, even on the day of the group's attack", () => {
    // weakland fires at rung 4 on day 0, the group attacks on day 1: strongland meets it the same day and fights on either way.
    const patient = strongRungs({ patience: 1000, initialPatience: 1, weakFires: true });
    expect(patient).toEqual(strongRungs({ patience: 0, initialPatience: 0, weakFires: true }));
    expect(firstKineticDay(patient)).toBe(0); // it meets the fire the same day (escalationDominance.ts)
  });

  it('the ceiling itself: kinetic − 1 only while patience is left, the state is out of an exchange, the host did not fire yesterday and a blamed attack is unanswered', () => {
    const ctx = { params: { ladder: { top: 8, thresholds: { kinetic: 4 } } } } as unknown as RunContext;
    const self = (over: Partial<ActorState>) => ({ patience: 10, rung: 0, lastBlamedAttackDay: 5, lastKineticDay: -Infinity, ...over }) as ActorState;
    expect(patientCeiling(ctx, self({}), 0)).toBe(3);
    expect(patientCeiling(ctx, self({}), 4)).toBe(8); // the host fired yesterday
    expect(patientCeiling(ctx, self({ rung: 4 }), 0)).toBe(8); // already in an exchange
    expect(patientCeiling(ctx, self({ patience: 0 }), 0)).toBe(8); // verdict reached
    expect(patientCeiling(ctx, self({ lastKineticDay: 6 }), 0)).toBe(8); // the attack was answered
  });
});
