/** The model's public surface: pure simulation, no I/O. */
export { simulateRun, type RunOptions, type RunResult } from './run.js';
export { streamKey, Stream, DailyDraws, PRNG_NAME, type StreamPurpose } from './rng.js';
export { DEFAULT_LADDER, DEFAULT_LADDER_ROWS, DEFAULT_THRESHOLDS, ladderFromRows, isKinetic, type LadderRow } from './ladder.js';
export { CEASEFIRE_KINDS, dyadRung, interstateDeaths, type DayRecords } from './records.js';
export { FINAL_WINDOW } from './runOutcome.js';
export type * from './types.js';
export { normalQuantile } from './draw/normalQuantile.js';
