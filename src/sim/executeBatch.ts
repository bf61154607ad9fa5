/**
 * One batch of runs, wherever it executes (a worker thread or the main thread): simulate each
 * run index, add it to the executor's tallies, and render its outcome row. The same function on
 * both paths is what makes results independent of the worker count.
 */
import { simulateRun } from '../model/index.js';
import type { DayRecords } from '../model/records.js';
import type { ModelParams } from '../model/types.js';
import { outcomeRow } from './outcomeRows.js';
import { createDayRecords } from '../model/records.js';
import type { RunRange } from './plan.js';
import { EnsembleTallies } from './tallies.js';

/** A run that threw: the ensemble stops and names it, so it can be replayed alone. */
export class RunError extends Error {
  constructor(
    readonly runIndex: number,
    readonly detail: string,
    cause?: unknown,
  ) {
    super(`run ${runIndex} failed: ${detail}`, cause === undefined ? undefined : { cause });
    this.name = 'RunError';
  }
}

/** What an executor keeps across batches: its tallies and the record columns runs reuse. */
export interface Executor {
  readonly params: ModelParams;
  readonly seed: string;
  readonly tallies: EnsembleTallies;
  readonly records: DayRecords;
  /** Fault injection for tests of failure handling: this run index throws. */
  readonly failAtRun?: number;
}

/** Runs a batch into the executor's tallies; returns the batch's outcome rows in run-index order. */
export function executeBatch(executor: Executor, range: RunRange): string {
  const { params, seed, tallies, records } = executor;
  let rows = '';
  for (let runIndex = range.from; runIndex < range.to; runIndex += 1) {
    try {
      if (runIndex === executor.failAtRun) throw new Error('injected failure (failAtRun: a test hook of the pipelines)');
      const run = simulateRun(params, seed, runIndex, { recordEvents: false, records });
      tallies.add(run);
      rows += outcomeRow(run);
    } catch (error) {
      throw new RunError(runIndex, (error as Error)?.message ?? String(error), error);
    }
  }
  return rows;
}

/** A share of one sweep point: its parameters, seed and run range. */
export interface Job {
  readonly params: ModelParams;
  readonly seed: string;
  readonly range: RunRange;
  readonly failAtRun?: number;
}

/** Runs a job into fresh tallies (a sweep point's share; rows are not kept). */
export function executeJob(job: Job): EnsembleTallies {
  const executor: Executor = {
    params: job.params,
    seed: job.seed,
    tallies: new EnsembleTallies(job.params.days, job.params.ladder),
    records: createDayRecords(job.params.days),
    ...(job.failAtRun === undefined ? {} : { failAtRun: job.failAtRun }),
  };
  executeBatch(executor, job.range);
  return executor.tallies;
}
