/**
 * The few numbers per run that `brink compare` pairs across two scenarios, kept in columns
 * (one Float64Array per field, grown by doubling): about a dozen numbers per run, nothing per
 * day. Filled from the outcome rows an ensemble streams (`outcomeRow`), so workers need no
 * second channel; columns are found by name in the header, so a change in outcomes.csv cannot
 * silently shift them. Missing values (no T0, no ceasefire) are NaN.
 */
import type { FinalState, ModelParams } from '../model/types.js';
import { outcomesHeader } from './outcomeRows.js';
import { FINAL_STATES } from './tallies.js';

/** Fields per run, dyad-level first, then per state (suffixed with the state id). */
export const RUN_FIELDS = ['peakRung', 'firstKineticDay', 'ceasefireDay', 'kineticDays', 'bouts', 'borderClosedDays', 'finalState'] as const;
export const STATE_FIELDS = ['trueDeaths', 'spoilerDeaths'] as const;

export type RunField = (typeof RUN_FIELDS)[number];
export type StateField = (typeof STATE_FIELDS)[number];

export class RunOutcomeColumns {
  /** Field names, e.g. `peakRung`, `afghanistan_trueDeaths`. */
  readonly fields: readonly string[];
  private readonly sourceColumns: readonly number[];
  private columns: Float64Array[];
  private count = 0;

  constructor(readonly params: ModelParams) {
    const header = outcomesHeader(params).trimEnd().split(',');
    this.fields = [...RUN_FIELDS, ...params.states.flatMap((s) => STATE_FIELDS.map((f) => `${s.id}_${f}`))];
    this.sourceColumns = this.fields.map((field) => {
      const at = header.indexOf(field);
      if (at < 0) throw new Error(`outcome rows have no column ${field}`);
      return at;
    });
    this.columns = this.fields.map(() => new Float64Array(1024));
  }

  /** The order `finalState` values index. */
  get finalStates(): readonly FinalState[] {
    return FINAL_STATES;
  }

  get length(): number {
    return this.count;
  }

  /** Adds outcome rows (lines of outcomes.csv without the header), in run-index order. */
  addRows(rows: string): void {
    for (const line of rows.split('\n')) {
      if (line === '') continue;
      if (this.count === this.columns[0]!.length) this.grow();
      const cells = line.split(',');
      for (let f = 0; f < this.fields.length; f += 1) {
        const cell = cells[this.sourceColumns[f]!]!;
        this.columns[f]![this.count] = this.fields[f] === 'finalState' ? FINAL_STATES.indexOf(cell as never) : cell === '' ? NaN : Number(cell);
      }
      this.count += 1;
    }
  }

  /** A field's values over runs (a view, valid until the next addRows). */
  column(field: string): Float64Array {
    const f = this.fields.indexOf(field);
    if (f < 0) throw new RangeError(`no field ${field}`);
    return this.columns[f]!.subarray(0, this.count);
  }

  stateColumn(stateId: string, field: StateField): Float64Array {
    return this.column(`${stateId}_${field}`);
  }

  private grow(): void {
    this.columns = this.columns.map((old) => {
      const bigger = new Float64Array(old.length * 2);
      bigger.set(old);
      return bigger;
    });
  }
}
