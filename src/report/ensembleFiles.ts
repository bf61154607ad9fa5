/**
 * The statistics files of an ensemble folder (ARCHITECTURE.md "Outputs"; columns in
 * docs/outputs.md): bands.csv, daily.csv, probabilities.csv, survival.csv and summary.json.
 */
import type { ModelParams } from '../model/types.js';
import type { EnsembleSummary } from '../stats/index.js';
import { toCsv, type Cell } from './csv.js';
import { dayDate } from './dates.js';

const QUANTILE_COLUMNS = ['n', 'mean', 'p05', 'p25', 'p50', 'p75', 'p95'] as const;

export function bandsCsv(summary: EnsembleSummary, startDate: string | undefined): string {
  const rows = summary.bands.map((b): Cell[] => [b.day, dayDate(startDate, b.day), b.state, b.measure, ...QUANTILE_COLUMNS.map((c) => b[c])]);
  return toCsv(['day', 'date', 'state', 'measure', ...QUANTILE_COLUMNS], rows);
}

export function dailyCsv(params: ModelParams, summary: EnsembleSummary, startDate: string | undefined): string {
  const ids = params.states.map((s) => s.id);
  const rows = summary.daily.map((d): Cell[] => [
    d.day, dayDate(startDate, d.day), d.pKinetic, ...ids.map((id) => d.pKineticByState[id]), d.pTruce, d.pCeasefire,
    d.pAgreement, d.pBorderClosed,
  ]);
  return toCsv(['day', 'date', 'pKinetic', ...ids.map((id) => `pKinetic_${id}`), 'pTruce', 'pCeasefire', 'pAgreement', 'pBorderClosed'], rows);
}

export function probabilitiesCsv(summary: EnsembleSummary): string {
  const rows = summary.probabilities.map((p): Cell[] => [p.outcome, p.description, p.k, p.n, p.p, p.lower, p.upper]);
  return toCsv(['outcome', 'description', 'k', 'n', 'p', 'lower', 'upper'], rows);
}

export function survivalCsv(summary: EnsembleSummary): string {
  const rows = summary.survival.points.map((s): Cell[] => [s.t, s.atRisk, s.events, s.censored, s.survival, s.lower, s.upper]);
  return toCsv(['t', 'atRisk', 'events', 'censored', 'survival', 'lower', 'upper'], rows);
}

/** Rounds every number in a JSON value to 6 decimals, like the CSV files, for stable bytes. */
export function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  }
  return value;
}

/**
 * summary.json: what was computed (the manifest's provenance, no timing) and the headline
 * statistics; the per-day series are in the CSV files.
 */
export function summaryJson(provenance: object, summary: EnsembleSummary): string {
  const { survival } = summary;
  const body = {
    ...provenance,
    statistics: {
      runs: summary.runs,
      probabilities: summary.probabilities,
      timeToCeasefire: {
        from: 'T0 (first kinetic day); runs without one are not at risk; censored at the horizon',
        n: survival.n,
        events: survival.events,
        median: survival.median,
        medianLower: survival.medianLower,
        medianUpper: survival.medianUpper,
      },
      distributions: summary.distributions,
    },
  };
  return `${JSON.stringify(rounded(body), null, 2)}\n`;
}
