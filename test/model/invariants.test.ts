/** Invariants of every run of every valid scenario (docs/model.md §9), checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CEASEFIRE_KINDS, simulateRun, type DayRecords } from '../../src/model/index.js';
import { scenarioDocArb } from '../helpers/arbitraries.js';
import { scenarioFrom } from '../helpers/scenarios.js';
import { assertProperty } from '../helpers/property.js';

/** End-of-day ceasefire transitions the state machine allows without scripted events. */
const ALLOWED = new Set([
  'none>truce', 'none>ceasefire', 'truce>ceasefire', 'truce>none', 'ceasefire>agreement', 'ceasefire>none', 'agreement>none',
]);

const REAL_COLUMNS = ['goldstein', 'grievance', 'hostility', 'audienceCost', 'resolve', 'pressure', 'econPain', 'mhs'] as const;
const COUNT_COLUMNS = ['militaryDeaths', 'civilianDeaths', 'spoilerDeaths', 'claimedEnemyDeaths', 'admittedDeaths'] as const;

function checkRecords(records: DayRecords, maxRungs: readonly [number, number], scriptedCeasefireDays: Set<number>): void {
  for (let at = 0; at < records.days * 2; at += 1) {
    const rung = records.rung[at]!;
    expect(rung).toBeGreaterThanOrEqual(0);
    expect(rung).toBeLessThanOrEqual(maxRungs[at % 2]!);
    for (const column of REAL_COLUMNS) expect(Number.isFinite(records[column][at])).toBe(true);
    for (const column of COUNT_COLUMNS) {
      const value = records[column][at]!;
      expect(Number.isInteger(value) && value >= 0).toBe(true);
    }
    expect(records.resolve[at]).toBeGreaterThanOrEqual(0);
    expect(records.resolve[at]).toBeLessThanOrEqual(1);
    expect(records.grievance[at]).toBeGreaterThanOrEqual(-5);
    expect(records.hostility[at]).toBeGreaterThanOrEqual(0);
  }
  for (let day = 1; day < records.days; day += 1) {
    const from = CEASEFIRE_KINDS[records.ceasefire[day - 1]!];
    const to = CEASEFIRE_KINDS[records.ceasefire[day]!];
    if (from === to || scriptedCeasefireDays.has(day)) continue;
    expect(ALLOWED.has(`${from}>${to}`), `day ${day}: ${from} → ${to}`).toBe(true);
  }
}

describe('invariants over random valid scenarios', () => {
  it('rungs in range, no NaN, whole non-negative deaths, only allowed ceasefire transitions', () => {
    assertProperty(
      fc.property(scenarioDocArb, fc.nat({ max: 1000 }), (doc, runIndex) => {
        const scenario = scenarioFrom(doc);
        const maxRungs = [scenario.params.states[0].maxRung, scenario.params.states[1].maxRung] as const;
        const scriptedCeasefireDays = new Set(scenario.params.events.filter((e) => e.action.kind === 'ceasefire').map((e) => e.day));
        const run = simulateRun(scenario.params, 'prop', runIndex);
        checkRecords(run.records, maxRungs, scriptedCeasefireDays);
        for (const event of run.events) expect(Number.isFinite(event.goldstein)).toBe(true);
        expect(run.outcome.peakRung).toBeLessThanOrEqual(Math.max(...maxRungs));
        // Same inputs, same run.
        expect(simulateRun(scenario.params, 'prop', runIndex).records).toEqual(run.records);
      }),
      { numRuns: 150 },
    );
  });
});
