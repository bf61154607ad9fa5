/**
 * The search behind `brink calibrate`: a small elitist evolution strategy in the unit box,
 * reproducible from its seed.
 *
 * Phases:
 *   1. generation 0: the scenario's own point plus a Latin hypercube of the rest    (latinHypercube)
 *   2. each next generation: the best third of everything evaluated so far are parents;
 *      children are parents plus Gaussian steps of width σ, clipped to the box;
 *      σ starts at a quarter of each range and halves every second generation (floor 2%)
 *   3. stop when the budget of evaluations is spent; the best point overall wins     (compareScores)
 *
 * The caller evaluates points (and may cache them): given the same seed, budget and box the
 * search proposes the same points in the same order, so an interrupted calibration resumes.
 */
import { normalQuantile } from '../../model/index.js';
import { compareScores, type Score } from '../score.js';
import { latinHypercube } from '../../sim/design/latinHypercube.js';

export interface SearchOptions {
  readonly dimensions: number;
  /** Total evaluations. */
  readonly budget: number;
  /** Points per generation (λ). */
  readonly populationSize: number;
  /** The scenario's own values, in unit coordinates: always evaluated first. */
  readonly start: readonly number[];
  /** Uniforms in [0, 1), seeded by the caller. */
  readonly random: () => number;
}

export interface Evaluated<T> {
  readonly point: readonly number[];
  readonly generation: number;
  readonly score: Score;
  readonly detail: T;
}

const INITIAL_STEP = 0.25;
const MIN_STEP = 0.02;

export async function evolutionStrategy<T>(
  options: SearchOptions,
  evaluate: (point: readonly number[], index: number) => Promise<{ score: Score; detail: T }>,
): Promise<Evaluated<T>[]> {
  const { budget, populationSize: lambda, dimensions, random } = options;
  const evaluated: Evaluated<T>[] = [];
  const run = async (points: readonly (readonly number[])[], generation: number) => {
    for (const point of points) {
      if (evaluated.length >= budget) return;
      const { score, detail } = await evaluate(point, evaluated.length);
      evaluated.push({ point, generation, score, detail });
    }
  };
  await run([options.start, ...latinHypercube(Math.max(0, lambda - 1), dimensions, random)], 0);
  for (let generation = 1; evaluated.length < budget; generation += 1) {
    const parents = [...evaluated].sort((a, b) => compareScores(a.score, b.score)).slice(0, Math.max(1, Math.ceil(lambda / 3)));
    const step = Math.max(MIN_STEP, INITIAL_STEP * 0.5 ** Math.floor((generation - 1) / 2));
    const children = Array.from({ length: lambda }, (_, i) => {
      const parent = parents[i % parents.length]!.point;
      return parent.map((x) => clamp01(x + step * normalQuantile(openUnit(random()))));
    });
    await run(children, generation);
  }
  return evaluated;
}

/** The best evaluation: most targets met, then nearest the bands, then nearest the observations. */
export function bestOf<T>(evaluated: readonly Evaluated<T>[]): Evaluated<T> {
  return [...evaluated].sort((a, b) => compareScores(a.score, b.score))[0]!;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function openUnit(u: number): number {
  return Math.min(1 - 1e-12, Math.max(1e-12, u));
}
