/**
 * `brink compare` through the library: paired runs are the single runs, workers change nothing,
 * a scenario compared with itself differs by exactly nothing, and common random numbers give
 * narrower intervals than independent seeds on the same pair of scenarios.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/model/index.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { runComparison, type ComparisonResult } from '../../src/sim/runComparison.js';
import { RunOutcomeColumns } from '../../src/sim/runOutcomeColumns.js';
import { outcomeRow } from '../../src/sim/outcomeRows.js';
import { summarizeComparison, type ComparisonRow, type ComparisonSummary } from '../../src/stats/index.js';
import { DURAND } from '../helpers/scenarios.js';

const A = loadScenario(DURAND, { days: 120 });
// A small change: the TTP attacks a little more often.
const B = loadScenario(DURAND, { days: 120, set: ['spoilers.ttp.hazard=0.15'] });
const RUNS = 200;

const row = (summary: ComparisonSummary, outcome: string): ComparisonRow => summary.rows.find((r) => r.outcome === outcome)!;
const width = (r: ComparisonRow) => r.upper! - r.lower!;

describe('RunOutcomeColumns', () => {
  it('holds exactly the outcome of each run, NaN where there is none', () => {
    const columns = new RunOutcomeColumns(A.params);
    const runs = Array.from({ length: 30 }, (_, k) => simulateRun(A.params, 'cols', k, { recordEvents: false }));
    columns.addRows(runs.map(outcomeRow).join(''));
    expect(columns.length).toBe(30);
    runs.forEach((run, k) => {
      const o = run.outcome;
      expect(columns.column('peakRung')[k]).toBe(o.peakRung);
      expect(columns.column('ceasefireDay')[k]).toBe(o.ceasefireDay ?? NaN);
      expect(columns.column('kineticDays')[k]).toBe(o.kineticDays);
      expect(columns.column('bouts')[k]).toBe(o.bouts.length);
      expect(columns.column('finalState')[k]).toBe(['agreement', 'ceasefire', 'war', 'fizzled', 'conflict'].indexOf(o.finalState));
      expect(columns.stateColumn('pakistan', 'trueDeaths')[k]).toBe(o.totals[1].militaryDeaths + o.totals[1].civilianDeaths);
      expect(columns.stateColumn('pakistan', 'spoilerDeaths')[k]).toBe(o.totals[1].spoilerDeaths);
    });
  });

  it('grows past its first allocation', () => {
    const columns = new RunOutcomeColumns(A.params);
    const line = outcomeRow(simulateRun(A.params, 'grow', 0, { recordEvents: false }));
    columns.addRows(line.repeat(3000));
    expect(columns.length).toBe(3000);
    expect(new Set(columns.column('kineticDays')).size).toBe(1);
  });
});

describe('runComparison and summarizeComparison', () => {
  let paired: ComparisonResult;
  let crn: ComparisonSummary;
  let independent: ComparisonSummary;
  beforeAll(async () => {
    paired = await runComparison(A.params, B.params, { seed: 'crn', runs: RUNS, workers: 1 });
    crn = summarizeComparison(A.params, B.params, paired, 'crn');
    independent = summarizeComparison(A.params, B.params, await runComparison(A.params, B.params, { seed: 'crn', seedB: 'independent', runs: RUNS, workers: 1 }), 'crn');
  }, 60_000);

  it('pairs run k of A with run k of B, both with the same seed', () => {
    for (const k of [0, 57, 199]) {
      expect(paired.a.outcomes.column('kineticDays')[k]).toBe(simulateRun(A.params, 'crn', k).outcome.kineticDays);
      expect(paired.b.outcomes.column('kineticDays')[k]).toBe(simulateRun(B.params, 'crn', k).outcome.kineticDays);
    }
  });

  it('gives the same statistics on 1 and 2 workers', async () => {
    const two = summarizeComparison(A.params, B.params, await runComparison(A.params, B.params, { seed: 'crn', runs: RUNS, workers: 2 }), 'crn');
    expect(two.rows).toEqual(crn.rows);
  });

  it('recomputes every difference from the paired values with plain code', () => {
    const a = paired.a.outcomes;
    const b = paired.b.outcomes;
    const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0) / xs.length;
    for (const field of ['peakRung', 'bouts', 'kineticDays', 'borderClosedDays']) {
      const r = row(crn, field);
      expect(r.n).toBe(RUNS);
      expect(r.difference).toBeCloseTo(mean(b.column(field)) - mean(a.column(field)), 10);
      expect(r.lower!).toBeLessThanOrEqual(r.difference!);
      expect(r.upper!).toBeGreaterThanOrEqual(r.difference!);
    }
    const by30 = (o: RunOutcomeColumns, k: number) => o.column('ceasefireDay')[k]! <= 30;
    let aOnly = 0;
    let bOnly = 0;
    for (let k = 0; k < RUNS; k += 1) {
      if (by30(a, k) && !by30(b, k)) aOnly += 1;
      if (!by30(a, k) && by30(b, k)) bOnly += 1;
    }
    const r = row(crn, 'ceasefire:by30');
    expect([r.aOnly, r.bOnly]).toEqual([aOnly, bOnly]);
    expect(r.difference).toBeCloseTo((bOnly - aOnly) / RUNS, 12);
    // A spoiler targets only Pakistan: no spoiler-deaths row for Afghanistan.
    expect(crn.rows.map((x) => x.outcome)).toContain('pakistan.spoilerDeaths');
    expect(crn.rows.map((x) => x.outcome)).not.toContain('afghanistan.spoilerDeaths');
  });

  it('common random numbers give narrower intervals than independent seeds on the same pair', () => {
    // The spoiler stream is shared, so spoiler deaths move together run by run under CRN.
    for (const outcome of ['pakistan.spoilerDeaths', 'kineticDays', 'pakistan.trueDeaths', 't0ToCeasefire', 'peakRung', 'ceasefire:by14']) {
      const narrow = width(row(crn, outcome));
      const wide = width(row(independent, outcome));
      expect(narrow, outcome).toBeLessThan(0.75 * wide);
    }
    // Spoiler deaths move together most of all; less than under model 1, since a group's capacity
    // now follows the strikes on its host (spoilerResponse.ts), and the two runs' strikes differ.
    const spoiler = row(crn, 'pakistan.spoilerDeaths');
    expect(width(spoiler)).toBeLessThan(0.6 * width(row(independent, 'pakistan.spoilerDeaths')));
    // Under CRN the same uniform gives at least as many attacks at a higher hazard (Poisson by
    // inversion); only ceasefire states and strike histories that diverge can reverse that, so few pairs fall.
    const a = paired.a.outcomes.stateColumn('pakistan', 'spoilerDeaths');
    const b = paired.b.outcomes.stateColumn('pakistan', 'spoilerDeaths');
    expect(spoiler.lower!).toBeGreaterThan(0);
    expect(Array.from(a).filter((x, k) => b[k]! < x).length).toBeLessThan(RUNS * 0.2);
  });

  it('a scenario compared with itself differs by exactly nothing', async () => {
    const same = summarizeComparison(A.params, A.params, await runComparison(A.params, A.params, { seed: 'self', runs: 60, workers: 1 }), 'self');
    for (const r of same.rows) {
      expect(r.difference, r.outcome).toBe(0);
      if (r.kind === 'mean') expect([r.lower, r.upper], r.outcome).toEqual([0, 0]);
      else expect(r.mcnemar?.p, r.outcome).toBe(1);
    }
  });
});
