/**
 * An error in a run (a bug, not bad input), carrying what is needed to replay that run alone.
 * The CLI prints it with a `brink run … --run-index k` line and exits 1.
 */
import { RunError } from '../../sim/executeBatch.js';

export class RunFailure extends Error {
  constructor(
    readonly seed: string,
    readonly runIndex: number,
    readonly failure: unknown,
    /** Where the run was, when not at the scenario itself: `sweep point 3`, with its `--set` flags. */
    readonly at?: { readonly label: string; readonly set: readonly string[] },
    /** The scenario file and its overrides as typed (`--set …`, `--days …`), for the replay hint. */
    readonly scenario?: { readonly file: string; readonly overrides: readonly string[] },
  ) {
    super(`run ${runIndex} of seed ${JSON.stringify(seed)}${at === undefined ? '' : ` at ${at.label}`} failed: ${(failure as Error)?.message ?? String(failure)}`);
    this.name = 'RunFailure';
  }
}

/** A failed run of a batch, as a RunFailure; anything else unchanged. */
export function asRunFailure(error: unknown, seed: string, scenario?: { readonly file: string; readonly overrides: readonly string[] }): unknown {
  return error instanceof RunError ? new RunFailure(seed, error.runIndex, error.detail, undefined, scenario) : error;
}
