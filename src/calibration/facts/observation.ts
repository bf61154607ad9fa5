/**
 * What one measure sees in one run: a list of values (for medians and tails) and/or a few
 * counts (hits and trials for shares and ratios). Runs are the unit the bootstrap resamples, so
 * everything a measure needs from a run is kept per run.
 */
import type { RunResult } from '../../model/index.js';
import type { ModelParams } from '../../model/types.js';

export interface Observation {
  readonly values: readonly number[];
  readonly counts: readonly number[];
}

export const NOTHING: Observation = { values: [], counts: [] };

export const valuesOf = (...values: number[]): Observation => ({ values, counts: [] });
export const countsOf = (...counts: number[]): Observation => ({ values: [], counts });

/** A measure's per-run observer. Options arrive validated, with defaults applied. */
export type Observer = (run: RunResult, params: ModelParams, options: Readonly<Record<string, unknown>>) => Observation;
