/**
 * Two ensembles on common random numbers, for `brink compare`: run k of A and run k of B use
 * the same seed and run index, so every process the two scenarios share draws the same numbers
 * (run k's streams all derive from `<seed>/run/<k>`), and their differences are paired.
 *
 * Phases:
 *   1. run A's ensemble (worker pool), keeping its tallies and a few numbers per run  (runEnsemble)
 *   2. the same for B, with B's seed (A's unless told otherwise: independent runs)
 *   3. hand both back: tallies for per-day bands, run columns for paired statistics
 */
import type { ModelParams } from '../model/types.js';
import type { RunRange } from './plan.js';
import { runEnsemble } from './runEnsemble.js';
import { RunOutcomeColumns } from './runOutcomeColumns.js';
import type { EnsembleTallies } from './tallies.js';

export interface ComparisonOptions {
  readonly seed: string;
  /** B's seed; the default, A's, is what makes the comparison paired. */
  readonly seedB?: string;
  readonly runs: number;
  readonly workers: number;
  /** Runs done over both scenarios, of 2·runs. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface ComparisonArm {
  readonly tallies: EnsembleTallies;
  readonly outcomes: RunOutcomeColumns;
}

export interface ComparisonResult {
  readonly range: RunRange;
  readonly a: ComparisonArm;
  readonly b: ComparisonArm;
}

export async function runComparison(a: ModelParams, b: ModelParams, options: ComparisonOptions): Promise<ComparisonResult> {
  const total = 2 * options.runs;
  const arm = async (params: ModelParams, seed: string, offset: number): Promise<ComparisonArm & { range: RunRange }> => {
    const outcomes = new RunOutcomeColumns(params);
    const { tallies, range } = await runEnsemble(params, {
      seed,
      runs: options.runs,
      workers: options.workers,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onRows: (rows) => outcomes.addRows(rows),
      onProgress: (done) => options.onProgress?.(offset + done, total),
    });
    return { tallies, outcomes, range };
  };
  const armA = await arm(a, options.seed, 0);
  const armB = await arm(b, options.seedB ?? options.seed, options.runs);
  return { range: armA.range, a: { tallies: armA.tallies, outcomes: armA.outcomes }, b: { tallies: armB.tallies, outcomes: armB.outcomes } };
}
