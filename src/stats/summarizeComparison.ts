/**
 * Statistics of a paired comparison (`brink compare`): for each outcome, A, B and the paired
 * difference B − A with a 95% interval. Binary outcomes: proportions, Newcombe's paired interval
 * and McNemar's test. Counts and days: means, with a paired bootstrap (its own seeded stream per
 * outcome) or, for very large ensembles, the normal interval. Both ensembles' own summaries come
 * along for the per-day charts.
 *
 * Phases:
 *   1. each scenario's ensemble summary, from its tallies             (summarizeEnsemble)
 *   2. binary outcomes: paired 2×2 table per outcome                  (pairedProportionDifference, mcnemarTest)
 *   3. counts and days: paired values per outcome                     (pairedMeanDifference)
 *
 * @example summarizeComparison(a.params, b.params, await runComparison(a.params, b.params, { seed: 's', runs: 200, workers: 1 }), 's').rows[0].outcome // 'ceasefire:by14'
 */
import { compareBootstrapKey, Stream } from '../model/index.js';
import type { Ladder, ModelParams } from '../model/types.js';
import type { OutcomeColumns, PairedEnsembles } from './histograms.js';
import { mcnemarTest, type McNemarResult } from './mcnemarTest.js';
import { pairedMeanDifference } from './pairedMeanDifference.js';
import { pairedProportionDifference } from './pairedProportionDifference.js';
import { CEASEFIRE_BY_DAYS, summarizeEnsemble, type EnsembleSummary } from './summarizeEnsemble.js';
import { reachedRungs } from './reachedRungs.js';

export interface ComparisonRow {
  /** Outcome id, as in an ensemble's probabilities and distributions: `ceasefire:by30`, `peakRung`. */
  readonly outcome: string;
  readonly description: string;
  readonly kind: 'probability' | 'mean';
  /** What A, B and the difference are measured in. */
  readonly unit: string;
  /** Pairs behind the row (fewer than the runs where the outcome needs a T0 in both). */
  readonly n: number;
  readonly a: number | null;
  readonly b: number | null;
  /** B − A. */
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly method: string;
  /** Binary outcomes only: runs where it happened under A but not B, and the reverse. */
  readonly aOnly: number | null;
  readonly bOnly: number | null;
  readonly mcnemar: McNemarResult | null;
}

export interface ComparisonSummary {
  readonly runs: number;
  readonly rows: readonly ComparisonRow[];
  readonly a: EnsembleSummary;
  readonly b: EnsembleSummary;
}

/** The interval method of binary outcomes, as written in differences.csv. */
export const PROPORTION_METHOD = 'Newcombe paired score (method 10)';

/** Key of an outcome's bootstrap stream: apart from every run stream (model/streamKeys.ts). */
export { compareBootstrapKey as bootstrapKey } from '../model/index.js';

/** A binary outcome: given one scenario's runs, whether it happened in run k. */
type Binary = { readonly outcome: string; readonly description: string; readonly indicator: (o: OutcomeColumns) => (k: number) => boolean };
/** A measured outcome: the paired values of the two scenarios' runs (pairs without a value left out). */
type Measure = {
  readonly outcome: string;
  readonly description: string;
  readonly unit: string;
  readonly pairs: (a: OutcomeColumns, b: OutcomeColumns) => readonly [Float64Array, Float64Array];
};

function binaryOutcomes(ladder: Ladder, finalStates: readonly string[]): Binary[] {
  const ceasefireBy = (by: number): Binary => ({
    outcome: `ceasefire:by${by}`,
    description: `a ceasefire began by day ${by}`,
    // NaN (no ceasefire) compares false.
    indicator: (o) => ((days) => (k) => days[k]! <= by)(o.column('ceasefireDay')),
  });
  return [
    ...CEASEFIRE_BY_DAYS.map(ceasefireBy),
    {
      outcome: 'ceasefire:any',
      description: 'a ceasefire began within the horizon',
      indicator: (o) => ((days) => (k) => !Number.isNaN(days[k]!))(o.column('ceasefireDay')),
    },
    ...reachedRungs(ladder).map((rung): Binary => ({
      outcome: `reached:${rung}`,
      description: `some rung ≥ ${rung} during the run`,
      indicator: (o) => ((peaks) => (k) => peaks[k]! >= rung)(o.column('peakRung')),
    })),
    ...finalStates.map((state, s): Binary => ({
      outcome: `final:${state}`,
      description: `final state is ${state}`,
      indicator: (o) => ((finals) => (k) => finals[k] === s)(o.column('finalState')),
    })),
  ];
}

function measures(params: ModelParams, targeted: ReadonlySet<number>): Measure[] {
  const plain = (outcome: string, description: string, unit: string, field = outcome): Measure => ({
    outcome,
    description,
    unit,
    pairs: (a, b) => [a.column(field), b.column(field)],
  });
  return [
    plain('peakRung', 'peak rung', 'rungs'),
    { outcome: 't0ToCeasefire', description: 'days T0 → ceasefire (or horizon)', unit: 'days', pairs: (a, b) => timesToCeasefire(a, b, params.days) },
    plain('bouts', 'bouts per run', 'bouts'),
    plain('kineticDays', 'days with a kinetic rung', 'days'),
    plain('borderClosedDays', 'days the border was closed', 'days'),
    ...params.states.map((state) => plain(`${state.id}.trueDeaths`, `${state.id}: true interstate deaths`, 'deaths', `${state.id}_trueDeaths`)),
    // Only for states some spoiler targets: elsewhere the row would be zeros on both sides.
    ...params.states
      .filter((_, i) => targeted.has(i))
      .map((state) => plain(`${state.id}.spoilerDeaths`, `${state.id}: deaths from spoiler attacks`, 'deaths', `${state.id}_spoilerDeaths`)),
  ];
}

export function summarizeComparison(paramsA: ModelParams, paramsB: ModelParams, result: PairedEnsembles, seed: string, confidence = 0.95): ComparisonSummary {
  const a = result.a.outcomes;
  const b = result.b.outcomes;
  if (a.length !== b.length) throw new RangeError(`unpaired comparison: ${a.length} runs of A, ${b.length} of B`);
  const rows: ComparisonRow[] = [];
  for (const binary of binaryOutcomes(paramsA.ladder, a.finalStates)) rows.push(binaryRow(binary, a, b, confidence));
  const targeted = new Set([...paramsA.spoilers, ...paramsB.spoilers].map((s) => s.target));
  for (const measure of measures(paramsA, targeted)) rows.push(meanRow(measure, a, b, seed, confidence));
  return {
    runs: a.length,
    rows,
    a: summarizeEnsemble(paramsA, result.a.tallies),
    b: summarizeEnsemble(paramsB, result.b.tallies),
  };
}

function binaryRow(binary: Binary, a: OutcomeColumns, b: OutcomeColumns, confidence: number): ComparisonRow {
  const inA = binary.indicator(a);
  const inB = binary.indicator(b);
  let both = 0;
  let aOnly = 0;
  let bOnly = 0;
  let neither = 0;
  for (let k = 0; k < a.length; k += 1) {
    const yesA = inA(k);
    const yesB = inB(k);
    if (yesA && yesB) both += 1;
    else if (yesA) aOnly += 1;
    else if (yesB) bOnly += 1;
    else neither += 1;
  }
  return {
    outcome: binary.outcome,
    description: binary.description,
    kind: 'probability',
    unit: 'probability',
    ...pairedProportionDifference({ both, aOnly, bOnly, neither }, confidence),
    method: PROPORTION_METHOD,
    aOnly,
    bOnly,
    mcnemar: mcnemarTest(aOnly, bOnly),
  };
}

/**
 * Days from T0 to the first ceasefire, counted to the horizon (days − T0) when there is none:
 * a restricted mean, defined for every run with a T0, so no pair is dropped for being
 * censored. Pairs where either run has no kinetic day have no T0 and are left out (`n` says).
 */
function timesToCeasefire(a: OutcomeColumns, b: OutcomeColumns, days: number): [Float64Array, Float64Array] {
  const [t0A, t0B] = [a.column('firstKineticDay'), b.column('firstKineticDay')];
  const [ceasefireA, ceasefireB] = [a.column('ceasefireDay'), b.column('ceasefireDay')];
  const time = (t0: number, ceasefire: number) => Math.max(0, (Number.isNaN(ceasefire) ? days : ceasefire) - t0);
  const valuesA: number[] = [];
  const valuesB: number[] = [];
  for (let k = 0; k < a.length; k += 1) {
    if (Number.isNaN(t0A[k]!) || Number.isNaN(t0B[k]!)) continue;
    valuesA.push(time(t0A[k]!, ceasefireA[k]!));
    valuesB.push(time(t0B[k]!, ceasefireB[k]!));
  }
  return [Float64Array.from(valuesA), Float64Array.from(valuesB)];
}

function meanRow(measure: Measure, a: OutcomeColumns, b: OutcomeColumns, seed: string, confidence: number): ComparisonRow {
  const { outcome, description, unit } = measure;
  const [valuesA, valuesB] = measure.pairs(a, b);
  let stream: Stream | undefined;
  const random = () => (stream ??= new Stream(compareBootstrapKey(seed, outcome))).next();
  return { outcome, description, kind: 'mean', unit, ...pairedMeanDifference(valuesA, valuesB, random, confidence), aOnly: null, bOnly: null, mcnemar: null };
}
