/** The rung-occupancy heatmap's data: the share of runs at each rung, per day and state, from the tallies. */
import { describe, expect, it } from 'vitest';
import { rungOccupancyRows } from '../../src/charts/index.js';
import { simulateRun } from '../../src/model/index.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { EnsembleTallies } from '../../src/sim/tallies.js';
import { DURAND } from '../helpers/scenarios.js';

describe('rungOccupancyRows', () => {
  const { params } = loadScenario(DURAND, { days: 40 });
  const runs = Array.from({ length: 30 }, (_, k) => simulateRun(params, 'occupancy', k, { recordEvents: false }));
  const tallies = new EnsembleTallies(params.days, params.ladder);
  for (const run of runs) tallies.add(run);
  const rows = rungOccupancyRows(params, tallies) as { day: number; state: string; rung: number; runs: number; share: number }[];

  it('gives, for every day and state, shares of runs that add up to one', () => {
    for (let day = 0; day < params.days; day += 1) {
      for (const state of params.states) {
        const cells = rows.filter((row) => row.day === day && row.state === state.id);
        expect(cells.reduce((sum, row) => sum + row.runs, 0)).toBe(runs.length);
        expect(cells.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('counts the runs at each rung as the runs themselves say', () => {
    const day = 7;
    const state = 1;
    const expected = new Map<number, number>();
    for (const run of runs) expected.set(run.records.rung[day * 2 + state]!, (expected.get(run.records.rung[day * 2 + state]!) ?? 0) + 1);
    const cells = rows.filter((row) => row.day === day && row.state === params.states[state]!.id);
    expect(new Map(cells.map((row) => [row.rung, row.runs]))).toEqual(expected);
  });
});
