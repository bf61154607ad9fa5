/** Sweep points through the library: each point's tallies are exactly its ensemble's, however the runs are shared out. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenarios/index.js';
import { runEnsemble } from '../../src/sim/runEnsemble.js';
import { PointRunError, runSweepPoints, sharesPerPoint } from '../../src/sim/runSweepPoints.js';
import type { EnsembleTallies } from '../../src/sim/tallies.js';
import { encodeTallies } from '../../src/sim/talliesCodec.js';
import { DURAND } from '../helpers/scenarios.js';

const low = loadScenario(DURAND, { days: 90, set: ['spoilers.ttp.hazard=0.02'] }).params;
const high = loadScenario(DURAND, { days: 90, set: ['spoilers.ttp.hazard=0.3'] }).params;

async function points(workers: number, runs: number): Promise<string[]> {
  const out: string[] = [];
  await runSweepPoints([{ point: 0, params: low }, { point: 1, params: high }], {
    seed: 'sw',
    runs,
    workers,
    onPoint: (task, tallies: EnsembleTallies) => {
      out[task.point] = encodeTallies(tallies);
    },
  });
  return out;
}

describe('runSweepPoints', () => {
  it('gives each point the tallies of its own ensemble, on 1 and 3 workers (points split into shares)', async () => {
    const expected = await Promise.all([low, high].map(async (params) => encodeTallies((await runEnsemble(params, { seed: 'sw', runs: 100, workers: 1 })).tallies)));
    expect(sharesPerPoint(2, 100, 3)).toBe(3);
    expect(await points(1, 100)).toEqual(expected);
    expect(await points(3, 100)).toEqual(expected);
  });

  it('shares points out only when there are too few to keep the workers busy, never below 20 runs a share', () => {
    expect(sharesPerPoint(36, 200, 2)).toBe(1);
    expect(sharesPerPoint(1, 10_000, 8)).toBe(16);
    expect(sharesPerPoint(1, 30, 8)).toBe(1);
  });

  it('names the point and run that threw', async () => {
    const run = (workers: number) => runSweepPoints([{ point: 4, params: low }, { point: 9, params: high }], { seed: 'sw', runs: 40, workers, failAtRun: 13, onPoint: () => {} });
    await expect(run(1)).rejects.toMatchObject({ point: 4, runIndex: 13 });
    await expect(run(2)).rejects.toBeInstanceOf(PointRunError);
  });
});
