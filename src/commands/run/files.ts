/**
 * The data files of one run (docs/architecture.md "Outputs"): `days.csv` (tidy, one row per day ×
 * state), `dyad.csv` (one row per day), `events.ndjson` (the event log) and `outcome.json`.
 * The CSVs' columns are tables over the run's recorded columns (model/records.ts), so a recorded
 * per-state column is written, named and documented where it is declared; docs/outputs.md lists
 * every column (test/commands/runColumns.test.ts checks the lists against these tables).
 */
import { CEASEFIRE_KINDS, dyadRung, type RunResult } from '../../model/index.js';
import { DYAD_RECORD_COLUMNS, STATE_RECORD_COLUMNS, type DayRecords, type DyadColumnName, type StateColumnName } from '../../model/records.js';
import type { ModelParams } from '../../model/types.js';
import type { FileContents } from '../../report/atomicFolder.js';
import { toCsv, type Cell } from '../../report/csv.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import { dayDate } from '../../report/dates.js';

/** One row's inputs: a day of the run (and, in days.csv, one state of it). */
interface CsvRow {
  readonly params: ModelParams;
  readonly records: DayRecords;
  readonly day: number;
  readonly date: string | undefined;
  /** days.csv: the state's index; its per-state cells are at `day * 2 + state`. */
  readonly state: 0 | 1;
}

/** A CSV column: its name, unit and meaning (docs/outputs.md lists the names), and its cell in a row. */
export interface CsvColumn {
  readonly name: string;
  readonly unit: string;
  readonly doc: string;
  readonly cell: (row: CsvRow) => Cell;
}

const DAY: CsvColumn = { name: 'day', unit: 'day', doc: 'day index (0-based)', cell: (row) => row.day };
const DATE: CsvColumn = { name: 'date', unit: 'date', doc: 'calendar date (empty without a startDate)', cell: (row) => row.date };

/** A recorded per-state column as it is (records.ts's name, unit and meaning). */
function stateColumn(name: StateColumnName): CsvColumn {
  const { unit, doc } = STATE_RECORD_COLUMNS.find((c) => c.name === name)!;
  return { name, unit, doc, cell: (row) => row.records[name][row.day * 2 + row.state] };
}

/** A recorded dyad column, under the CSV's name and in its words where they differ. */
function dyadColumn(record: DyadColumnName, csv: { readonly name?: string; readonly unit?: string; readonly doc?: string; readonly cell?: (value: number, row: CsvRow) => Cell } = {}): CsvColumn {
  const { unit, doc } = DYAD_RECORD_COLUMNS.find((c) => c.name === record)!;
  const cell = csv.cell ?? ((value: number) => value);
  return { name: csv.name ?? record, unit: csv.unit ?? unit, doc: csv.doc ?? doc, cell: (row) => cell(row.records[record][row.day]!, row) };
}

const rungOf = (row: CsvRow) => row.records.rung[row.day * 2 + row.state]!;

/** days.csv: one row per day × state; every recorded per-state column, the rung with its ladder name and intensity. */
export const DAYS_CSV_COLUMNS: readonly CsvColumn[] = [
  DAY,
  DATE,
  { name: 'state', unit: 'id', doc: 'state id', cell: (row) => row.params.states[row.state].id },
  stateColumn('rung'),
  { name: 'rungName', unit: 'name', doc: "the rung's ladder name", cell: (row) => row.params.ladder.name[rungOf(row)] },
  { name: 'intensity', unit: '0–10', doc: "the rung's intensity", cell: (row) => row.params.ladder.intensity[rungOf(row)] },
  ...STATE_RECORD_COLUMNS.filter((c) => c.name !== 'rung').map((c) => stateColumn(c.name)),
];

/** dyad.csv: one row per day; the recorded dyad columns a reader needs, in words rather than codes. */
export const DYAD_CSV_COLUMNS: readonly CsvColumn[] = [
  DAY,
  DATE,
  dyadColumn('ceasefire', { unit: 'kind', cell: (code) => CEASEFIRE_KINDS[code] }),
  dyadColumn('borderClosed', { name: 'border', unit: 'open/closed', doc: '`open` or `closed`', cell: (closed) => (closed === 1 ? 'closed' : 'open') }),
  dyadColumn('talksHost', { name: 'talks', unit: 'id', doc: 'third party hosting accepted talks pending, or a session held that day; empty if none', cell: (host, row) => (host >= 0 ? row.params.thirdParties[host]!.id : '') }),
  dyadColumn('monitoring', { unit: 'true/false', doc: 'whether a monitoring mechanism is on', cell: (on) => on === 1 }),
  dyadColumn('strain'),
  { name: 'maxRung', unit: 'rung', doc: 'the higher of the two rungs', cell: (row) => dyadRung(row.records, row.day) },
  dyadColumn('spoilerAttacks'),
  dyadColumn('spoilerAttackDeaths', { name: 'spoilerDeaths' }),
];

export const DAYS_COLUMNS = DAYS_CSV_COLUMNS.map((c) => c.name);
export const DYAD_COLUMNS = DYAD_CSV_COLUMNS.map((c) => c.name);

function csvOf(columns: readonly CsvColumn[], params: ModelParams, result: RunResult, startDate: string | undefined, states: readonly (0 | 1)[]): string {
  const records = result.records;
  function* rows(): Generator<Cell[]> {
    for (let day = 0; day < records.days; day += 1) {
      const date = dayDate(startDate, day);
      for (const state of states) {
        const row: CsvRow = { params, records, day, date, state };
        yield columns.map((column) => column.cell(row));
      }
    }
  }
  return toCsv(columns.map((c) => c.name), rows());
}

export function daysCsv(params: ModelParams, result: RunResult, startDate: string | undefined): string {
  return csvOf(DAYS_CSV_COLUMNS, params, result, startDate, [0, 1]);
}

export function dyadCsv(params: ModelParams, result: RunResult, startDate: string | undefined): string {
  return csvOf(DYAD_CSV_COLUMNS, params, result, startDate, [0]);
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
