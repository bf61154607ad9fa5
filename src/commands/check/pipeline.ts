/**
 * `brink check`: how well an ensemble reproduces a targets file's stylized facts, and the
 * check's output folder.
 *
 * Phases:
 *   1. load the scenario and the targets file; choose the seed and size (default: the targets')
 *   2. run the ensemble and measure every target with its interval    (calibration/checkTargets.ts)
 *   3. write the folder: check.csv, check.json, the manifest with the targets file inside it,
 *      the targets chart and page; atomically                          (report/outputFolder.ts)
 *   4. refresh the reports index
 */
import { join } from 'node:path';
import { checkTargets, type CheckResult } from '../../calibration/checkTargets.js';
import { targetsChart } from '../../charts/targetsChart.js';
import { chartMeta } from '../../report/chartFiles.js';
import { manifestJson } from '../../report/manifest.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { messages } from '../../scenarios/messages.js';
import { contentHash, loadScenario, loadTargets, type LoadedScenario, type LoadedTargets } from '../../scenarios/index.js';
import { flagError } from '../shared/flagError.js';
import { loadOptions, type OutputOptions, type ScenarioSource } from '../shared/hooks.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { checkDataFiles, checkManifest } from './files.js';
import { checkTable } from './pages.js';

export interface CheckPipelineInput extends ScenarioSource, OutputOptions {
  /** A targets file (YAML). */
  readonly targets: string;
  readonly seed?: string;
  /** Ensemble size (default: the targets file's runs). */
  readonly runs?: number;
  /** Targets that must be met (`--require`): checked against the targets file before anything runs. */
  readonly required?: number;
}

export interface CheckPipelineResult extends WrittenFolder, ChosenSeed {
  readonly scenario: LoadedScenario;
  readonly targets: LoadedTargets;
  readonly result: CheckResult;
}

/** `<out>/<scenario>/check-<seed>-<hash8 of params and targets>/`. */
export function checkFolderPath(outRoot: string, scenario: LoadedScenario, targets: LoadedTargets, seed: string, runs: number): string {
  const hash = contentHash({ params: scenario.paramsHash, targets: targets.fileHash, runs });
  return join(outRoot, scenario.info.name, `check-${seed}-${hash.slice(0, 8)}`);
}

/**
 * @example
 * const { result } = await checkPipeline({ scenario: 'scenarios/durand-line-2025.yaml', targets: 'scenarios/targets/oct-2025.yaml', runs: 200, out: 'reports' });
 * console.log(`${result.passed} of ${result.total} targets met`);
 */
export async function checkPipeline(input: CheckPipelineInput): Promise<CheckPipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const scenario = loadScenario(input.scenario, loadOptions(input));
  const targets = loadTargets(input.targets);
  const runs = input.runs ?? targets.runs;
  if (input.required !== undefined && input.required > targets.targets.length) {
    throw flagError('--require', messages.expectedFound(`a whole number from 0 to ${targets.targets.length}`, input.required));
  }
  const { seed, source } = chooseSeed(input.seed, scenario);
  if (source === 'generated') input.hooks?.onSeedGenerated?.(seed);
  const label = `${scenario.info.name} check`;
  const result = await checkTargets(scenario.params, targets, { seed, runs, onProgress: (done, total) => input.hooks?.onProgress?.(done, total, label) });
  const manifest = checkManifest('check', { scenario, seed, seedSource: source, runs: result.runs, targets }, { startedAt, wallMs: performance.now() - started });
  const written = await writeOutputFolder(checkFolderPath(input.out, scenario, targets, seed, result.runs), {
    data: checkDataFiles(manifest, result),
    manifest: (results) => manifestJson(manifest, results),
    charts: () => (input.charts === false ? [] : [{ name: 'targets', spec: targetsChart(result, chartMeta(scenario, seed, result.runs), targets.name) }]),
    page: {
      title: `brink check: ${scenario.info.name} against ${targets.name}, seed ${seed}, ${result.runs} runs`,
      subtitle: `${result.passed} of ${result.total} targets met. ${targets.description}`,
      tables: [checkTable(result)],
    },
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed, source, scenario, targets, result };
}
