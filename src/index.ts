/**
 * brink as a library: every command as a pipeline (`runPipeline`, `ensemblePipeline`,
 * `comparePipeline`, `diffPipeline`, `sweepPipeline`, `checkPipeline`, `checkCasesPipeline`, `calibratePipeline`, `calibrateCasesPipeline`,
 * `mergePipeline`, `replayPipeline`, `initPipeline`, `scenariosPipeline`, `showPipeline`: what `brink <command>` calls, output folder and all), and
 * the functions they are made of, for modellers who want results in code. Same code paths as
 * the CLI: `runScenario` is what `brink run` runs and `runEnsemble` what `brink ensemble` runs,
 * so run k of a seed is the same run everywhere.
 *
 * A session, in order:
 *   1. `loadScenario(file, { set })`: validated, resolved scenario (throws InputError with
 *      every problem, located file:line:column)
 *   2. `runScenario(scenario, { seed, runIndex })` for one run, or
 *      `runEnsemble(scenario, { seed, runs, workers })` for tallies of many
 *   3. `summarizeEnsemble(scenario.params, tallies)`: bands, probabilities with Wilson
 *      intervals, Kaplan–Meier time to ceasefire, outcome distributions
 *   4. `charts.*(…, chartMeta(scenario, seed, runs))`: Vega-Lite specs
 *   5. `renderSvg(spec)` / `renderChart(spec)`: SVG and PNG, no browser needed
 *
 * @example
 * import { charts, chartMeta, loadScenario, renderSvg, runEnsemble, summarizeEnsemble } from 'brink';
 * const scenario = loadScenario('scenarios/durand-line-2025.yaml');
 * const { seed, runs, tallies } = await runEnsemble(scenario, { seed: 'golden', runs: 500 });
 * const summary = summarizeEnsemble(scenario.params, tallies);
 * const svg = await renderSvg(charts.survivalChart(summary, chartMeta(scenario, seed, runs)));
 *
 * @packageDocumentation
 */

// Scenario files → validated, resolved parameters.
export {
  loadScenario,
  loadScenarioText,
  InputError,
  formatProblem,
  scenarioJsonSchema,
  contentHash,
  type LoadedScenario,
  type LoadOptions,
  type Problem,
  type ScenarioInfo,
  type ScenarioInput,
} from './scenarios/index.js';
export { bundledScenarioFile, bundledScenarioNames, SCHEMA_FILE } from './scenarios/packageFiles.js';

// The model: one pure, seeded run.
export {
  simulateRun,
  DEFAULT_LADDER,
  DEFAULT_THRESHOLDS,
  CEASEFIRE_KINDS,
  isKinetic,
  dyadRung,
  interstateDeaths,
  type RunResult,
  type RunOptions,
  type DayRecords,
} from './model/index.js';
export type {
  BoutRecord,
  CeasefireKind,
  Constants,
  EventRecord,
  FinalState,
  Ladder,
  ModelParams,
  Profile,
  RunOutcome,
  ScriptedAction,
  ScriptedEvent,
  SpoilerParams,
  StateParams,
  StateTotals,
  ThirdPartyParams,
} from './model/types.js';

// Runs and ensembles: the library's `brink run` and `brink ensemble`.
export { runScenario, type RunScenarioOptions } from './sim/runScenario.js';
export { runEnsemble, type EnsembleOptions, type EnsembleResult } from './sim/runEnsemble.js';
export { RunError } from './sim/executeBatch.js';
export { EnsembleTallies } from './sim/tallies.js';
export { outcomesHeader } from './sim/outcomeRows.js';
export type { RunRange, Shard } from './sim/plan.js';
export type { ScenarioOrParams } from './sim/scenarioInput.js';

// Statistics of an ensemble, from its tallies.
export {
  summarizeEnsemble,
  CEASEFIRE_BY_DAYS,
  wilsonInterval,
  kaplanMeier,
  type EnsembleSummary,
  type BandRow,
  type DailyRow,
  type ProbabilityRow,
  type Distribution,
  type Proportion,
  type SurvivalCurve,
  type SurvivalPoint,
} from './stats/index.js';

// Calibration: stylized facts as targets (`brink check`) and the parameter search (`brink calibrate`).
export { loadTargets, loadTargetsText, MEASURES, type LoadedTargets, type MeasureName } from './scenarios/index.js';
export { checkTargets, type CheckOptions, type CheckResult, type CriterionResult, type TargetResult } from './calibration/checkTargets.js';
export { calibrate, type CalibrateOptions, type CalibrationResult } from './calibration/calibrate.js';

// Charts: pure Vega-Lite builders, as one namespace (`charts.ensembleFanChart(…)`).
export * as charts from './charts/index.js';
export type { ChartMeta } from './charts/index.js';
export { chartMeta } from './report/chartFiles.js';

// Every command as a pipeline: inputs as the flags give them, an output folder, and what was computed.
export type { PipelineHooks, OutputOptions, ScenarioSource } from './commands/shared/hooks.js';
export { RunFailure } from './commands/shared/runFailure.js';
export { runPipeline, type RunPipelineInput, type RunPipelineResult } from './commands/run/pipeline.js';
export { ensemblePipeline, type EnsemblePipelineInput, type EnsemblePipelineResult } from './commands/ensemble/pipeline.js';
export { comparePipeline, type ComparePipelineInput, type ComparePipelineResult } from './commands/compare/pipeline.js';
export { diffPipeline, type DiffPipelineInput, type DiffPipelineResult } from './commands/diff/pipeline.js';
export { diffFolders } from './commands/diff/folders.js';
export { sweepPipeline, type SweepPipelineInput, type SweepPipelineResult } from './commands/sweep/pipeline.js';
export { checkPipeline, type CheckPipelineInput, type CheckPipelineResult } from './commands/check/pipeline.js';
export { calibratePipeline, type CalibratePipelineInput, type CalibratePipelineResult } from './commands/calibrate/pipeline.js';
export { checkCasesPipeline, type CheckCasesInput, type CheckCasesResult } from './commands/cases/pipeline.js';
export { calibrateCasesPipeline, type CalibrateCasesInput, type CalibrateCasesResult } from './commands/calibrate/casesPipeline.js';
export { discoverBouts, type BoutFiles } from './commands/cases/discover.js';
export type { CasesTally, CheckedBout, DyadTally, LoadedBout, Tally } from './commands/cases/bouts.js';
export { mergePipeline, type MergePipelineInput, type MergePipelineResult } from './commands/merge/pipeline.js';
export { replayPipeline, type ReplayInput, type ReplayResult } from './commands/replay/pipeline.js';
export { initPipeline, type InitPipelineInput } from './commands/init/pipeline.js';
export { scenariosPipeline, type BundledScenario } from './commands/scenarios/pipeline.js';
export { showPipeline, type ShowPipelineResult } from './commands/show/pipeline.js';
export type { WrittenFolder } from './report/outputFolder.js';

// Rendering without a browser.
export { renderChart, renderSvg, svgToPng, type RenderedChart } from './render/index.js';
