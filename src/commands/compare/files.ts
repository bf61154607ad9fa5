/**
 * The data files of a comparison folder (columns in docs/outputs.md): `paired.csv` (one row per
 * run index, both scenarios' outcomes side by side), `differences.csv` (one row per outcome),
 * `daily.csv` (per-day probabilities and rung bands of both) and `summary.json`.
 */
import type { ModelParams } from '../../model/types.js';
import type { RunOutcomeColumns } from '../../sim/runOutcomeColumns.js';
import { FINAL_STATES } from '../../sim/tallies.js';
import type { ComparisonRow, ComparisonSummary, EnsembleSummary } from '../../stats/index.js';
import type { StreamedFile } from '../../report/atomicFolder.js';
import { formatCell, toCsv, type Cell } from '../../report/csv.js';
import { dayDate } from '../../report/dates.js';
import { rounded } from '../../report/roundedJson.js';

/** Rows per write when streaming paired.csv: memory stays flat whatever the number of runs. */
const CHUNK = 1000;

/** Writes paired.csv: `runIndex`, then `a_<field>`, `b_<field>` for each outcome field. */
export function writePairedCsv(file: StreamedFile, a: RunOutcomeColumns, b: RunOutcomeColumns, firstRunIndex: number): void {
  const fields = a.fields;
  file.write(`${['runIndex', ...fields.flatMap((f) => [`a_${f}`, `b_${f}`])].join(',')}\n`);
  const columns = fields.map((f) => [a.column(f), b.column(f)] as const);
  const value = (field: string, x: number): Cell => (Number.isNaN(x) ? null : field === 'finalState' ? FINAL_STATES[x] : x);
  let chunk = '';
  for (let k = 0; k < a.length; k += 1) {
    const cells: string[] = [String(firstRunIndex + k)];
    columns.forEach(([ca, cb], f) => cells.push(formatCell(value(fields[f]!, ca[k]!)), formatCell(value(fields[f]!, cb[k]!))));
    chunk += `${cells.join(',')}\n`;
    if ((k + 1) % CHUNK === 0) {
      file.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') file.write(chunk);
}

export const DIFFERENCE_COLUMNS = [
  'outcome', 'description', 'kind', 'unit', 'n', 'a', 'b', 'difference', 'lower', 'upper', 'method',
  'aOnly', 'bOnly', 'mcnemarStatistic', 'mcnemarP', 'mcnemarMethod',
] as const;

/**
 * p-values keep 6 significant digits, not 6 decimals: the files' usual rounding would turn a
 * p-value of 10⁻⁹ into 0.
 */
function significant(p: number): number {
  return Number(p.toPrecision(6));
}

function pValueCell(p: number | undefined): Cell {
  if (p === undefined) return null;
  return p !== 0 && p < 1e-6 ? significant(p).toExponential() : p;
}

export function differencesCsv(rows: readonly ComparisonRow[]): string {
  return toCsv(
    DIFFERENCE_COLUMNS,
    rows.map((r): Cell[] => [
      r.outcome, r.description, r.kind, r.unit, r.n, r.a, r.b, r.difference, r.lower, r.upper, r.method,
      r.aOnly, r.bOnly, r.mcnemar?.statistic, pValueCell(r.mcnemar?.p), r.mcnemar?.method,
    ]),
  );
}

/** Per day: P(kinetic), P(ceasefire or agreement), P(border closed), and rung quartiles per state, for A and B. */
export function compareDailyCsv(params: ModelParams, a: EnsembleSummary, b: EnsembleSummary, startDate: string | undefined): string {
  const ids = params.states.map((s) => s.id);
  const both = (name: string) => [`a_${name}`, `b_${name}`];
  const header = [
    'day', 'date', ...both('pKinetic'), ...both('pCeasefire'), ...both('pBorderClosed'),
    ...ids.flatMap((id) => ['P25', 'P50', 'P75'].flatMap((q) => both(`${id}_rung${q}`))),
  ];
  const rungBands = (summary: EnsembleSummary) => {
    const byKey = new Map<string, { p25: number | null; p50: number | null; p75: number | null }>();
    for (const band of summary.bands) if (band.measure === 'rung') byKey.set(`${band.day}/${band.state}`, band);
    return byKey;
  };
  const [bandsA, bandsB] = [rungBands(a), rungBands(b)];
  const rows = a.daily.map((da, day): Cell[] => {
    const db = b.daily[day]!;
    const quartiles = ids.flatMap((id) => {
      const [qa, qb] = [bandsA.get(`${day}/${id}`), bandsB.get(`${day}/${id}`)];
      return [qa?.p25, qb?.p25, qa?.p50, qb?.p50, qa?.p75, qb?.p75];
    });
    return [day, dayDate(startDate, day), da.pKinetic, db.pKinetic, da.pCeasefire, db.pCeasefire, da.pBorderClosed, db.pBorderClosed, ...quartiles];
  });
  return toCsv(header, rows);
}

/** summary.json: what was compared (the manifest's provenance, no timing) and every difference. */
export function compareSummaryJson(provenance: object, summary: ComparisonSummary): string {
  const differences = summary.rows.map((row) => {
    const { mcnemar, ...rest } = rounded(row) as ComparisonRow;
    return { ...rest, mcnemar: row.mcnemar === null ? null : { ...mcnemar!, p: significant(row.mcnemar.p) } };
  });
  return `${JSON.stringify({ ...(rounded(provenance) as object), statistics: { runs: summary.runs, differences } }, null, 2)}\n`;
}
