/**
 * Fact 5, third-party reaction speed: days from the first day some state is at rung ≥ minRung to
 * the first appeal on or after it. Runs that never reach minRung, or see no appeal, give no value.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';
import { appeals, firstDayAtRung } from './runFacts.js';

export const firstAppealLag: Observer = (run, _params, options) => {
  const first = firstDayAtRung(run, options.minRung as number);
  if (first < 0) return NOTHING;
  const appeal = appeals(run).find((a) => a.day >= first);
  return appeal === undefined ? NOTHING : valuesOf(appeal.day - first);
};
