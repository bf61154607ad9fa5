/** Length in days of the run's first bout (first to last bout day, quiet days inside included). */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const firstBoutDays: Observer = (run) => {
  const bout = run.outcome.bouts[0];
  return bout === undefined ? NOTHING : valuesOf(bout.end - bout.start + 1);
};
