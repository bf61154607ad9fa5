/**
 * What a sweep reports per design point, by name: counted outcomes (k of the point's runs,
 * shown as probabilities with Wilson intervals) and medians and means of run outcomes. The
 * names are the columns of points.csv and the choices of `brink sweep --outcome`.
 */
import type { ModelParams } from '../model/types.js';

export interface CountedOutcome {
  readonly name: string;
  /** The row of an ensemble's probabilities it is read from. */
  readonly source: string;
  /** Short, for legends and titles. */
  readonly label: string;
  readonly description: string;
}

/** Counted outcomes: final states, rungs reached, an early ceasefire. */
export const COUNTED_OUTCOMES: readonly CountedOutcome[] = [
  { name: 'pAgreement', label: 'P(agreement)', source: 'final:agreement', description: 'P(final state is agreement)' },
  { name: 'pCeasefire', label: 'P(ceasefire at the end)', source: 'final:ceasefire', description: 'P(final state is ceasefire)' },
  { name: 'pWar', label: 'P(war)', source: 'final:war', description: 'P(final state is war: rung 8 in the last 14 days)' },
  { name: 'pFizzled', label: 'P(fizzled)', source: 'final:fizzled', description: 'P(final state is fizzled: no kinetic day in the last 14 days)' },
  { name: 'pConflict', label: 'P(conflict at the end)', source: 'final:conflict', description: 'P(final state is conflict)' },
  { name: 'pReached6', label: 'P(rung ≥ 6)', source: 'reached:6', description: 'P(some rung ≥ 6 during the run)' },
  { name: 'pReached7', label: 'P(rung ≥ 7)', source: 'reached:7', description: 'P(some rung ≥ 7 during the run)' },
  { name: 'pReached8', label: 'P(rung 8)', source: 'reached:8', description: 'P(rung 8 during the run)' },
  { name: 'pCeasefireBy30', label: 'P(ceasefire by day 30)', source: 'ceasefire:by30', description: 'P(a ceasefire began by day 30)' },
  { name: 'pRecur', label: 'P(bouts recur)', source: 'bouts:recur', description: 'P(two bouts or more)' },
  { name: 'pClimb', label: 'P(a later bout climbs higher)', source: 'bouts:climb', description: 'P(a later bout peaked at a higher rung than the first)' },
];

export interface ValueOutcome {
  readonly name: string;
  readonly description: string;
  /** The unit alone (legend titles); the description names it too. */
  readonly unit: string;
}

/** Medians and means of run outcomes; per-state deaths are added per scenario (valueOutcomes). */
const FIXED_VALUES: readonly ValueOutcome[] = [
  { name: 'medianPeakRung', description: 'median peak rung (0–8)', unit: 'rung' },
  { name: 'meanPeakRung', description: 'mean peak rung (0–8)', unit: 'rung' },
  { name: 'medianBouts', description: 'median bouts per run', unit: 'bouts' },
  { name: 'meanBouts', description: 'mean bouts per run', unit: 'bouts' },
  { name: 'meanBoutPeakRung', description: 'mean peak rung of a bout (0–8)', unit: 'rung' },
  { name: 'medianBoutGap', description: 'median quiet days between bouts (empty: no run had two bouts)', unit: 'days' },
  { name: 'medianT0ToCeasefire', description: 'median days from T0 to a ceasefire (Kaplan–Meier; empty: not reached)', unit: 'days' },
  { name: 'medianBorderClosedDays', description: 'median days the border was closed', unit: 'days' },
  { name: 'meanBorderClosedDays', description: 'mean days the border was closed', unit: 'days' },
];

/** Every value outcome of a scenario, in column order: the fixed ones, then deaths. */
export function valueOutcomes(params: ModelParams): ValueOutcome[] {
  return [
    ...FIXED_VALUES,
    ...params.states.map((s) => ({ name: `medianDeaths_${s.id}`, description: `median true interstate deaths suffered by ${s.id} per run`, unit: 'deaths' })),
    { name: 'meanDeaths', description: 'mean true interstate deaths per run, both states together', unit: 'deaths' },
  ];
}

/**
 * Outcomes that are a number at every point, so Sobol' indices can be computed for them
 * (`--outcome`): the counted ones as probabilities, and means or medians that always exist.
 */
export const SCALAR_OUTCOMES: readonly string[] = [
  ...COUNTED_OUTCOMES.map((o) => o.name),
  'medianPeakRung',
  'meanPeakRung',
  'meanBouts',
  'meanBorderClosedDays',
  'meanDeaths',
];

export function isCountedOutcome(name: string): boolean {
  return COUNTED_OUTCOMES.some((o) => o.name === name);
}

/** An outcome's short label, description and axis title. */
export function describeOutcome(name: string, params: ModelParams): { label: string; description: string; unit: string } {
  const counted = COUNTED_OUTCOMES.find((o) => o.name === name);
  if (counted !== undefined) return { label: counted.label, description: counted.description, unit: 'probability' };
  const value = valueOutcomes(params).find((o) => o.name === name);
  return value === undefined ? { label: name, description: name, unit: '' } : { label: value.description, description: value.description, unit: value.unit };
}

/**
 * A scalar outcome's value at a point: a counted outcome as its proportion k/runs, a value
 * outcome as itself (null where undefined).
 *
 * @example outcomeValue({ runs: 200, counts: { pWar: 31 }, values: {} }, 'pWar') // 0.155
 */
export function outcomeValue(statistics: { readonly runs: number; readonly counts: Readonly<Record<string, number>>; readonly values: Readonly<Record<string, number | null>> }, name: string): number | null {
  if (isCountedOutcome(name)) return statistics.runs === 0 ? null : statistics.counts[name]! / statistics.runs;
  return statistics.values[name] ?? null;
}
