/** Ensembles through the library: run k is the single run k; workers and shards change nothing. */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/model/index.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { outcomeRow } from '../../src/sim/outcomeRows.js';
import { batches, shardRange } from '../../src/sim/plan.js';
import { runEnsemble } from '../../src/sim/runEnsemble.js';
import { EnsembleTallies } from '../../src/sim/tallies.js';
import { decodeTallies, encodeTallies } from '../../src/sim/talliesCodec.js';
import { DURAND } from '../helpers/scenarios.js';

const scenario = loadScenario(DURAND, { days: 120 });

async function ensemble(workers: number, runs: number, shard?: { index: number; count: number }) {
  let rows = '';
  const result = await runEnsemble(scenario.params, { seed: 'ens', runs, workers, ...(shard ? { shard } : {}), onRows: (r) => (rows += r) });
  return { ...result, rows };
}

describe('runEnsemble', () => {
  it('run k of an ensemble is the single run k', async () => {
    const { rows } = await ensemble(1, 40);
    const lines = rows.trimEnd().split('\n');
    for (const k of [0, 7, 39]) expect(`${lines[k]}\n`).toBe(outcomeRow(simulateRun(scenario.params, 'ens', k)));
  });

  it('gives identical tallies and rows on 1, 2 and 3 worker threads', async () => {
    const one = await ensemble(1, 150);
    for (const workers of [2, 3]) {
      const many = await ensemble(workers, 150);
      expect(many.rows).toBe(one.rows);
      expect(encodeTallies(many.tallies)).toBe(encodeTallies(one.tallies));
    }
  });

  it('shards cover the runs once and their merged tallies equal the whole', async () => {
    const whole = await ensemble(1, 101);
    const merged = new EnsembleTallies(scenario.params.days, scenario.params.ladder);
    let rows = '';
    for (let index = 0; index < 3; index += 1) {
      const part = await ensemble(2, 101, { index, count: 3 });
      merged.merge(part.tallies);
      rows += part.rows;
    }
    expect(rows).toBe(whole.rows);
    expect(encodeTallies(merged)).toBe(encodeTallies(whole.tallies));
    expect(merged.runs).toBe(101);
  });

  it('keeps memory flat: tallies have the same size for 10 and 1,000 runs', async () => {
    const small = await ensemble(1, 10);
    const large = await ensemble(2, 1000);
    const size = (t: EnsembleTallies) => Object.values(t.arrays).reduce((n, a) => n + a.length, 0);
    expect(size(large.tallies)).toBe(size(small.tallies));
    expect(large.tallies.runs).toBe(1000);
  });

  it('names the failing run when a run throws, and stops', async () => {
    await expect(runEnsemble(scenario.params, { seed: 'ens', runs: 50, workers: 2, failAtRun: 33 })).rejects.toMatchObject({ runIndex: 33 });
    await expect(runEnsemble(scenario.params, { seed: 'ens', runs: 50, workers: 1, failAtRun: 3 })).rejects.toMatchObject({ runIndex: 3 });
  });
});

describe('plan and codec', () => {
  it('shard ranges are contiguous, disjoint and cover 0…N−1', () => {
    for (const [runs, count] of [[10, 3], [7, 7], [100, 6], [5, 8]] as const) {
      const ranges = Array.from({ length: count }, (_, index) => shardRange(runs, { index, count }));
      expect(ranges[0]!.from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(runs);
      for (let n = 1; n < ranges.length; n += 1) expect(ranges[n]!.from).toBe(ranges[n - 1]!.to);
    }
    expect(batches({ from: 5, to: 12 }, 3)).toEqual([{ from: 5, to: 8 }, { from: 8, to: 11 }, { from: 11, to: 12 }]);
  });

  it('tallies survive a round trip through tallies.json', async () => {
    const { tallies } = await ensemble(1, 30);
    expect(encodeTallies(decodeTallies(encodeTallies(tallies), 'x', tallies.ladder))).toBe(encodeTallies(tallies));
  });
});
