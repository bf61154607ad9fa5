/**
 * `brink calibrate`: search a box of scenario parameters for the set that best reproduces a
 * targets file, reproducibly from the seed.
 *
 * Phases:
 *   1. map each proposed point of the unit box to `--set` values and load the scenario with them
 *   2. check the targets on `runs` runs of the seed (no bootstrap: only the estimates rank) —
 *      every candidate on the same runs, so differences are the parameters', not the dice's
 *   3. score (targets met, distance to bands, closeness to observations) and let the evolution
 *      strategy propose the next points, until the budget is spent             (evolutionStrategy)
 * Evaluations go through a cache keyed by content hash, so rerunning after an interruption
 * recomputes nothing already done.
 */
import { calibrateSearchKey, Stream } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import type { LoadedTargets } from '../scenarios/index.js';
import { checkTargets, type CheckResult } from './checkTargets.js';
import { scoreCheck, type Score } from './score.js';
import { sampledValue } from '../sim/design/sampledValue.js';
import type { SweepParameter } from '../sim/design/sweepParameter.js';
import { bestOf, evolutionStrategy, type Evaluated } from './search/evolutionStrategy.js';

/** Where finished candidates are kept; the cache keys them by everything they depend on. */
export interface EvaluationCache {
  key(inputs: object): string;
  get(key: string): CheckResult | undefined;
  set(key: string, result: CheckResult): void;
}

export interface CalibrateOptions {
  /** The scenario with the candidate's values applied (validated like the file). */
  readonly loadParams: (values: readonly number[]) => ModelParams;
  readonly targets: LoadedTargets;
  /** The searched parameters, as `brink sweep` takes them (`--param path=from:to`). */
  readonly parameters: readonly SweepParameter[];
  /** The scenario's own values in unit coordinates. */
  readonly start: readonly number[];
  readonly seed: string;
  readonly runs: number;
  readonly budget: number;
  readonly populationSize?: number;
  readonly cache?: EvaluationCache;
  readonly onEvaluated?: (done: number, total: number, reused: boolean) => void;
}

export interface Candidate {
  readonly index: number;
  /** The candidate's values, one per parameter. */
  readonly values: readonly number[];
  /** The same as `--set path=value` flags. */
  readonly set: readonly string[];
  readonly result: CheckResult;
  readonly reused: boolean;
}

export interface CalibrationResult {
  readonly evaluations: readonly Evaluated<Candidate>[];
  readonly best: Evaluated<Candidate>;
  readonly reused: number;
}

/** Candidates per generation unless told: enough to cover a few parameters' corners. */
export function defaultPopulation(parameters: number): number {
  return Math.max(6, 2 * parameters + 2);
}

export async function calibrate(options: CalibrateOptions): Promise<CalibrationResult> {
  const stream = new Stream(calibrateSearchKey(options.seed));
  const populationSize = options.populationSize ?? defaultPopulation(options.parameters.length);
  let reused = 0;
  const evaluations = await evolutionStrategy<Candidate>(
    { dimensions: options.parameters.length, budget: options.budget, populationSize, start: options.start, random: () => stream.next() },
    async (point, index) => {
      const values = options.parameters.map((parameter, d) => sampledValue(parameter, point[d]!));
      const set = options.parameters.map((parameter, d) => `${parameter.path}=${values[d]}`);
      const params = options.loadParams(values);
      const key = options.cache?.key({ params, targets: options.targets.fileHash, seed: options.seed, runs: options.runs });
      let result = key === undefined ? undefined : options.cache!.get(key);
      const wasCached = result !== undefined;
      if (result === undefined) {
        result = await checkTargets(params, options.targets, { seed: options.seed, runs: options.runs, bootstrap: false });
        if (key !== undefined) options.cache!.set(key, result);
      } else {
        reused += 1;
      }
      options.onEvaluated?.(index + 1, options.budget, wasCached);
      const score: Score = scoreCheck(result);
      return { score, detail: { index, values, set, result, reused: wasCached } };
    },
  );
  return { evaluations, best: bestOf(evaluations), reused };
}
