/** The tables of a comparison folder's index.html, and the formatting the CLI summary shares. */
import type { ReportTable } from '../../render/htmlReport.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { ComparisonRow, ComparisonSummary } from '../../stats/index.js';

/**
 * Decimals for a row: probabilities in percent with one; means with as many as their size
 * needs (0 from 100, 1 from 10, else 2), the same for A, B, the difference and its interval.
 */
function decimals(row: ComparisonRow): number {
  if (row.kind === 'probability') return 1;
  const size = Math.max(...[row.a, row.b, row.difference].map((x) => Math.abs(x ?? 0)));
  return size >= 100 ? 0 : size >= 10 ? 1 : 2;
}

/** A, B or their difference, as a person reads it: percent / percentage points, or the mean. */
export function formatValue(row: ComparisonRow, value: number | null, signed = false): string {
  if (value === null) return '–';
  let text = (row.kind === 'probability' ? 100 * value : value).toFixed(decimals(row));
  if (/^-0\.?0*$/.test(text)) text = text.slice(1);
  if (signed && Number(text) > 0) text = `+${text}`;
  text = text.replace('-', '−');
  if (row.kind !== 'probability') return text;
  return signed ? `${text} pp` : `${text}%`;
}

export function formatInterval(row: ComparisonRow): string {
  if (row.lower === null || row.upper === null) return '–';
  const unit = row.kind === 'probability' ? ' pp' : '';
  const strip = (text: string) => text.replace(/ pp$/, '');
  return `[${strip(formatValue(row, row.lower, true))}, ${strip(formatValue(row, row.upper, true))}]${unit}`;
}

export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined) return '–';
  if (p < 0.0001) return '< 0.0001';
  return p >= 0.1 ? p.toFixed(2) : p.toPrecision(2);
}

export function compareTables(a: LoadedScenario, b: LoadedScenario, summary: ComparisonSummary): ReportTable[] {
  const probabilities = summary.rows.filter((r) => r.kind === 'probability');
  const means = summary.rows.filter((r) => r.kind === 'mean');
  return [
    {
      heading: 'Outcome probabilities: A, B and the paired difference B − A (Newcombe 95% interval, McNemar test)',
      columns: ['outcome', 'A', 'B', 'B − A', '95% interval', 'runs where only A / only B', 'McNemar p'],
      rows: probabilities.map((r) => [
        r.description,
        formatValue(r, r.a),
        formatValue(r, r.b),
        formatValue(r, r.difference, true),
        formatInterval(r),
        `${r.aOnly} / ${r.bOnly}`,
        `${formatP(r.mcnemar?.p)} (${r.mcnemar?.method ?? ''})`,
      ]),
    },
    {
      heading: 'Means per run: A, B and the mean paired difference B − A (95% interval)',
      columns: ['outcome', 'unit', 'A', 'B', 'B − A', '95% interval', 'pairs', 'interval'],
      rows: means.map((r) => [r.description, r.unit, formatValue(r, r.a), formatValue(r, r.b), formatValue(r, r.difference, true), formatInterval(r), String(r.n), r.method]),
    },
    {
      heading: 'What was compared',
      columns: ['', 'scenario', 'file', 'overrides', 'parameters (sha256)'],
      rows: [
        ['A', a.info.name, a.file, a.overrides.join(' ') || '–', a.paramsHash.slice(0, 16)],
        ['B', b.info.name, b.file, b.overrides.join(' ') || '–', b.paramsHash.slice(0, 16)],
      ],
    },
  ];
}
