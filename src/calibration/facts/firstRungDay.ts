/**
 * Days from day 0 (a case's trigger) to the first day a side stands at rung ≥ minRung; a run where
 * it never does counts at the horizon, which can only pull the median up. India's 11 and 12 days
 * from Uri and Pulwama to its strikes, Pakistan's 0–2 days after TTP attacks.
 */
import { valuesOf, type Observer } from './observation.js';
import { rungOf } from './runFacts.js';
import { sideIndices, type Side } from './sides.js';

export const firstRungDay: Observer = (run, params, options) => {
  const states = sideIndices(params, options.side as Side);
  const minRung = options.minRung as number;
  for (let day = 0; day < run.records.days; day += 1) {
    if (states.some((state) => rungOf(run, day, state) >= minRung)) return valuesOf(day);
  }
  return valuesOf(run.records.days);
};
