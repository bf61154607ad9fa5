/** The tables of `brink run`'s index.html: the run's outcome and deaths, as a person reads them. */
import type { RunResult } from '../../model/index.js';
import type { ReportTable } from '../../render/htmlReport.js';
import type { LoadedScenario } from '../../scenarios/index.js';

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

