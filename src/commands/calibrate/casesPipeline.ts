/**
 * `brink calibrate --cases <dyad dir>`: a joint search of a dyad's shared parameters against
 * all its bouts, and its output folder: the calibrated dyad file (comments and evidence kept),
 * every candidate, and the final check of every bout as `brink check --cases` writes it.
 *
 * Phases:
 *   1. find the dyad's bouts and load them with their targets; they must all extend one dyad
 *      file                                                             (commands/cases/*)
 *   2. check the searched ranges against the dyad file; refuse a `--param` a bout file sets
 *      itself (the dyad file's value would not reach that bout)        (sharedParameters.ts)
 *   3. search: each candidate scored on every bout, the sum ranking it; cached per
 *      candidate × bout                                                 (calibration/calibrateJoint.ts)
 *   4. write the best values into the dyad file's text; with it every bout must load to the very
 *      parameters the search chose                                      (calibratedText.ts)
 *   5. check every bout with the best values on the full runs          (commands/cases/bouts.ts)
 *   6. write the folder: candidates.csv, the calibrated dyad file, check.csv, check.json, the
 *      manifest, the cases and search charts, page; atomically          (report/outputFolder.ts)
 *   7. refresh the reports index
 */
import { calibrateJoint, type JointCalibrationResult } from '../../calibration/calibrateJoint.js';
import { defaultPopulation } from '../../calibration/calibrate.js';
import { currentValue, unitCoordinate } from '../../calibration/search/currentValue.js';
import { calibrationChart } from '../../charts/calibrationChart.js';
import { provenance } from '../../report/provenance.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { ResultCache } from '../../report/resultCache.js';
import { prepareScenario, type LoadedScenario } from '../../scenarios/index.js';
import { casesMessages } from '../../scenarios/messages.js';
import { flagError } from '../shared/flagError.js';
import type { OutputOptions } from '../shared/hooks.js';
import { checkBouts, loadBouts, tallyCases, type CasesTally, type CheckedBout } from '../cases/bouts.js';
import { discoverBouts } from '../cases/discover.js';
import { casesDataFiles, casesManifestJson } from '../cases/files.js';
import { casesTables } from '../cases/pages.js';
import { casesCharts, casesFolderPath } from '../cases/pipeline.js';
import { chooseSeed } from '../shared/seed.js';
import { sweepParameters } from '../sweep/parameters.js';
import { calibratedText, loadCandidate } from './calibratedText.js';
import { calibratedFileName, jointCandidatesCsv } from './files.js';
import { CANDIDATE_FORMAT, validCandidate } from './pipeline.js';
import { boutsWithDyad, dyadFileOf, refuseBoutSetParameters } from './sharedParameters.js';

export const CALIBRATE_CASES_COMMAND = 'calibrate-cases';

export interface CalibrateCasesInput extends OutputOptions {
  /** One dyad's folder of bouts (`scenarios/cases/pakistan-afghanistan`). */
  readonly cases: string;
  /** The searched parameters, `path=from:to`: paths of the dyad file, applied to every bout. */
  readonly params: readonly string[];
  readonly seed?: string;
  /** Candidates to evaluate (default 60). */
  readonly budget?: number;
  /** Runs per bout and candidate during the search (default 200). */
  readonly runs?: number;
  /** Runs of each bout's final check (default: each targets file's runs). */
  readonly checkRuns?: number;
  readonly population?: number;
  /** false (`--no-cache`): check every candidate and bout again (the cache is still refreshed). */
  readonly cache?: boolean;
}

export interface CalibrateCasesResult extends WrittenFolder {
  readonly seed: string;
  /** The dyad file the bouts extend, and its calibrated text's name in the folder. */
  readonly dyadFile: string;
  readonly calibratedFile: string;
  readonly search: JointCalibrationResult;
  readonly searchRuns: number;
  /** Every bout checked with the best values. */
  readonly bouts: readonly CheckedBout[];
  readonly tally: CasesTally;
}

/**
 * @example
 * const { search, tally } = await calibrateCasesPipeline({ cases: 'scenarios/cases/pakistan-afghanistan', params: ['states.pakistan.tolerance=2:12'], budget: 24, runs: 100, out: 'reports' });
 * console.log(search.best.detail.set, `${tally.passed} of ${tally.total} targets met`);
 */
export async function calibrateCasesPipeline(input: CalibrateCasesInput): Promise<CalibrateCasesResult> {
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const { hooks } = input;
  const found = discoverBouts(input.cases);
  const dyads = [...new Set(found.map((b) => b.dyad))];
  if (dyads.length > 1) throw flagError('--cases', casesMessages.oneDyad(dyads));
  const loaded = loadBouts(found, {});
  const dyadFile = dyadFileOf(loaded);
  const dyadPrepared = prepareScenario(dyadFile);
  const dyad: LoadedScenario = dyadPrepared.base;
  const parameters = sweepParameters(input.params, dyadPrepared.data, 'lhs', (note) => hooks?.onNote?.(note));
  refuseBoutSetParameters(loaded, parameters);
  const { seed, source } = chooseSeed(input.seed, dyad);
  if (source === 'generated') hooks?.onSeedGenerated?.(seed);
  const budget = input.budget ?? 60;
  const searchRuns = input.runs ?? 200;
  const populationSize = input.population ?? defaultPopulation(parameters.length);
  const start = parameters.map((p) => {
    const value = currentValue(dyad.params, dyadPrepared.data, p.segments);
    return value === undefined ? 0.5 : unitCoordinate(p, value);
  });
  const prepared = loaded.map((bout) => prepareScenario(bout.files.scenario));
  const search = await calibrateJoint({
    bouts: loaded.map((bout, n) => ({
      loadParams: (values) => loadCandidate(prepared[n]!.withOverrides, parameters, values).params,
      targets: bout.targets,
      cache: ResultCache.under(input.out, dyad.info.name, 'calibrate', CANDIDATE_FORMAT, validCandidate(bout.targets, searchRuns), input.cache !== false),
    })),
    parameters,
    start,
    seed,
    runs: searchRuns,
    budget,
    populationSize,
    onEvaluated: (done, total) => hooks?.onProgress?.(done, total, `${dyads[0]} calibrate`),
  });
  const values = search.best.detail.values;
  const by = `brink ${provenance().version} (seed ${seed}, ${found.length} bouts of ${dyads[0]})`;
  const text = calibratedText(dyadFile, dyadPrepared, { set: [], days: undefined }, parameters, values, by);
  // Every bout, extending the calibrated text instead of the dyad file, must load to the very
  // parameters the search scored.
  const best = boutsWithDyad(loaded, dyadFile, text, (n) => loadCandidate(prepared[n]!.withOverrides, parameters, values));
  const checkRuns = input.checkRuns;
  const bouts = await checkBouts(best.map((scenario, n) => ({ ...loaded[n]!, scenario, seed, seedSource: source, runs: checkRuns ?? loaded[n]!.targets.runs })));
  const tally = tallyCases(bouts);
  const calibratedFile = calibratedFileName(dyad.info.name);
  const calibration = {
    dyadFile: { file: dyadFile, sha256: dyad.fileHash },
    parameters: parameters.map((p) => ({ path: p.path, from: p.from, to: p.to, integer: p.integer })),
    budget,
    searchRuns,
    populationSize,
    best: search.best.detail.set,
  };
  const folderKey = { parameters, budget, searchRuns, checkRuns: checkRuns ?? null, populationSize, dyad: dyad.fileHash };
  const written = await writeOutputFolder(casesFolderPath(input.out, 'calibrate', loaded.map((b) => ({ ...b, seed })), seed, searchRuns, folderKey), {
    data: new Map([['candidates.csv', jointCandidatesCsv(parameters, loaded.map((b) => b.files.bout), search)], [calibratedFile, text], ...casesDataFiles(CALIBRATE_CASES_COMMAND, input.cases, bouts)]),
    manifest: (results) => casesManifestJson(CALIBRATE_CASES_COMMAND, input.cases, bouts, results, { startedAt, wallMs: performance.now() - started }, { calibration }),
    charts: () => {
      if (input.charts === false) return [];
      const points = search.evaluations.map((e) => ({ evaluation: e.detail.index, generation: e.generation, passed: e.score.passed, bandDistance: e.score.bandDistance, values: e.detail.set.join(' ') }));
      const meta = { toolVersion: provenance().version, scenario: dyads[0]!, scenarioHash: dyad.paramsHash, seed, runs: searchRuns };
      return [...casesCharts(bouts, tally, seed), { name: 'search', spec: calibrationChart(points, tally.total, meta) }];
    },
    page: {
      title: `brink calibrate --cases ${input.cases}: ${found.length} bouts, seed ${seed}`,
      subtitle: `Best of ${search.evaluations.length} candidates (${searchRuns} runs per bout): ${search.best.detail.set.join(', ')}. Checked: ${tally.passed} of ${tally.total} targets met.`,
      tables: casesTables(bouts, tally),
    },
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed, dyadFile, calibratedFile, search, searchRuns, bouts, tally };
}
