/**
 * The ensembles of a sweep's points: every point runs indices 0…runs−1 of the same seed
 * (common random numbers: neighbouring points differ by their parameters, not by luck), and
 * its tallies are handed on as soon as the point is complete, so the caller can cache it.
 *
 * Phases:
 *   1. cut each point's runs into jobs: whole points when there are enough points to keep every
 *      worker busy, otherwise a few shares per point                          (below)
 *   2. execute the jobs on one pool of workers, or on the main thread         (pool.ts)
 *   3. merge each point's shares (integer counts: order-free) and hand it on  (tallies.ts)
 */
import type { ModelParams } from '../model/types.js';
import type { Job } from './executeBatch.js';
import { batches } from './plan.js';
import { executeJobs, JobRunError } from './pool.js';
import { RunError } from './executeBatch.js';
import type { EnsembleTallies } from './tallies.js';

export interface SweepPointTask {
  /** The point's index in the design (for the caller; the pool does not use it). */
  readonly point: number;
  readonly params: ModelParams;
}

export interface SweepRunOptions {
  readonly seed: string;
  /** Runs per point: indices 0…runs−1 at every point. */
  readonly runs: number;
  readonly workers: number;
  readonly signal?: AbortSignal;
  readonly failAtRun?: number;
  /** A point's tallies, once all its runs are in (points complete in any order). */
  readonly onPoint: (task: SweepPointTask, tallies: EnsembleTallies) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

/** A run that threw at a sweep point: the point, the run, and why. */
export class PointRunError extends RunError {
  constructor(
    readonly point: number,
    runIndex: number,
    detail: string,
  ) {
    super(runIndex, detail);
    this.name = 'PointRunError';
  }
}

/** Fewest runs in a job: below this, the per-job cost of fresh tallies starts to show. */
const MIN_JOB_RUNS = 20;

/** Shares per point: enough jobs for about two per worker, never shares under MIN_JOB_RUNS runs. */
export function sharesPerPoint(points: number, runs: number, workers: number): number {
  if (points === 0) return 1;
  return Math.max(1, Math.min(Math.ceil((2 * workers) / points), Math.floor(runs / MIN_JOB_RUNS)));
}

export async function runSweepPoints(tasks: readonly SweepPointTask[], options: SweepRunOptions): Promise<void> {
  const shares = sharesPerPoint(tasks.length, options.runs, options.workers);
  const size = Math.ceil(options.runs / shares);
  const jobs: Job[] = [];
  const owner: number[] = [];
  const ranges = batches({ from: 0, to: options.runs }, size);
  tasks.forEach((task, t) => {
    for (const range of ranges) {
      jobs.push({ params: task.params, seed: options.seed, range, ...(options.failAtRun === undefined ? {} : { failAtRun: options.failAtRun }) });
      owner.push(t);
    }
  });
  const partial = new Map<number, { tallies: EnsembleTallies; remaining: number }>();
  const total = tasks.length * options.runs;
  let done = 0;
  options.onProgress?.(0, total);
  try {
    await executeJobs(jobs, { workers: options.workers, ...(options.signal === undefined ? {} : { signal: options.signal }) }, (j, tallies) => {
      const t = owner[j]!;
      const entry = partial.get(t);
      const merged = entry === undefined ? { tallies, remaining: ranges.length } : entry;
      if (entry !== undefined) merged.tallies.merge(tallies);
      merged.remaining -= 1;
      done += jobs[j]!.range.to - jobs[j]!.range.from;
      if (merged.remaining === 0) {
        partial.delete(t);
        options.onPoint(tasks[t]!, merged.tallies);
      } else {
        partial.set(t, merged);
      }
      options.onProgress?.(done, total);
    });
  } catch (error) {
    if (error instanceof JobRunError) throw new PointRunError(tasks[owner[error.job]!]!.point, error.runIndex, error.detail);
    throw error;
  }
}
