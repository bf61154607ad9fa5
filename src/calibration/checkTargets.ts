/**
 * `brink check`: does an ensemble of a scenario reproduce a set of stylized facts?
 *
 * Phases:
 *   1. run the ensemble's runs with full records and keep what each measure sees per run  (observeRuns)
 *   2. summarise each criterion over all runs: median, share, ratio or tail fit             (summarizeObservations)
 *   3. a 95% interval by resampling whole runs, on a stream of its own per criterion        (clusterBootstrap)
 *   4. pass when the estimate lies in the acceptance band; a target passes when all its criteria do
 */
import { checkBootstrapKey, Stream } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import { MEASURES, type LoadedTargets, type MeasureStatistic } from '../scenarios/index.js';
import { clusterBootstrap } from '../stats/index.js';
import { observeRuns } from './observeRuns.js';
import { allRuns, summarizeObservations } from './summarizeObservations.js';

/** Bootstrap replicates per criterion: enough for stable 2.5/97.5% points at this precision. */
export const BOOTSTRAP_REPLICATES = 400;

export interface CriterionResult {
  readonly measure: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly statistic: MeasureStatistic;
  readonly unit: string;
  readonly description: string;
  readonly observed: number | null;
  readonly accept: { readonly min?: number; readonly max?: number };
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Pooled values or trials behind the estimate. */
  readonly n: number;
  readonly pass: boolean;
}

export interface TargetResult {
  readonly id: string;
  readonly fact: number | null;
  readonly title: string;
  readonly criteria: readonly CriterionResult[];
  readonly pass: boolean;
}

export interface CheckResult {
  readonly targets: readonly TargetResult[];
  readonly passed: number;
  readonly total: number;
  readonly runs: number;
}

export interface CheckOptions {
  readonly seed: string;
  readonly runs: number;
  readonly bootstrap?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export function inBand(value: number | null, accept: { readonly min?: number; readonly max?: number }): boolean {
  return value !== null && (accept.min === undefined || value >= accept.min) && (accept.max === undefined || value <= accept.max);
}

export async function checkTargets(params: ModelParams, targets: LoadedTargets, options: CheckOptions): Promise<CheckResult> {
  const criteria = targets.targets.flatMap((target) => target.criteria.map((criterion, c) => ({ target, criterion, c })));
  const requests = criteria.map(({ criterion }) => ({ measure: criterion.measure, options: criterion.options as Record<string, unknown> }));
  const observations = await observeRuns(params, options.seed, { from: 0, to: options.runs }, requests, options.onProgress);
  const results = criteria.map(({ target, criterion, c }, r): CriterionResult => {
    const definition = MEASURES[criterion.measure];
    const opts = criterion.options as Record<string, unknown>;
    const own = observations[r]!;
    const estimate = summarizeObservations(definition.statistic, own, allRuns(own.length), opts);
    const interval =
      options.bootstrap === false
        ? { lower: null, upper: null }
        : clusterBootstrap(own.length, (chosen) => summarizeObservations(definition.statistic, own, chosen, opts).value, {
            replicates: BOOTSTRAP_REPLICATES,
            random: bootstrapStream(options.seed, target.id, c),
          });
    return {
      measure: criterion.measure,
      options: opts,
      statistic: definition.statistic,
      unit: definition.unit,
      description: definition.description,
      observed: criterion.observed,
      accept: criterion.accept,
      estimate: estimate.value,
      lower: interval.lower,
      upper: interval.upper,
      n: estimate.n,
      pass: inBand(estimate.value, criterion.accept),
    };
  });
  let next = 0;
  const targetResults = targets.targets.map((target): TargetResult => {
    const own = results.slice(next, next + target.criteria.length);
    next += target.criteria.length;
    return { id: target.id, fact: target.fact ?? null, title: target.title, criteria: own, pass: own.every((c) => c.pass) };
  });
  return { targets: targetResults, passed: targetResults.filter((t) => t.pass).length, total: targetResults.length, runs: options.runs };
}

/** The bootstrap of one criterion draws from its own stream: adding a target changes no other's interval. */
function bootstrapStream(seed: string, targetId: string, criterion: number): () => number {
  const stream = new Stream(checkBootstrapKey(seed, targetId, criterion));
  return () => stream.next();
}
