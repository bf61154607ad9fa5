/**
 * Messages between the page and its workers. Parameters travel as the resolved `ModelParams`
 * (plain data), so a worker runs exactly what the page validated.
 */
import type { RunResult } from '../model/run.js';
import type { ModelParams } from '../model/types.js';

export type WorkerRequest =
  | { readonly type: 'run'; readonly params: ModelParams; readonly seed: string; readonly runIndex: number }
  | { readonly type: 'job'; readonly params: ModelParams; readonly seed: string; readonly from: number; readonly to: number };

export type WorkerReply =
  | { readonly type: 'run'; readonly result: RunResult }
  /** A job's tallies, as `EnsembleTallies.arrays` (integer counts: merged in any order). */
  | {
      readonly type: 'job';
      readonly from: number;
      readonly to: number;
      readonly arrays: Record<string, Float64Array>;
      /** The runs' outcome rows (outcomes.csv lines), for paired comparisons. */
      readonly rows: string;
    }
  | { readonly type: 'error'; readonly message: string };
