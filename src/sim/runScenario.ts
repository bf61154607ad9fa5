/**
 * One run of a scenario: the library's `brink run`, and the function that command calls. Run k
 * of a seed is the same run here, in `brink run --run-index k` and in any ensemble of that seed.
 *
 * Phases:
 *   1. choose the seed: the option, else the scenario's                  (scenarioInput.ts)
 *   2. check the run index
 *   3. simulate the run with its event log                               (model/run.ts)
 *   4. a run that throws becomes a RunError naming its run index, so it can be replayed alone
 */
import { simulateRun, type RunResult } from '../model/index.js';
import { RunError } from './executeBatch.js';
import { checkWhole, resolveSeed, paramsOf, type ScenarioOrParams } from './scenarioInput.js';

export interface RunScenarioOptions {
  /** Default: the scenario's seed (required with bare parameters). A number is read as its decimal string. */
  readonly seed?: string | number;
  /** Which run of the seed (default 0): the same run as index k of an ensemble. */
  readonly runIndex?: number;
  /** Keep the CAMEO-coded event log (default true). */
  readonly recordEvents?: boolean;
}

/**
 * Runs a scenario once and returns its daily records, event log and outcome.
 *
 * @example
 * import { loadScenario, runScenario } from 'brink';
 * const scenario = loadScenario('scenarios/durand-line-2025.yaml');
 * const run = runScenario(scenario, { seed: 'golden', runIndex: 0 });
 * console.log(run.outcome.peakRung, run.outcome.ceasefireDay, run.events.length);
 *
 * @throws InputError for a bad seed or run index (the message says which and why).
 * @throws RunError when the model fails inside the run (a bug; the error names the run index).
 */
export function runScenario(scenario: ScenarioOrParams, options: RunScenarioOptions = {}): RunResult {
  const seed = resolveSeed('runScenario', scenario, options.seed);
  const runIndex = checkWhole('runScenario', 'runIndex', options.runIndex, 0, Number.MAX_SAFE_INTEGER) ?? 0;
  try {
    return simulateRun(paramsOf(scenario), seed, runIndex, { recordEvents: options.recordEvents ?? true });
  } catch (error) {
    throw new RunError(runIndex, (error as Error)?.message ?? String(error), error);
  }
}
