/**
 * The plain inputs of the ensemble and comparison statistics: named histograms of counts with
 * the value each bin stands for, and per-run outcome columns. Statistics read these and nothing
 * of how they were filled (binning schemes, workers, outcome rows); the simulator's
 * `EnsembleTallies` and `RunOutcomeColumns` are one implementation of each.
 */
import type { FinalState, Ladder } from '../model/types.js';

/** An ensemble's histograms. */
export interface Histograms {
  readonly runs: number;
  readonly days: number;
  readonly ladder: Ladder;
  /** Bins of every rung histogram: the rungs of the ladder. */
  readonly rungCount: number;
  /** Final states in the order of the `finalState` histogram's bins. */
  readonly finalStates: readonly FinalState[];
  /** Names of the per-state run totals histogrammed (one histogram per state each). */
  readonly stateTotals: readonly string[];
  /** Counts of histogram `name`, the `index`-th of its kind (e.g. day·2 + state). */
  histogram(name: string, index?: number): ArrayLike<number>;
  /** The value each bin of histogram `name` stands for, increasing with the bin. */
  binValues(name: string): ArrayLike<number>;
}

/** A few numbers per run, one column per field; missing values are NaN. */
export interface OutcomeColumns {
  readonly length: number;
  /** Final states in the order `finalState` values index them. */
  readonly finalStates: readonly FinalState[];
  /** A field's values over runs, e.g. `peakRung`, `<state id>_trueDeaths`. */
  column(field: string): Float64Array;
}

/** Two scenarios' ensembles over the same runs, run k of A paired with run k of B. */
export interface PairedEnsembles {
  readonly a: { readonly tallies: Histograms; readonly outcomes: OutcomeColumns };
  readonly b: { readonly tallies: Histograms; readonly outcomes: OutcomeColumns };
}
