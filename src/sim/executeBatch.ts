/**
 * One batch of runs, wherever it executes (a worker thread or the main thread): simulate each
 * run index, tally it, and render its outcome row. The same function on both paths is what
 * makes results independent of the worker count.
 */
import { simulateRun } from '../model/index.js';
import { createDayRecords } from '../model/records.js';
import type { ModelParams } from '../model/types.js';
import { outcomeRow } from './outcomeRows.js';
import type { RunRange } from './plan.js';
import { EnsembleTallies } from './tallies.js';

export interface BatchResult {
  readonly range: RunRange;
  readonly tallies: EnsembleTallies;
  /** Outcome rows of the batch's runs, in run-index order. */
  readonly rows: string;
}

/** A run that threw: the ensemble stops and names it, so it can be replayed alone. */
export class RunError extends Error {
  constructor(
    readonly runIndex: number,
    readonly detail: string,
  ) {
    super(`run ${runIndex} failed: ${detail}`);
    this.name = 'RunError';
  }
}

export interface BatchOptions {
  /** Fault injection for tests of failure handling: this run index throws. */
  readonly failAtRun?: number;
}

export function executeBatch(params: ModelParams, seed: string, range: RunRange, options: BatchOptions = {}): BatchResult {
  const tallies = new EnsembleTallies(params.days);
  const records = createDayRecords(params.days);
  let rows = '';
  for (let runIndex = range.from; runIndex < range.to; runIndex += 1) {
    try {
      if (runIndex === options.failAtRun) throw new Error('injected failure (BRINK_FAIL_RUN)');
      const run = simulateRun(params, seed, runIndex, { recordEvents: false, records });
      tallies.add(run);
      rows += outcomeRow(run);
    } catch (error) {
      throw new RunError(runIndex, (error as Error)?.message ?? String(error));
    }
  }
  return { range, tallies, rows };
}
