/**
 * Runs `from … to−1` of a seed with their full records and event log, and keeps what each
 * requested measure sees in each run (never the runs themselves: memory grows only with the
 * observations). Run k is exactly `brink run --run-index k`. It yields to the event loop every
 * few runs, so Ctrl-C (the CLI's SIGINT handler) is heard during long checks.
 */
import { simulateRun, type RunResult } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import type { MeasureName } from '../scenarios/index.js';
import { OBSERVERS, type Observation } from './facts/index.js';

export interface MeasureRequest {
  readonly measure: MeasureName;
  readonly options: Readonly<Record<string, unknown>>;
}

/** observations[request][run − from] */
/** Runs between yields to the event loop (and progress reports). */
const YIELD_EVERY = 50;

export async function observeRuns(
  params: ModelParams,
  seed: string,
  range: { readonly from: number; readonly to: number },
  requests: readonly MeasureRequest[],
  onProgress?: (done: number, total: number) => void,
): Promise<Observation[][]> {
  const observations: Observation[][] = requests.map(() => []);
  const total = range.to - range.from;
  for (let k = range.from; k < range.to; k += 1) {
    const run = recordedPart(params, simulateRun(params, seed, k));
    requests.forEach((request, r) => observations[r]!.push(OBSERVERS[request.measure](run, params, request.options)));
    if ((k - range.from + 1) % YIELD_EVERY === 0 || k + 1 === range.to) {
      onProgress?.(k - range.from + 1, total);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return observations;
}

/**
 * Measures observe what a run records, days 0 on: the events of a history before day 0
 * (docs/model.md §5) shaped the run's start but are not observations of it.
 */
function recordedPart(params: ModelParams, run: RunResult): RunResult {
  return params.firstDay === 0 ? run : { ...run, events: run.events.filter((event) => event.day >= 0) };
}
