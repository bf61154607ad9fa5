/** Fact 3, time to peak: the run outcome's peakDay (deadliest day of the first bout, from T0). */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const timeToPeak: Observer = (run) => (run.outcome.peakDay === null ? NOTHING : valuesOf(run.outcome.peakDay));
