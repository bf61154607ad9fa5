/**
 * Fact 5, third-party reaction breadth: distinct parties appealing on days first … first +
 * withinDays, where `first` is the first day some state is at rung ≥ minRung (no value for runs
 * that never reach it).
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';
import { appeals, firstDayAtRung } from './runFacts.js';

export const appealersWithin: Observer = (run, _params, options) => {
  const first = firstDayAtRung(run, options.minRung as number);
  if (first < 0) return NOTHING;
  const last = first + (options.withinDays as number);
  const parties = new Set(appeals(run).filter((a) => a.day >= first && a.day <= last).map((a) => a.party));
  return valuesOf(parties.size);
};
