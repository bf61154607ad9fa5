/** What `brink diff` shows a person, in index.html tables and (the same rows) on the terminal. */
import type { RunResult } from '../../model/index.js';
import type { EventRecord } from '../../model/types.js';
import type { ReportTable } from '../../render/htmlReport.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { RunDivergence } from '../../stats/index.js';
import { formatNumber } from '../../report/csv.js';
import { dayDate } from '../../report/dates.js';

/** How a run is named in charts and tables: "A: seed x, run k". */
export function runLabel(side: 'A' | 'B', run: RunResult): string {
  return `${side}: seed ${run.seed}, run ${run.runIndex}`;
}

export function dayText(startDate: string | undefined, day: number): string {
  const date = dayDate(startDate, day);
  return date === undefined ? `day ${day}` : `day ${day} (${date})`;
}

function eventText(event: EventRecord): string {
  const detail = event.detail === undefined ? '' : ` ${Object.entries(event.detail).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  return `${event.actor} → ${event.target}: ${event.what} [${event.cause}]${detail}`;
}

/** The first divergence as rows: what, A, B. */
export function divergenceRows(divergence: RunDivergence): [string, string, string][] {
  const first = divergence.first;
  if (first === null) return [];
  const rows: [string, string, string][] = first.fields.map((f) => [`${f.state === undefined ? '' : `${f.state}.`}${f.field}`, formatNumber(f.a), formatNumber(f.b)]);
  const events = Math.max(first.eventsA.length, first.eventsB.length);
  for (let n = 0; n < events; n += 1) {
    const [ea, eb] = [first.eventsA[n], first.eventsB[n]];
    rows.push(['event', ea === undefined ? '–' : eventText(ea), eb === undefined ? '–' : eventText(eb)]);
  }
  return rows;
}

/** Both runs' outcomes as rows: measure, A, B. */
export function outcomeRows(scenario: LoadedScenario, runA: RunResult, runB: RunResult): [string, string, string][] {
  const { params, info } = scenario;
  const when = (day: number | null) => (day === null ? 'none' : dayText(info.startDate, day));
  const pick = (f: (run: RunResult) => string): [string, string] => [f(runA), f(runB)];
  const rows: [string, ...[string, string]][] = [
    ['T0 (first kinetic day)', ...pick((r) => when(r.outcome.firstKineticDay))],
    ['peak rung', ...pick((r) => `${r.outcome.peakRung} ${params.ladder.name[r.outcome.peakRung] ?? ''}, ${when(r.outcome.peakRungDay)}`)],
    ['first ceasefire', ...pick((r) => when(r.outcome.ceasefireDay))],
    ['bouts', ...pick((r) => String(r.outcome.bouts.length))],
    ['days with a kinetic rung', ...pick((r) => String(r.outcome.kineticDays))],
    ['border closed (days)', ...pick((r) => String(r.outcome.borderClosedDays))],
    ['final state', ...pick((r) => r.outcome.finalState)],
  ];
  params.states.forEach((state, i) => {
    rows.push([`${state.id}: true interstate deaths`, ...pick((r) => String(r.outcome.totals[i as 0 | 1].militaryDeaths + r.outcome.totals[i as 0 | 1].civilianDeaths))]);
  });
  return rows as [string, string, string][];
}

export function diffTables(a: LoadedScenario, b: LoadedScenario, runA: RunResult, runB: RunResult, divergence: RunDivergence): ReportTable[] {
  const start = a.info.startDate;
  const first = divergence.first;
  const differing = divergence.phaseByDay.filter((p) => p !== null).length;
  const where: ReportTable = {
    heading: 'Where the runs part',
    columns: ['', ''],
    rows:
      first === null
        ? [['result', `identical: the two runs are the same on all ${divergence.phaseByDay.length} days`]]
        : [
            ['first day that differs', dayText(start, first.day)],
            ['first phase that differs that day', first.phase],
            ['process', first.process],
            ['its random streams', first.streams.length === 0 ? 'none (not random: the scenarios differ)' : first.streams.join(', ')],
            ['days that differ', `${differing} of ${divergence.phaseByDay.length}`],
          ],
  };
  const tables: ReportTable[] = [where];
  if (first !== null) {
    tables.push({ heading: `What differs on ${dayText(start, first.day)}, in ${first.phase}`, columns: ['', 'A', 'B'], rows: divergenceRows(divergence) });
  }
  tables.push({ heading: 'Run outcomes', columns: ['measure', runLabel('A', runA), runLabel('B', runB)], rows: outcomeRows(a, runA, runB) });
  if (a.paramsHash !== b.paramsHash) {
    tables.push({ heading: 'Scenarios', columns: ['', 'overrides', 'parameters (sha256)'], rows: [['A', a.overrides.join(' ') || '–', a.paramsHash.slice(0, 16)], ['B', b.overrides.join(' ') || '–', b.paramsHash.slice(0, 16)]] });
  }
  return tables;
}
