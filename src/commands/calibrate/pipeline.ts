/**
 * `brink calibrate`: a reproducible search for the parameter values that best reproduce a
 * targets file, and its output folder: the best set as a scenario file with its check.
 * Resumable: finished candidates are cached.
 *
 * Phases:
 *   1. load the scenario and targets; check every searched range             (sweep/parameters.ts)
 *   2. search: generations of candidates, each an ensemble scored against the targets, cached
 *      as they finish                                                       (calibration/calibrate.ts)
 *   3. check the best candidate on the full number of runs                  (calibration/checkTargets.ts)
 *   4. write the best set into the scenario file's text; it must load to the very parameters
 *      that were checked                                                    (calibratedText.ts)
 *   5. write the folder: candidates.csv, the calibrated scenario, check.csv, check.json, the
 *      manifest, the targets and search charts, page; atomically           (report/outputFolder.ts)
 *   6. refresh the reports index
 */
import { join } from 'node:path';
import { calibrate, defaultPopulation, type CalibrationResult } from '../../calibration/calibrate.js';
import { checkTargets, inBand, type CheckResult, type CriterionResult } from '../../calibration/checkTargets.js';
import { currentValue, unitCoordinate } from '../../calibration/search/currentValue.js';
import { calibrationChart } from '../../charts/calibrationChart.js';
import { targetsChart } from '../../charts/targetsChart.js';
import type { ReportChart } from '../../render/htmlReport.js';
import { chartMeta } from '../../report/chartFiles.js';
import { manifestJson, type ManifestInput } from '../../report/manifest.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { provenance } from '../../report/provenance.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { ResultCache } from '../../report/resultCache.js';
import { contentHash, loadScenarioText, loadTargets, prepareScenario, type LoadedScenario, type LoadedTargets } from '../../scenarios/index.js';
import { readScenarioText } from '../../scenarios/source.js';
import { checkDataFiles, checkManifest } from '../check/files.js';
import { checkTable } from '../check/pages.js';
import { loadOptions, type OutputOptions, type ScenarioSource } from '../shared/hooks.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { sweepParameters } from '../sweep/parameters.js';
import { calibratedText, loadCandidate } from './calibratedText.js';
import { calibratedFileName, candidatesCsv } from './files.js';

/** Bumped whenever a cached candidate's check would be computed differently. */
export const CANDIDATE_FORMAT = 'brink-calibrate-candidate/1';

/**
 * A cached candidate's check as checkTargets makes it for these targets and runs: one result
 * per target in the file's order, each criterion's pass agreeing with its estimate and band,
 * each target's pass with its criteria's, and `passed` counting them. A hand-edited or damaged
 * entry fails and the candidate is checked again.
 */
export function validCandidate(targets: LoadedTargets, runs: number) {
  const finite = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
  return (value: unknown): value is CheckResult => {
    const result = value as CheckResult | null;
    if (typeof result !== 'object' || result === null || !Array.isArray(result.targets) || result.runs !== runs) return false;
    if (result.targets.length !== targets.targets.length || result.total !== result.targets.length) return false;
    const targetsOk = result.targets.every((target, t) => {
      const expected = targets.targets[t]!;
      if (target?.id !== expected.id || !Array.isArray(target.criteria) || target.criteria.length !== expected.criteria.length) return false;
      const criteriaOk = target.criteria.every(
        (c: CriterionResult) => finite(c?.estimate) && finite(c.lower) && finite(c.upper) && Number.isInteger(c.n) && c.n >= 0 && typeof c.accept === 'object' && c.accept !== null && c.pass === inBand(c.estimate, c.accept),
      );
      return criteriaOk && target.pass === target.criteria.every((c: CriterionResult) => c.pass);
    });
    return targetsOk && result.passed === result.targets.filter((t) => t.pass).length;
  };
}

export interface CalibratePipelineInput extends ScenarioSource, OutputOptions {
  readonly targets: string;
  /** The searched parameters, `path=from:to` as after `--param`. */
  readonly params: readonly string[];
  readonly seed?: string;
  /** Candidates to evaluate (default 60). */
  readonly budget?: number;
  /** Runs per candidate during the search (default 200). */
  readonly runs?: number;
  /** Runs of the final check of the best candidate (default: the targets file's runs). */
  readonly checkRuns?: number;
  /** Candidates per generation (default max(6, 2·params + 2)). */
  readonly population?: number;
  /** false (`--no-cache`): check every candidate, taking none from the cache (the cache is still refreshed). */
  readonly cache?: boolean;
}

export interface CalibratePipelineResult extends WrittenFolder, ChosenSeed {
  readonly scenario: LoadedScenario;
  readonly targets: LoadedTargets;
  readonly search: CalibrationResult;
  readonly searchRuns: number;
  /** The best candidate's check on `checkRuns` runs. */
  readonly check: CheckResult;
}

/** `<out>/<scenario>/calibrate-<seed>-<hash8 of scenario, targets and search>/`. */
export function calibrateFolderPath(outRoot: string, scenario: LoadedScenario, key: unknown, seed: string): string {
  return join(outRoot, scenario.info.name, `calibrate-${seed}-${contentHash({ params: scenario.paramsHash, key }).slice(0, 8)}`);
}

/**
 * @example
 * const { search, check } = await calibratePipeline({ scenario: 'scenarios/durand-line-2025.yaml', targets: 'scenarios/targets/oct-2025.yaml', params: ['states.pakistan.tolerance=2:12'], budget: 12, runs: 50, out: 'reports' });
 * console.log(search.best.detail.set, `${check.passed} of ${check.total}`);
 */
export async function calibratePipeline(input: CalibratePipelineInput): Promise<CalibratePipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const { hooks } = input;
  const options = loadOptions(input);
  const prepared = prepareScenario(input.scenario, options);
  const scenario = prepared.base;
  const targets = loadTargets(input.targets);
  const parameters = sweepParameters(input.params, prepared.data, 'lhs', (note) => hooks?.onNote?.(note));
  const load = (values: readonly number[]) => loadCandidate(prepared.withOverrides, parameters, values);
  const budget = input.budget ?? 60;
  const searchRuns = input.runs ?? 200;
  const checkRuns = input.checkRuns ?? targets.runs;
  const populationSize = input.population ?? defaultPopulation(parameters.length);
  const { seed, source } = chooseSeed(input.seed, scenario);
  if (source === 'generated') hooks?.onSeedGenerated?.(seed);
  const start = parameters.map((p) => {
    const value = currentValue(scenario.params, prepared.data, p.segments);
    return value === undefined ? 0.5 : unitCoordinate(p, value);
  });
  const cache = ResultCache.under(input.out, scenario.info.name, 'calibrate', CANDIDATE_FORMAT, validCandidate(targets, searchRuns), input.cache !== false);
  const label = `${scenario.info.name} calibrate`;
  const search = await calibrate({
    loadParams: (values) => load(values).params,
    targets,
    parameters,
    start,
    seed,
    runs: searchRuns,
    budget,
    populationSize,
    cache,
    onEvaluated: (done, total) => hooks?.onProgress?.(done, total, label),
  });
  const best = load(search.best.detail.values);
  const check = await checkTargets(best.params, targets, { seed, runs: checkRuns });
  const by = `brink ${provenance().version} (seed ${seed}, ${targets.name})`;
  const bestText = calibratedText(input.scenario, prepared, { set: options.set, days: input.days }, parameters, search.best.detail.values, by);
  const bestFile = calibratedFileName(scenario.info.name);
  // The written file must load, by itself, to the very parameters that were checked.
  // (An `extends:` in it is resolved from the original file's folder, where its base lives.)
  if (loadScenarioText(bestText, input.scenario, { resolveBase: readScenarioText }).paramsHash !== best.paramsHash) {
    throw new Error('the calibrated scenario file does not reproduce the parameters that were checked');
  }
  const manifest: ManifestInput = {
    // The manifest's parameters are the best ones: what check.csv and check.json were computed from.
    ...checkManifest('calibrate', { scenario: best, seed, seedSource: source, runs: check.runs, targets }, { startedAt, wallMs: performance.now() - started }),
    calibration: {
      parameters: parameters.map((p) => ({ path: p.path, from: p.from, to: p.to, integer: p.integer })),
      budget,
      searchRuns,
      populationSize,
      best: search.best.detail.set,
    },
  };
  const charts = (): ReportChart[] => {
    const meta = chartMeta(best, seed, check.runs);
    const points = search.evaluations.map((e) => ({
      evaluation: e.detail.index,
      generation: e.generation,
      passed: e.score.passed,
      bandDistance: e.score.bandDistance,
      values: e.detail.set.join(' '),
    }));
    return [
      { name: 'targets', spec: targetsChart(check, meta, targets.name) },
      { name: 'search', spec: calibrationChart(points, check.total, { ...meta, runs: searchRuns }) },
    ];
  };
  const folderKey = { targets: targets.fileHash, parameters, budget, searchRuns, checkRuns, populationSize };
  const written = await writeOutputFolder(calibrateFolderPath(input.out, scenario, folderKey, seed), {
    data: new Map([['candidates.csv', candidatesCsv(parameters, search)], [bestFile, bestText], ...checkDataFiles(manifest, check)]),
    manifest: (results) => manifestJson(manifest, results),
    charts: () => (input.charts === false ? [] : charts()),
    page: {
      title: `brink calibrate: ${scenario.info.name} against ${targets.name}, seed ${seed}`,
      subtitle: `Best of ${search.evaluations.length} candidates (${searchRuns} runs each): ${search.best.detail.set.join(', ')}. Checked on ${check.runs} runs: ${check.passed} of ${check.total} targets met.`,
      tables: [checkTable(check)],
    },
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed, source, scenario, targets, search, searchRuns, check };
}
