/** The tables of `brink ensemble`'s index.html: probabilities, time to ceasefire, distributions. */
import type { ReportTable } from '../../render/htmlReport.js';
import type { EnsembleSummary } from '../../stats/index.js';

const pct = (p: number | null) => (p === null ? '–' : `${(100 * p).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '–' : String(Math.round(x * 100) / 100));

export function ensembleTables(summary: EnsembleSummary): ReportTable[] {
  return [
    {
      heading: 'Outcome probabilities (Wilson 95% intervals)',
      columns: ['outcome', 'probability', 'lower', 'upper', 'runs'],
      rows: summary.probabilities.map((p) => [p.description, pct(p.p), pct(p.lower), pct(p.upper), `${p.k} of ${p.n}`]),
    },
    {
      heading: 'Time to ceasefire from T0 (Kaplan–Meier)',
      columns: ['measure', 'value'],
      rows: [
        ['median (days)', num(summary.survival.median)],
        ['95% interval', `${num(summary.survival.medianLower)} – ${num(summary.survival.medianUpper)}`],
        ['runs at risk (with a kinetic day)', String(summary.survival.n)],
        ['runs with a ceasefire', String(summary.survival.events)],
      ],
    },
    {
      heading: 'Distributions over runs',
      columns: ['measure', 'median', '5%', '95%', 'mean', 'n'],
      rows: Object.entries(summary.distributions).map(([name, d]) => [name, num(d.p50), num(d.p05), num(d.p95), num(d.mean), String(d.n)]),
    },
  ];
}
