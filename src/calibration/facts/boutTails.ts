/**
 * Fact 14, heavy tails: every bout's true interstate death total, and every gap (quiet days)
 * between bouts. The tail statistic pools them over runs.
 */
import { valuesOf, type Observer } from './observation.js';

export const boutDeathsTail: Observer = (run) => valuesOf(...run.outcome.bouts.map((bout) => bout.trueDeaths));

export const boutGapsTail: Observer = (run) => valuesOf(...run.outcome.boutGaps);
