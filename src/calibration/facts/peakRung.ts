/**
 * The highest rung a side stood on in the run's first bout (the bout a case scripts the trigger
 * of; a run without a bout: the highest rung over the run, below the bout threshold): how far a
 * bout climbed, the quantity the ratchet compares from bout to bout.
 */
import { valuesOf, type Observer } from './observation.js';
import { rungOf } from './runFacts.js';
import { sideIndices, type Side } from './sides.js';

export const peakRung: Observer = (run, params, options) => {
  const bout = run.outcome.bouts[0];
  const [from, to] = bout === undefined ? [0, run.records.days - 1] : [bout.start, bout.end];
  let peak = 0;
  for (const state of sideIndices(params, options.side as Side)) {
    for (let day = from; day <= to; day += 1) peak = Math.max(peak, rungOf(run, day, state));
  }
  return valuesOf(peak);
};
