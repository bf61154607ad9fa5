/**
 * Statistics of an ensemble, all computed from its tallies (never from kept runs): per-day
 * bands, per-day probabilities, outcome probabilities with Wilson intervals, the Kaplan–Meier
 * curve of "no ceasefire yet" from T0, and distributions of the run outcomes.
 *
 * Phases:
 *   1. per-day bands of rung, intensity and deaths per state             (describeCounts)
 *   2. per-day probabilities: kinetic, truce, ceasefire, border closed
 *   3. outcome probabilities: final states, reaching the ladder's thresholds, …  (wilsonInterval)
 *   4. survival of "no ceasefire yet" counted from T0, censored at the horizon  (kaplanMeier)
 *   5. outcome distributions: peak rung, T0→peak, T0→ceasefire, bouts, deaths, claims
 */
import type { ModelParams } from '../model/types.js';
import { describeCounts, type Distribution } from './describeCounts.js';
import type { Histograms } from './histograms.js';
import { kaplanMeier, type SurvivalCurve } from './kaplanMeier.js';
import { wilsonInterval, type Proportion } from './wilsonInterval.js';
import { reachedRungs } from './reachedRungs.js';

export type BandMeasure = 'rung' | 'intensity' | 'deaths';

export interface BandRow extends Distribution {
  readonly day: number;
  readonly state: string;
  readonly measure: BandMeasure;
}

export interface DailyRow {
  readonly day: number;
  readonly pKinetic: number;
  /** P(this state at a kinetic rung), by state id. */
  readonly pKineticByState: Readonly<Record<string, number>>;
  readonly pTruce: number;
  readonly pCeasefire: number;
  readonly pAgreement: number;
  readonly pBorderClosed: number;
}

export interface ProbabilityRow extends Proportion {
  readonly outcome: string;
  readonly description: string;
}

export interface EnsembleSummary {
  readonly runs: number;
  readonly bands: readonly BandRow[];
  readonly daily: readonly DailyRow[];
  readonly probabilities: readonly ProbabilityRow[];
  /** "No ceasefire yet", from T0; runs without a kinetic day are not at risk. */
  readonly survival: SurvivalCurve;
  readonly distributions: Readonly<Record<string, Distribution>>;
}

/** Days by which "ceasefire by day D" probabilities are reported (counted from day 0). */
export const CEASEFIRE_BY_DAYS = [14, 30, 90] as const;

/**
 * Every statistic `brink ensemble` reports, from an ensemble's tallies.
 *
 * @example
 * const { tallies } = await runEnsemble(scenario, { seed: 'golden', runs: 1000 });
 * const summary = summarizeEnsemble(scenario.params, tallies);
 * const war = summary.probabilities.find((p) => p.outcome === 'final:war'); // { p, lower, upper, … }
 * const medianDays = summary.survival.median; // Kaplan–Meier median days from T0 to a ceasefire
 */
export function summarizeEnsemble(params: ModelParams, tallies: Histograms): EnsembleSummary {
  const runs = tallies.runs;
  return {
    runs,
    bands: bands(params, tallies),
    daily: daily(params, tallies),
    probabilities: outcomeProbabilities(tallies),
    survival: kaplanMeier(tallies.histogram('ceasefireFromT0'), tallies.histogram('censoredFromT0')),
    distributions: outcomeDistributions(params, tallies),
  };
}

function bands(params: ModelParams, tallies: Histograms): BandRow[] {
  const rows: BandRow[] = [];
  const rungs = Array.from({ length: params.ladder.intensity.length }, (_, r) => r);
  // Intensity need not rise with the rung in an overridden ladder: sort its values once.
  const byIntensity = [...rungs].sort((a, b) => params.ladder.intensity[a]! - params.ladder.intensity[b]! || a - b);
  const intensityValues = byIntensity.map((r) => params.ladder.intensity[r]!);
  const deathValues = tallies.binValues('deathsByDay');
  for (let day = 0; day < tallies.days; day += 1) {
    for (let i = 0; i < 2; i += 1) {
      const state = params.states[i as 0 | 1].id;
      const rungCounts = tallies.histogram('rungByDay', day * 2 + i);
      rows.push({ day, state, measure: 'rung', ...describeCounts(rungs, rungCounts) });
      rows.push({ day, state, measure: 'intensity', ...describeCounts(intensityValues, byIntensity.map((r) => rungCounts[r]!)) });
      rows.push({ day, state, measure: 'deaths', ...describeCounts(deathValues, tallies.histogram('deathsByDay', day * 2 + i)) });
    }
  }
  return rows;
}

function daily(params: ModelParams, tallies: Histograms): DailyRow[] {
  const runs = tallies.runs;
  const share = (k: number) => (runs === 0 ? 0 : k / runs);
  const rows: DailyRow[] = [];
  for (let day = 0; day < tallies.days; day += 1) {
    const byState: Record<string, number> = {};
    for (let i = 0; i < 2; i += 1) {
      const counts = tallies.histogram('rungByDay', day * 2 + i);
      let kinetic = 0;
      for (let r = params.ladder.thresholds.kinetic; r < counts.length; r += 1) kinetic += counts[r]!;
      byState[params.states[i as 0 | 1].id] = share(kinetic);
    }
    const ceasefire = tallies.histogram('ceasefireByDay', day);
    rows.push({
      day,
      pKinetic: share(tallies.histogram('kineticByDay', day)[1]!),
      pKineticByState: byState,
      pTruce: share(ceasefire[1]!),
      pCeasefire: share(ceasefire[2]! + ceasefire[3]!),
      pAgreement: share(ceasefire[3]!),
      pBorderClosed: share(tallies.histogram('borderClosedByDay', day)[1]!),
    });
  }
  return rows;
}

/** Phase 3 alone (sweeps summarize each point without per-day statistics). */
export function outcomeProbabilities(tallies: Histograms): ProbabilityRow[] {
  const n = tallies.runs;
  const rows: ProbabilityRow[] = [];
  const finals = tallies.histogram('finalState');
  tallies.finalStates.forEach((state, s) => {
    rows.push({ outcome: `final:${state}`, description: `final state is ${state}`, ...wilsonInterval(finals[s]!, n) });
  });
  const peaks = tallies.histogram('peakRung');
  for (const rung of reachedRungs(tallies.ladder)) {
    let k = 0;
    for (let r = rung; r < peaks.length; r += 1) k += peaks[r]!;
    rows.push({ outcome: `reached:${rung}`, description: `some rung ≥ ${rung} during the run`, ...wilsonInterval(k, n) });
  }
  const ceasefireDays = tallies.histogram('ceasefireDay');
  for (const by of CEASEFIRE_BY_DAYS) {
    let k = 0;
    for (let day = 0; day <= Math.min(by, ceasefireDays.length - 1); day += 1) k += ceasefireDays[day]!;
    rows.push({ outcome: `ceasefire:by${by}`, description: `a ceasefire began by day ${by}`, ...wilsonInterval(k, n) });
  }
  // Recurrence and escalation across bouts: the two regimes analysts describe (docs/regimes.md).
  const bouts = tallies.histogram('bouts');
  let recurred = 0;
  for (let count = 2; count < bouts.length; count += 1) recurred += bouts[count]!;
  rows.push({ outcome: 'bouts:recur', description: 'two bouts or more', ...wilsonInterval(recurred, n) });
  rows.push({ outcome: 'bouts:climb', description: 'a later bout peaked above the first', ...wilsonInterval(tallies.histogram('boutsClimbed')[1]!, n) });
  let anyCeasefire = 0;
  for (let day = 0; day < ceasefireDays.length; day += 1) anyCeasefire += ceasefireDays[day]!;
  rows.push({ outcome: 'ceasefire:any', description: 'a ceasefire began within the horizon', ...wilsonInterval(anyCeasefire, n) });
  return rows;
}

/** Phase 5 alone. */
export function outcomeDistributions(params: ModelParams, tallies: Histograms): Record<string, Distribution> {
  const describe = (name: string, index = 0) => describeCounts(tallies.binValues(name), tallies.histogram(name, index));
  const out: Record<string, Distribution> = {
    peakRung: describe('peakRung'),
    firstKineticDay: describe('firstKineticDay'),
    t0ToPeak: describe('t0ToPeak'),
    t0ToCeasefire: describe('ceasefireFromT0'),
    bouts: describe('bouts'),
    boutLength: describe('boutLength'),
    boutPeakRung: describe('boutPeak'),
    boutGap: describe('boutGap'),
    borderClosedDays: describe('borderClosedDays'),
  };
  for (let i = 0; i < 2; i += 1) {
    const id = params.states[i as 0 | 1].id;
    for (const name of tallies.stateTotals) out[`${id}.${name}`] = describe(name, i);
    out[`${id}.claimRatio`] = describe('claimRatio', i);
  }
  return out;
}
