/** The short summary of a run that `brink run` prints for a person. */
import type { RunResult } from '../../model/index.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import { dayDate } from '../../report/dates.js';

export function runSummaryText(scenario: LoadedScenario, result: RunResult, folder: string): string {
  const { params, info } = scenario;
  const o = result.outcome;
  const when = (day: number | null): string => {
    if (day === null) return 'none';
    const date = dayDate(info.startDate, day);
    return date === undefined ? `day ${day}` : `day ${day} (${date})`;
  };
  const t0 = o.firstKineticDay;
  const fromT0 = (day: number | null) => (day === null || t0 === null ? '' : `, T0+${day - t0}`);
  const lines = [
    `brink run ${info.name} · seed ${result.seed} · run ${result.runIndex} · ${params.days} days`,
    `  T0 (first kinetic day)  ${when(t0)}`,
    `  peak rung               ${o.peakRung} ${params.ladder.name[o.peakRung]}, first on ${when(o.peakRungDay)}${fromT0(o.peakRungDay)}`,
    `  ceasefire               ${o.ceasefireDay === null ? `none within ${params.days} days` : `${when(o.ceasefireDay)}${fromT0(o.ceasefireDay)}`}`,
    `  bouts                   ${o.bouts.length}${o.bouts.length > 0 ? ` (peak rungs ${o.bouts.map((b) => b.peakRung).join(', ')})` : ''}`,
    `  border closed           ${o.borderClosedDays} days`,
    `  final state             ${o.finalState}`,
    `  deaths suffered         true  claimed by enemy  admitted  (spoiler attacks)`,
  ];
  const width = Math.max(...params.states.map((s) => s.id.length));
  params.states.forEach((state, i) => {
    const own = o.totals[i as 0 | 1];
    const enemy = o.totals[i === 0 ? 1 : 0];
    const interstate = own.militaryDeaths + own.civilianDeaths;
    lines.push(
      `    ${state.id.padEnd(width)}  ${String(interstate).padStart(8)}  ${String(enemy.claimedEnemyDeaths).padStart(16)}  ${String(own.admittedDeaths).padStart(8)}  (${own.spoilerDeaths})`,
    );
  });
  lines.push(`wrote ${folder}`);
  return `${lines.join('\n')}\n`;
}

/** `brink run --json`: where the folder is and the run's outcome. */
export function runJson(run: { readonly folder: string; readonly seed: string; readonly scenario: LoadedScenario; readonly result: RunResult }) {
  return { folder: run.folder, seed: run.seed, runIndex: run.result.runIndex, scenario: run.scenario.info.name, outcome: run.result.outcome };
}
