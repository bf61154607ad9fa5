/**
 * `brink ensemble`: a Monte Carlo ensemble over run indices, and its output folder.
 *
 * Phases:
 *   1. load and validate the scenario; choose seed, size and workers
 *   2. open the folder; run the ensemble on the worker pool, streaming outcome rows into
 *      outcomes.csv in run-index order                                      (sim/runEnsemble.ts)
 *   3. summarize the tallies: bands, probabilities, survival, distributions (stats)
 *   4. write statistics, manifest, charts and page; commit, or abort on failure  (folder.ts)
 *   5. refresh the reports index
 */
import type { LoadedScenario } from '../../scenarios/index.js';
import { loadScenario } from '../../scenarios/index.js';
import type { RunRange, Shard } from '../../sim/plan.js';
import { runEnsemble } from '../../sim/runEnsemble.js';
import type { EnsembleTallies } from '../../sim/tallies.js';
import type { EnsembleSummary } from '../../stats/index.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import type { WrittenFolder } from '../../report/outputFolder.js';
import { loadOptions, type OutputOptions, type ScenarioSource } from '../shared/hooks.js';
import { asRunFailure } from '../shared/runFailure.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { ensembleFolderPath, EnsembleFolderWriter } from './folder.js';
import { defaultWorkers } from '../../sim/defaultWorkers.js';

export interface EnsemblePipelineInput extends ScenarioSource, OutputOptions {
  readonly seed?: string;
  /** Ensemble size N (default: the scenario's runs). */
  readonly runs?: number;
  /** Worker threads (default: every available core); results never depend on it. */
  readonly workers?: number;
  /** Only this shard's share of the runs; join shards with `mergePipeline`. */
  readonly shard?: Shard;
  /** Fault injection for tests of failure handling: this run index throws. */
  readonly failAtRun?: number;
}

export interface EnsemblePipelineResult extends WrittenFolder, ChosenSeed {
  readonly scenario: LoadedScenario;
  readonly runs: number;
  readonly range: RunRange;
  readonly tallies: EnsembleTallies;
  readonly summary: EnsembleSummary;
}

/**
 * @example
 * const { folder, summary } = await ensemblePipeline({ scenario: 'scenarios/durand-line-2025.yaml', seed: 'golden', runs: 1000, out: 'reports' });
 * console.log(summary.probabilities.find((p) => p.outcome === 'ceasefire:by30'));
 */
export async function ensemblePipeline(input: EnsemblePipelineInput): Promise<EnsemblePipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const scenario = loadScenario(input.scenario, loadOptions(input));
  const runs = input.runs ?? scenario.info.runs;
  const workers = input.workers ?? defaultWorkers();
  const { shard, hooks } = input;
  const { seed, source } = chooseSeed(input.seed, scenario);
  if (source === 'generated') hooks?.onSeedGenerated?.(seed);
  const writer = EnsembleFolderWriter.open(ensembleFolderPath(input.out, scenario, seed, runs, shard), scenario);
  try {
    const result = await runEnsemble(scenario, {
      seed,
      runs,
      workers,
      ...(shard === undefined ? {} : { shard }),
      ...(input.failAtRun === undefined ? {} : { failAtRun: input.failAtRun }),
      onRows: (rows) => writer.writeRows(rows),
      onProgress: (done, total) => hooks?.onProgress?.(done, total, scenario.info.name),
    });
    const manifest = {
      command: 'ensemble' as const,
      seed,
      seedSource: source,
      runs,
      runIndices: result.range,
      ...(shard === undefined ? {} : { shard }),
      startedAt,
      wallMs: performance.now() - started,
      workers,
    };
    const written = await writer.finish(result.tallies, manifest, input.charts !== false, input.parquet === true);
    refreshReportsIndex(input.out, input.overwriteIndex);
    return { ...written, seed, source, scenario, runs, range: result.range, tallies: result.tallies };
  } catch (error) {
    writer.abort();
    throw asRunFailure(error, seed, scenario);
  }
}
