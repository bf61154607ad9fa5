/**
 * An ensemble: runs `from … to−1` of a seed, tallied, with outcome rows streamed in run-index
 * order. Run k here is exactly `brink run --run-index k`: both key streams with `streamKey`.
 *
 * Phases:
 *   1. plan the run range (all runs, or one shard's share) and cut it into batches   (plan.ts)
 *   2. execute the batches on worker threads or the main thread                      (pool.ts)
 *   3. pass each batch's rows on once every earlier batch's rows have gone; merge each
 *      executor's tallies when it is done (integer counts: order-free)               (tallies.ts)
 */
import type { ModelParams } from '../model/types.js';
import { batches, batchSize, shardRange, type RunRange, type Shard } from './plan.js';
import { executeBatches } from './pool.js';
import { EnsembleTallies } from './tallies.js';

export interface EnsembleOptions {
  readonly seed: string;
  /** Ensemble size N: run indices 0…N−1 (before sharding). */
  readonly runs: number;
  readonly shard?: Shard;
  /** Worker threads; 1 runs on the main thread. */
  readonly workers: number;
  /** Receives outcome rows in run-index order (without the header). */
  readonly onRows?: (rows: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly failAtRun?: number;
}

export interface EnsembleResult {
  readonly range: RunRange;
  readonly tallies: EnsembleTallies;
}

export async function runEnsemble(params: ModelParams, options: EnsembleOptions): Promise<EnsembleResult> {
  const range = shardRange(options.runs, options.shard);
  const total = range.to - range.from;
  const work = batches(range, batchSize(total, options.workers));
  const tallies = new EnsembleTallies(params.days);
  const waiting = new Map<number, { to: number; rows: string }>();
  let nextFrom = range.from;
  let done = 0;
  options.onProgress?.(0, total);
  await executeBatches(
    params,
    options.seed,
    work,
    {
      workers: options.workers,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.failAtRun === undefined ? {} : { failAtRun: options.failAtRun }),
    },
    {
      onRows: (batch, rows) => {
        waiting.set(batch.from, { to: batch.to, rows });
        for (let ready = waiting.get(nextFrom); ready !== undefined; ready = waiting.get(nextFrom)) {
          waiting.delete(nextFrom);
          options.onRows?.(ready.rows);
          nextFrom = ready.to;
        }
        done += batch.to - batch.from;
        options.onProgress?.(done, total);
      },
      onTallies: (executorTallies) => tallies.merge(executorTallies),
    },
  );
  return { range, tallies };
}
