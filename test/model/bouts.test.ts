/**
 * Bouts by the scenario's rule (bouts.openRung, bouts.quietDays, bouts.violations): the online
 * tracking marks each day (records.boutDay) and the run outcome reads those marks, so the two
 * agree by construction.
 */
import { describe, expect, it } from 'vitest';
import { trackBouts } from '../../src/model/bouts.js';
import type { RunContext } from '../../src/model/context.js';
import { createDayRecords } from '../../src/model/records.js';
import { summarizeRun } from '../../src/model/runOutcome.js';
import { DEFAULT_LADDER } from '../../src/model/index.js';
import type { BoutRule, CeasefireKind } from '../../src/model/types.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { DURAND, quietStates, scenarioFrom } from '../helpers/scenarios.js';

// Dyad rung per day: small-arms fire (4) as background, heavier clashes (5, 6) in two bursts.
const RUNGS = [0, 4, 4, 5, 4, 4, 4, 4, 5, 6, 0, 4];

/** Runs the online tracking over the rungs (and ceasefire state when the states decide) of each day. */
function track(rule: BoutRule, rungs: readonly number[], ceasefire: (day: number) => CeasefireKind = () => 'none') {
  const records = createDayRecords(rungs.length);
  const dyad = { lastKineticDay: -Infinity, kineticDays: 0, boutStart: -Infinity, boutDays: 0, lastBoutDay: -Infinity, truceThisBout: true, ceasefire: 'none' as CeasefireKind };
  const actors = [{ rung: 0 }, { rung: 0 }];
  const ctx = { state: { dyad, actors, day: 0 }, params: { ladder: DEFAULT_LADDER, bouts: rule }, records } as unknown as RunContext;
  const seen: [number, number][] = [];
  rungs.forEach((rung, day) => {
    ctx.state.day = day;
    actors[0]!.rung = rung;
    dyad.ceasefire = ceasefire(day);
    records.rung[day * 2] = rung;
    trackBouts(ctx);
    seen.push([dyad.boutStart, dyad.boutDays]);
  });
  return { records, dyad, seen };
}

function boutsOf(rule: BoutRule, ceasefire?: (day: number) => CeasefireKind) {
  const { records } = track(rule, RUNGS, ceasefire);
  return summarizeRun(records, DEFAULT_LADDER, rule, 0);
}

const rule = (openRung: number, maxQuietDays: number, violations = false): BoutRule => ({ openRung, maxQuietDays, violations });
const spans = (outcome: ReturnType<typeof boutsOf>) => outcome.bouts.map((b) => [b.start, b.end, b.peakRung]);

describe('bouts', () => {
  it('default rule (openRung = kinetic 4, 3 quiet days): one bout from the first skirmish', () => {
    expect(spans(boutsOf(rule(4, 3)))).toEqual([[1, 11, 6]]);
  });

  it('openRung 5 makes rung 4 background: bouts are the heavier clashes, split by more than quietDays days below 5', () => {
    expect(spans(boutsOf(rule(5, 3)))).toEqual([[3, 3, 5], [8, 9, 6]]);
    expect(spans(boutsOf(rule(5, 4)))).toEqual([[3, 9, 6]]);
    const outcome = boutsOf(rule(5, 3));
    // Kinetic days still count rung 4 (the outcome counts them from the rungs); T0 is the first bout's first day.
    expect(outcome.kineticDays).toBe(10);
    expect(outcome.firstKineticDay).toBe(3);
    expect(outcome.boutGaps).toEqual([4]);
  });

  it('fighting under a truce or ceasefire is a violation, not a bout day, unless bouts.violations', () => {
    // A ceasefire holds on days 4–8: the clash of day 8 is a violation, the bout resumes on day 9.
    const underCeasefire = (day: number): CeasefireKind => (day >= 4 && day <= 8 ? 'ceasefire' : 'none');
    expect(spans(boutsOf(rule(5, 3), underCeasefire))).toEqual([[3, 3, 5], [9, 9, 6]]);
    expect(spans(boutsOf(rule(5, 3, true), underCeasefire))).toEqual([[3, 3, 5], [8, 9, 6]]);
    expect(spans(boutsOf(rule(4, 3), underCeasefire))).toEqual([[1, 3, 5], [9, 11, 6]]);
  });

  it('online: boutStart and boutDays follow the same rule, and a new bout clears "a truce this bout"', () => {
    const { seen, dyad } = track(rule(5, 3), RUNGS);
    expect(seen.slice(2, 10)).toEqual([[-Infinity, 0], [3, 1], [3, 1], [3, 1], [3, 1], [3, 1], [8, 1], [8, 2]]);
    expect(dyad.kineticDays).toBe(10);
    expect(dyad.truceThisBout).toBe(false);
  });

  it('resolves bouts from the scenario: openRung defaults to the kinetic threshold, quietDays to 3, violations to false', () => {
    expect(loadScenario(DURAND).params.bouts).toEqual({ openRung: 4, maxQuietDays: 3, violations: false });
    const set = scenarioFrom({ name: 'b', states: quietStates(), bouts: { openRung: 5, quietDays: 2, violations: true } }).params.bouts;
    expect(set).toEqual({ openRung: 5, maxQuietDays: 2, violations: true });
    expect(() => scenarioFrom({ name: 'b', states: quietStates(), bouts: { openRung: 9 } })).toThrow(/bouts.openRung: expected a rung from 0 to 8/);
  });
});
