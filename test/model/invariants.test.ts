/** Invariants of every run of every valid scenario (docs/model.md §9), checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CEASEFIRE_KINDS, simulateRun, type DayRecords } from '../../src/model/index.js';
import { scenarioDocArb } from '../helpers/arbitraries.js';
import { scenarioFrom } from '../helpers/scenarios.js';
import { assertProperty } from '../helpers/property.js';
import { differingColumns } from '../helpers/bytes.js';

/** End-of-day ceasefire transitions the state machine allows without scripted events. */
const ALLOWED = new Set([
  'none>truce', 'none>ceasefire', 'truce>ceasefire', 'truce>none', 'ceasefire>agreement', 'ceasefire>none', 'agreement>none',
]);

const REAL_COLUMNS = ['goldstein', 'grievance', 'hostility', 'audienceCost', 'resolve', 'pressure', 'econPain', 'mhs'] as const;
const COUNT_COLUMNS = ['militaryDeaths', 'civilianDeaths', 'spoilerDeaths', 'claimedEnemyDeaths', 'admittedDeaths'] as const;

/**
 * Every way the records break an invariant, first few only (empty when none). Collected and
 * asserted once per run: one `expect` per value was some 17 calls per state-day, millions in
 * all, most of this test's time.
 */
function recordProblems(records: DayRecords, maxRungs: readonly [number, number], scriptedCeasefireDays: Set<number>): string[] {
  const problems: string[] = [];
  const problem = (what: string) => void (problems.length < 10 && problems.push(what));
  for (let at = 0; at < records.days * 2; at += 1) {
    const where = `day ${Math.floor(at / 2)} state ${at % 2}`;
    const rung = records.rung[at]!;
    if (!(rung >= 0 && rung <= maxRungs[at % 2]!)) problem(`${where}: rung ${rung} outside 0..${maxRungs[at % 2]}`);
    for (const column of REAL_COLUMNS) if (!Number.isFinite(records[column][at])) problem(`${where}: ${column} ${records[column][at]}`);
    for (const column of COUNT_COLUMNS) {
      const value = records[column][at]!;
      if (!(Number.isInteger(value) && value >= 0)) problem(`${where}: ${column} ${value} is not a whole non-negative number`);
    }
    if (!(records.resolve[at]! >= 0 && records.resolve[at]! <= 1)) problem(`${where}: resolve ${records.resolve[at]} outside [0, 1]`);
    if (!(records.grievance[at]! >= -5)) problem(`${where}: grievance ${records.grievance[at]} below -5`);
    if (!(records.hostility[at]! >= 0)) problem(`${where}: hostility ${records.hostility[at]} below 0`);
  }
  for (let day = 1; day < records.days; day += 1) {
    const from = CEASEFIRE_KINDS[records.ceasefire[day - 1]!];
    const to = CEASEFIRE_KINDS[records.ceasefire[day]!];
    if (from === to || scriptedCeasefireDays.has(day)) continue;
    if (!ALLOWED.has(`${from}>${to}`)) problem(`day ${day}: ${from} → ${to}`);
  }
  return problems;
}

describe('invariants over random valid scenarios', () => {
  it('rungs in range, no NaN, whole non-negative deaths, only allowed ceasefire transitions', () => {
    assertProperty(
      fc.property(scenarioDocArb, fc.nat({ max: 1000 }), (doc, runIndex) => {
        const scenario = scenarioFrom(doc);
        const maxRungs = [scenario.params.states[0].maxRung, scenario.params.states[1].maxRung] as const;
        const scriptedCeasefireDays = new Set(scenario.params.events.filter((e) => e.action.kind === 'ceasefire').map((e) => e.day));
        const run = simulateRun(scenario.params, 'prop', runIndex);
        expect(recordProblems(run.records, maxRungs, scriptedCeasefireDays)).toEqual([]);
        for (const event of run.events) expect(Number.isFinite(event.goldstein)).toBe(true);
        expect(run.outcome.peakRung).toBeLessThanOrEqual(Math.max(...maxRungs));
        // Same inputs, same run.
        expect(differingColumns(simulateRun(scenario.params, 'prop', runIndex).records, run.records)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
