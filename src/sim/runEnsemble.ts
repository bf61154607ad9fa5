/**
 * An ensemble: runs `from … to−1` of a seed, tallied, with outcome rows streamed in run-index
 * order. The library's `brink ensemble`, and the function that command calls. Run k here is
 * exactly `brink run --run-index k`: both derive its streams from `runKey(seed, k)`.
 *
 * Phases:
 *   1. choose seed, size and workers: the options, else the scenario's seed and runs, and
 *      every available core                                                  (scenarioInput.ts)
 *   2. plan the run range (all runs, or one shard's share) and cut it into batches   (plan.ts)
 *   3. execute the batches on worker threads or the main thread                      (pool.ts)
 *   4. pass each batch's rows on once every earlier batch's rows have gone; merge each
 *      executor's tallies when it is done (integer counts: order-free)               (tallies.ts)
 */
import { defaultWorkers } from './defaultWorkers.js';
import type { ModelParams } from '../model/types.js';
import type { LoadedScenario } from '../scenarios/index.js';
import { batches, batchSize, shardRange, type RunRange, type Shard } from './plan.js';
import { executeBatches } from './pool.js';
import { checkShard, checkWhole, paramsOf, resolveRuns, resolveSeed, type ScenarioOrParams } from './scenarioInput.js';
import { EnsembleTallies } from './tallies.js';

export interface EnsembleOptions {
  /** Default: the scenario's seed (required with bare parameters). A number is read as its decimal string. */
  readonly seed?: string | number;
  /** Ensemble size N: run indices 0…N−1 (before sharding). Default: the scenario's `runs`. */
  readonly runs?: number;
  /** Only this shard's contiguous share of the runs (`brink ensemble --shard i/N`). */
  readonly shard?: Shard;
  /** Worker threads; 1 runs on the main thread. Default: every available core. Results never depend on it. */
  readonly workers?: number;
  /** Receives outcome rows as CSV text in run-index order, without the header (see `outcomesHeader`). */
  readonly onRows?: (rows: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the ensemble: the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Fault injection for tests of failure handling: this run index throws. */
  readonly failAtRun?: number;
}

export interface EnsembleResult {
  /** The seed the runs were keyed by. */
  readonly seed: string;
  /** Ensemble size N (of which `range` ran here when sharded). */
  readonly runs: number;
  readonly range: RunRange;
  /** Mergeable per-day and per-outcome histograms; `summarizeEnsemble` turns them into statistics. */
  readonly tallies: EnsembleTallies;
}

/**
 * Runs a Monte Carlo ensemble and returns its tallies.
 *
 * @example
 * import { loadScenario, runEnsemble, summarizeEnsemble } from 'brink';
 * const scenario = loadScenario('scenarios/durand-line-2025.yaml');
 * const { tallies } = await runEnsemble(scenario, { seed: 'golden', runs: 1000 });
 * const summary = summarizeEnsemble(scenario.params, tallies);
 * console.log(summary.probabilities.find((p) => p.outcome === 'ceasefire:by30'));
 *
 * @throws InputError for a bad seed, size or worker count, or bare parameters without seed or runs.
 * @throws RunError when a run fails (a bug; the error names the run index to replay alone).
 */
export function runEnsemble(scenario: LoadedScenario, options?: EnsembleOptions): Promise<EnsembleResult>;
export function runEnsemble(params: ModelParams, options: EnsembleOptions & { readonly seed: string | number; readonly runs: number }): Promise<EnsembleResult>;
export async function runEnsemble(scenario: ScenarioOrParams, options: EnsembleOptions = {}): Promise<EnsembleResult> {
  const params = paramsOf(scenario);
  const seed = resolveSeed('runEnsemble', scenario, options.seed);
  const runs = resolveRuns('runEnsemble', scenario, options.runs);
  const workers = checkWhole('runEnsemble', 'workers', options.workers, 1, 1024) ?? defaultWorkers();
  const range = shardRange(runs, checkShard('runEnsemble', options.shard));
  const total = range.to - range.from;
  const work = batches(range, batchSize(total, workers));
  // The first executor's tallies are adopted, not added into empty ones: a small ensemble has
  // one executor, and merging its ~430,000 counts into fresh zeros was a tenth of `--runs 1`.
  let tallies: EnsembleTallies | undefined;
  const waiting = new Map<number, { to: number; rows: string }>();
  let nextFrom = range.from;
  let done = 0;
  options.onProgress?.(0, total);
  await executeBatches(
    params,
    seed,
    work,
    {
      workers,
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
      onTallies: (executorTallies) => {
        if (tallies === undefined) tallies = executorTallies;
        else tallies.merge(executorTallies);
      },
    },
  );
  return { seed, runs, range, tallies: tallies ?? new EnsembleTallies(params.days, params.ladder) };
}
