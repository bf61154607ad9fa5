/**
 * The data files of an ensemble folder (docs/architecture.md "Outputs"; columns in
 * docs/outputs.md): outcomes.csv (streamed as runs finish), tallies.json, bands.csv, daily.csv,
 * probabilities.csv, survival.csv and summary.json.
 */
import type { ModelParams } from '../../model/types.js';
import { provenanceRecord, type ManifestInput } from '../../report/manifest.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { EnsembleTallies } from '../../sim/tallies.js';
import { encodeTallies } from '../../sim/talliesCodec.js';
import type { EnsembleSummary } from '../../stats/index.js';
import { toCsv, type Cell } from '../../report/csv.js';
import { dayDate } from '../../report/dates.js';
import { roundedJson } from '../../report/roundedJson.js';

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
  return roundedJson(body);
}


export const OUTCOMES_FILE = 'outcomes.csv';
export const TALLIES_FILE = 'tallies.json';

/** Every file of an ensemble folder but outcomes.csv and the manifest (also what replay recomputes). */
export function ensembleStatisticsFiles(
  scenario: LoadedScenario,
  tallies: EnsembleTallies,
  summary: EnsembleSummary,
  manifest: ManifestInput,
): Map<string, string> {
  const start = scenario.info.startDate;
  return new Map([
    [TALLIES_FILE, encodeTallies(tallies)],
    ['bands.csv', bandsCsv(summary, start)],
    ['daily.csv', dailyCsv(scenario.params, summary, start)],
    ['probabilities.csv', probabilitiesCsv(summary)],
    ['survival.csv', survivalCsv(summary)],
    ['summary.json', summaryJson(provenanceRecord(manifest), summary)],
  ]);
}
