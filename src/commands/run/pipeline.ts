/**
 * `brink run`: one seeded run of a scenario, and its output folder.
 *
 * Phases:
 *   1. load and validate the scenario (`--set`, `--days` applied); choose the seed
 *   2. simulate run k of the seed                                     (sim/runScenario.ts)
 *   3. the data files: days.csv, dyad.csv, events.ndjson, outcome.json (files.ts)
 *   4. write the folder: data, manifest, trajectory chart, index.html (report/outputFolder.ts)
 *   5. refresh the reports index
 */
import { join } from 'node:path';
import { runTrajectoryChart } from '../../charts/index.js';
import type { RunResult } from '../../model/index.js';
import { chartMeta } from '../../report/chartFiles.js';
import { exploreLink } from '../../report/exploreLink.js';
import { manifestJson } from '../../report/manifest.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { loadScenario, type LoadedScenario } from '../../scenarios/index.js';
import { RunError } from '../../sim/executeBatch.js';
import { runScenario } from '../../sim/runScenario.js';
import { loadOptions, type OutputOptions, type ScenarioSource } from '../shared/hooks.js';
import { RunFailure } from '../shared/runFailure.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { runDataFiles } from './files.js';
import { runTables } from './pages.js';

export interface RunPipelineInput extends ScenarioSource, OutputOptions {
  readonly seed?: string;
  /** Which run of the seed, as in an ensemble (default 0). */
  readonly runIndex?: number;
}

export interface RunPipelineResult extends WrittenFolder, ChosenSeed {
  readonly scenario: LoadedScenario;
  readonly result: RunResult;
}

/** `<out>/<scenario>/run-<seed>-r<k>-<paramsHash8>/`: one folder per (scenario, seed, run). */
export function runFolderPath(outRoot: string, scenario: LoadedScenario, seed: string, runIndex: number): string {
  return join(outRoot, scenario.info.name, `run-${seed}-r${runIndex}-${scenario.paramsHash.slice(0, 8)}`);
}

/**
 * @example
 * const { folder, result } = await runPipeline({ scenario: 'scenarios/durand-line-2025.yaml', seed: 'golden', out: 'reports' });
 */
export async function runPipeline(input: RunPipelineInput): Promise<RunPipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const runIndex = input.runIndex ?? 0;
  const scenario = loadScenario(input.scenario, loadOptions(input));
  const { seed, source } = chooseSeed(input.seed, scenario);
  if (source === 'generated') input.hooks?.onSeedGenerated?.(seed);
  let result: RunResult;
  try {
    result = runScenario(scenario, { seed, runIndex });
  } catch (error) {
    if (error instanceof RunError) throw new RunFailure(seed, runIndex, error.cause ?? error.detail);
    throw error;
  }
  const wallMs = performance.now() - started;
  const written = await writeOutputFolder(runFolderPath(input.out, scenario, seed, runIndex), {
    data: runDataFiles(scenario, result),
    manifest: (results) =>
      manifestJson(
        { command: 'run', scenario, seed, seedSource: source, runs: 1, runIndices: { from: runIndex, to: runIndex + 1 }, startedAt, wallMs },
        results,
      ),
    charts: () => (input.charts === false ? [] : [{ name: 'trajectory', spec: runTrajectoryChart(scenario.params, result, chartMeta(scenario, seed, 1, runIndex)) }]),
    page: {
      title: `brink run: ${scenario.info.name}, seed ${seed}, run ${runIndex}`,
      subtitle: scenario.info.description,
      tables: runTables(scenario, result),
      explore: exploreLink(scenario, { seed, runIndex }),
    },
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed, source, scenario, result };
}
