/**
 * `brink calibrate --cases`: one search of a dyad's shared parameters against all its bouts at
 * once. A candidate is scored on every bout and its score is the sum of the bouts' scores
 * (targets met, distance to bands, closeness: score.ts), so a value that fits one bout by
 * accident and breaks another loses.
 *
 * Phases (as calibrate.ts, per bout where it checks one scenario):
 *   1. map each proposed point of the unit box to values; load every bout with them
 *   2. check each bout's targets on `runs` runs of the seed, without bootstrap — every candidate
 *      and every bout on the same seed, so differences are the parameters' (common random numbers)
 *   3. sum the bouts' scores and let the evolution strategy propose the next points
 * Each candidate × bout goes through that bout's cache (the same key as `brink calibrate` of the
 * bout alone), so an interrupted search resumes where it stopped.
 */
import { Stream } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import type { LoadedTargets } from '../scenarios/index.js';
import { sampledValue } from '../sim/design/sampledValue.js';
import type { SweepParameter } from '../sim/design/sweepParameter.js';
import { defaultPopulation, type EvaluationCache } from './calibrate.js';
import { checkTargets, type CheckResult } from './checkTargets.js';
import { scoreCheck, type Score } from './score.js';
import { bestOf, evolutionStrategy, type Evaluated } from './search/evolutionStrategy.js';

export interface JointBout {
  /** The bout with the candidate's values applied (validated like the file). */
  readonly loadParams: (values: readonly number[]) => ModelParams;
  readonly targets: LoadedTargets;
  readonly cache?: EvaluationCache;
}

export interface JointCalibrateOptions {
  readonly bouts: readonly JointBout[];
  readonly parameters: readonly SweepParameter[];
  /** The dyad file's own values in unit coordinates. */
  readonly start: readonly number[];
  readonly seed: string;
  readonly runs: number;
  readonly budget: number;
  readonly populationSize?: number;
  readonly onEvaluated?: (done: number, total: number) => void;
}

export interface JointCandidate {
  readonly index: number;
  readonly values: readonly number[];
  /** The same as `--set path=value` flags. */
  readonly set: readonly string[];
  /** Each bout's check, in bout order. */
  readonly results: readonly CheckResult[];
  /** Each bout's score, in bout order; the candidate's score is their sum. */
  readonly scores: readonly Score[];
  /** Bout checks taken from the cache. */
  readonly reused: number;
}

export interface JointCalibrationResult {
  readonly evaluations: readonly Evaluated<JointCandidate>[];
  readonly best: Evaluated<JointCandidate>;
  /** Bout checks taken from the cache over the whole search. */
  readonly reused: number;
}

/** The sum of scores: targets met, band distances and closeness each added up. */
export function sumScores(scores: readonly Score[]): Score {
  return scores.reduce((sum, s) => ({ passed: sum.passed + s.passed, bandDistance: sum.bandDistance + s.bandDistance, closeness: sum.closeness + s.closeness }), {
    passed: 0,
    bandDistance: 0,
    closeness: 0,
  });
}

export async function calibrateJoint(options: JointCalibrateOptions): Promise<JointCalibrationResult> {
  const stream = new Stream(`${options.seed}/calibrate/search`);
  const populationSize = options.populationSize ?? defaultPopulation(options.parameters.length);
  let reused = 0;
  const evaluations = await evolutionStrategy<JointCandidate>(
    { dimensions: options.parameters.length, budget: options.budget, populationSize, start: options.start, random: () => stream.next() },
    async (point, index) => {
      const values = options.parameters.map((parameter, d) => sampledValue(parameter, point[d]!));
      const set = options.parameters.map((parameter, d) => `${parameter.path}=${values[d]}`);
      const results: CheckResult[] = [];
      let fromCache = 0;
      for (const bout of options.bouts) {
        const params = bout.loadParams(values);
        const key = bout.cache?.key({ params, targets: bout.targets.fileHash, seed: options.seed, runs: options.runs });
        let result = key === undefined ? undefined : bout.cache!.get(key);
        if (result === undefined) {
          result = await checkTargets(params, bout.targets, { seed: options.seed, runs: options.runs, bootstrap: false });
          if (key !== undefined) bout.cache!.set(key, result);
        } else {
          fromCache += 1;
        }
        results.push(result);
      }
      reused += fromCache;
      options.onEvaluated?.(index + 1, options.budget);
      const scores = results.map(scoreCheck);
      return { score: sumScores(scores), detail: { index, values, set, results, scores, reused: fromCache } };
    },
  );
  return { evaluations, best: bestOf(evaluations), reused };
}
