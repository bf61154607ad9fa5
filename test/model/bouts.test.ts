/** Bouts by the scenario's rule (bouts.openRung, bouts.quietDays): online tracking and the run outcome agree. */
import { describe, expect, it } from 'vitest';
import { trackBouts } from '../../src/model/bouts.js';
import type { RunContext } from '../../src/model/context.js';
import { createDayRecords } from '../../src/model/records.js';
import { summarizeRun } from '../../src/model/runOutcome.js';
import { DEFAULT_LADDER } from '../../src/model/index.js';
import type { BoutRule } from '../../src/model/types.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { DURAND, quietStates, scenarioFrom } from '../helpers/scenarios.js';

// Dyad rung per day: small-arms fire (4) as background, heavier clashes (5, 6) in two bursts.
const RUNGS = [0, 4, 4, 5, 4, 4, 4, 4, 5, 6, 0, 4];

function recordsOf(rungs: readonly number[]) {
  const records = createDayRecords(rungs.length);
  rungs.forEach((rung, day) => {
    records.rung[day * 2] = rung;
    records.rung[day * 2 + 1] = 0;
  });
  return records;
}

function boutsOf(rule: BoutRule) {
  return summarizeRun(recordsOf(RUNGS), DEFAULT_LADDER, rule, 0).bouts.map((b) => [b.start, b.end, b.peakRung]);
}

describe('bouts', () => {
  it('default rule (openRung = kinetic 4, 3 quiet days): one bout from the first skirmish', () => {
    expect(boutsOf({ openRung: 4, maxQuietDays: 3 })).toEqual([[1, 11, 6]]);
  });

  it('openRung 5 makes rung 4 background: bouts are the heavier clashes, split by more than quietDays days below 5', () => {
    expect(boutsOf({ openRung: 5, maxQuietDays: 3 })).toEqual([[3, 3, 5], [8, 9, 6]]);
    expect(boutsOf({ openRung: 5, maxQuietDays: 4 })).toEqual([[3, 9, 6]]);
    const outcome = summarizeRun(recordsOf(RUNGS), DEFAULT_LADDER, { openRung: 5, maxQuietDays: 3 }, 0);
    // Kinetic days still count rung 4; T0 is the first bout's first day.
    expect(outcome.kineticDays).toBe(10);
    expect(outcome.firstKineticDay).toBe(3);
    expect(outcome.boutGaps).toEqual([4]);
  });

  it('online: boutStart and boutDays follow the same rule, and a new bout clears "a truce this bout"', () => {
    const rule = { openRung: 5, maxQuietDays: 3 };
    const dyad = { lastKineticDay: -Infinity, kineticDays: 0, boutStart: -Infinity, boutDays: 0, lastBoutDay: -Infinity, truceThisBout: true };
    const actors = [{ rung: 0 }, { rung: 0 }];
    const ctx = { state: { dyad, actors, day: 0 }, params: { ladder: DEFAULT_LADDER, bouts: rule } } as unknown as RunContext;
    const seen: [number, number][] = [];
    RUNGS.forEach((rung, day) => {
      ctx.state.day = day;
      actors[0]!.rung = rung;
      trackBouts(ctx);
      seen.push([dyad.boutStart, dyad.boutDays]);
    });
    expect(seen.slice(2, 10)).toEqual([[-Infinity, 0], [3, 1], [3, 1], [3, 1], [3, 1], [3, 1], [8, 1], [8, 2]]);
    expect(dyad.kineticDays).toBe(10);
    expect(dyad.truceThisBout).toBe(false);
  });

  it('resolves bouts from the scenario: openRung defaults to the kinetic threshold, quietDays to 3', () => {
    expect(loadScenario(DURAND).params.bouts).toEqual({ openRung: 4, maxQuietDays: 3 });
    const set = scenarioFrom({ name: 'b', states: quietStates(), bouts: { openRung: 5, quietDays: 2 } }).params.bouts;
    expect(set).toEqual({ openRung: 5, maxQuietDays: 2 });
    expect(() => scenarioFrom({ name: 'b', states: quietStates(), bouts: { openRung: 9 } })).toThrow(/bouts.openRung: expected a rung from 0 to 8/);
  });
});
