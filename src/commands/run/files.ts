/**
 * The data files of one run (docs/architecture.md "Outputs"): `days.csv` (tidy, one row per day ×
 * state), `dyad.csv` (one row per day), `events.ndjson` (the event log) and `outcome.json`.
 * docs/outputs.md documents every column.
 */
import { CEASEFIRE_KINDS, dyadRung, type RunResult } from '../../model/index.js';
import type { ModelParams } from '../../model/types.js';
import type { FileContents } from '../../report/atomicFolder.js';
import { toCsv, type Cell } from '../../report/csv.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import { dayDate } from '../../report/dates.js';

export const DAYS_COLUMNS = [
  'day', 'date', 'state', 'rung', 'rungName', 'intensity', 'goldstein', 'grievance', 'hostility', 'audienceCost',
  'resolve', 'pressure', 'econPain', 'mhs', 'militaryDeaths', 'civilianDeaths', 'spoilerDeaths', 'claimedEnemyDeaths',
  'admittedDeaths',
] as const;

export const DYAD_COLUMNS = [
  'day', 'date', 'ceasefire', 'border', 'talks', 'monitoring', 'strain', 'maxRung', 'spoilerAttacks', 'spoilerDeaths',
] as const;

export function daysCsv(params: ModelParams, result: RunResult, startDate: string | undefined): string {
  const r = result.records;
  const ladder = params.ladder;
  function* rows(): Generator<Cell[]> {
    for (let day = 0; day < r.days; day += 1) {
      const date = dayDate(startDate, day);
      for (let i = 0; i < 2; i += 1) {
        const at = day * 2 + i;
        const rung = r.rung[at]!;
        yield [
          day, date, params.states[i as 0 | 1].id, rung, ladder.name[rung], ladder.intensity[rung], r.goldstein[at],
          r.grievance[at], r.hostility[at], r.audienceCost[at], r.resolve[at], r.pressure[at], r.econPain[at], r.mhs[at],
          r.militaryDeaths[at], r.civilianDeaths[at], r.spoilerDeaths[at], r.claimedEnemyDeaths[at], r.admittedDeaths[at],
        ];
      }
    }
  }
  return toCsv(DAYS_COLUMNS, rows());
}

export function dyadCsv(params: ModelParams, result: RunResult, startDate: string | undefined): string {
  const r = result.records;
  function* rows(): Generator<Cell[]> {
    for (let day = 0; day < r.days; day += 1) {
      const host = r.talksHost[day]!;
      yield [
        day, dayDate(startDate, day), CEASEFIRE_KINDS[r.ceasefire[day]!], r.borderClosed[day] === 1 ? 'closed' : 'open',
        host >= 0 ? params.thirdParties[host]!.id : '', r.monitoring[day] === 1, r.strain[day], dyadRung(r, day),
        r.spoilerAttacks[day], r.spoilerAttackDeaths[day],
      ];
    }
  }
  return toCsv(DYAD_COLUMNS, rows());
}

export function eventsNdjson(result: RunResult, startDate: string | undefined): string {
  let out = '';
  for (const event of result.events) {
    const { detail, ...fields } = event;
    const date = dayDate(startDate, event.day);
    out += `${JSON.stringify({ ...fields, ...(date === undefined ? {} : { date }), ...(detail ?? {}) })}\n`;
  }
  return out;
}

/** The run outcome with per-state totals keyed by state id, as JSON. */
export function outcomeJson(params: ModelParams, result: RunResult): string {
  const { totals, ...rest } = result.outcome;
  const byState = Object.fromEntries(params.states.map((state, i) => [state.id, totals[i as 0 | 1]]));
  return `${JSON.stringify({ seed: result.seed, runIndex: result.runIndex, ...rest, totals: byState }, null, 2)}\n`;
}

/** The data files of a run, by name, in the order written (also what `brink replay` recomputes). */
export function runDataFiles(scenario: LoadedScenario, result: RunResult): FileContents {
  const { params, info } = scenario;
  return new Map([
    ['days.csv', daysCsv(params, result, info.startDate)],
    ['dyad.csv', dyadCsv(params, result, info.startDate)],
    ['events.ndjson', eventsNdjson(result, info.startDate)],
    ['outcome.json', outcomeJson(params, result)],
  ]);
}
