/** The model's public surface: pure simulation, no I/O. */

/**
 * Which model this is (docs/model.md). Recorded in every manifest; `brink replay` refuses a
 * folder made by another model version. 1 was MODEL.md v1.2; 2 is docs/model.md.
 */
export const MODEL_VERSION = 2;
export { simulateRun, type RunOptions, type RunResult } from './run.js';
export { runKey, Stream, DailyDraws, PRNG_NAME, STREAM_FAMILIES, type StreamPurpose } from './rng.js';
export { compareBootstrapKey, checkBootstrapKey, calibrateSearchKey, sweepLhsKey, sobolBootstrapKey } from './streamKeys.js';
export { DEFAULT_LADDER, DEFAULT_LADDER_ROWS, DEFAULT_THRESHOLDS, ladderFromRows, isKinetic, type LadderRow } from './ladder.js';
export { CEASEFIRE_KINDS, dyadRung, interstateDeaths, type DayRecords } from './records.js';
export { FINAL_WINDOW } from './runOutcome.js';
export type * from './types.js';
export { normalQuantile } from './draw/normalQuantile.js';
