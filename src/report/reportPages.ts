/** The tables of each output folder's index.html: the key results, as a person reads them. */
import type { RunResult } from '../model/index.js';
import type { ReportTable } from '../render/htmlReport.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { EnsembleSummary } from '../stats/index.js';

const pct = (p: number | null) => (p === null ? '–' : `${(100 * p).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '–' : String(Math.round(x * 100) / 100));

export function runTables(scenario: LoadedScenario, result: RunResult): ReportTable[] {
  const o = result.outcome;
  const { params } = scenario;
  return [
    {
      heading: 'Run outcome',
      columns: ['measure', 'value'],
      rows: [
        ['first kinetic day (T0)', num(o.firstKineticDay)],
        ['peak rung', `${o.peakRung} ${params.ladder.name[o.peakRung] ?? ''} (day ${o.peakRungDay})`],
        ['deadliest day of the first bout, from T0', num(o.peakDay)],
        ['first ceasefire day', o.ceasefireDay === null ? `none within ${params.days} days` : String(o.ceasefireDay)],
        ['bouts', `${o.bouts.length}`],
        ['days with a kinetic rung', String(o.kineticDays)],
        ['border closed (days)', String(o.borderClosedDays)],
        ['final state', o.finalState],
      ],
    },
    {
      heading: 'Deaths suffered',
      columns: ['state', 'true (interstate)', 'claimed by the enemy', 'admitted', 'from spoiler attacks'],
      rows: params.states.map((state, i) => {
        const own = o.totals[i as 0 | 1];
        const enemy = o.totals[i === 0 ? 1 : 0];
        return [state.id, String(own.militaryDeaths + own.civilianDeaths), String(enemy.claimedEnemyDeaths), String(own.admittedDeaths), String(own.spoilerDeaths)];
      }),
    },
  ];
}

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
