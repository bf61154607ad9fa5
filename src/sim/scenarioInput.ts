/**
 * What the library's entry points accept: a scenario from `loadScenario` (whose seed and
 * ensemble size serve as defaults), or bare model parameters (which carry neither). Options
 * from code are checked here like flags are in the CLI: bad values are an InputError naming
 * the function and option, never NaN deep inside a run.
 */
import type { ModelParams } from '../model/types.js';
import { InputError, SEED_PATTERN, type LoadedScenario } from '../scenarios/index.js';
import { messages } from '../scenarios/messages.js';
import type { Shard } from './plan.js';

export type ScenarioOrParams = LoadedScenario | ModelParams;

export function isLoadedScenario(input: ScenarioOrParams): input is LoadedScenario {
  return 'params' in input && 'info' in input;
}

export function paramsOf(input: ScenarioOrParams): ModelParams {
  return isLoadedScenario(input) ? input.params : input;
}

function optionError(caller: string, option: string, message: string): InputError {
  return new InputError([{ source: `${caller}()`, path: option, message }]);
}

/**
 * The seed of a run or ensemble: the option, else the scenario's. A number is read as its
 * decimal string, as in scenario files (seedrandom keys 42 and '42' differently).
 */
export function resolveSeed(caller: string, input: ScenarioOrParams, seed: string | number | undefined): string {
  const chosen = seed === undefined ? (isLoadedScenario(input) ? input.info.seed : undefined) : String(seed);
  if (chosen === undefined) throw optionError(caller, 'seed', messages.seedNeeded());
  if (!SEED_PATTERN.test(chosen)) throw optionError(caller, 'seed', messages.seedFormat(chosen));
  return chosen;
}

/** A whole-number option in [min, max], or the fallback when absent. */
export function checkWhole(caller: string, option: string, value: number | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw optionError(caller, option, messages.expectedFound(`a whole number from ${min} to ${max}`, value));
  }
  return value;
}

/** The ensemble size: the option, else the scenario's `runs`. */
export function resolveRuns(caller: string, input: ScenarioOrParams, runs: number | undefined): number {
  const chosen = checkWhole(caller, 'runs', runs, 1, 100_000_000) ?? (isLoadedScenario(input) ? input.info.runs : undefined);
  if (chosen === undefined) throw optionError(caller, 'runs', messages.runsNeeded());
  return chosen;
}

/** A shard i of N given in code: 0 ≤ i < N. */
export function checkShard(caller: string, shard: Shard | undefined): Shard | undefined {
  if (shard === undefined) return undefined;
  const count = checkWhole(caller, 'shard.count', shard.count, 1, 1_000_000)!;
  checkWhole(caller, 'shard.index', shard.index, 0, count - 1);
  return shard;
}
