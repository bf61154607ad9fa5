/**
 * Days of the first bout on which some state stood at rung ≥ minRung (runs whose first bout
 * reached it): one night at the top in 2016, two days of air strikes in 2019.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';
import { rungOf } from './runFacts.js';

export const topRungDays: Observer = (run, _params, options) => {
  const bout = run.outcome.bouts[0];
  if (bout === undefined) return NOTHING;
  const minRung = options.minRung as number;
  let days = 0;
  for (let day = bout.start; day <= bout.end; day += 1) if (rungOf(run, day, 0) >= minRung || rungOf(run, day, 1) >= minRung) days += 1;
  return days === 0 ? NOTHING : valuesOf(days);
};
