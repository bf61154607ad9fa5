/**
 * Fact 4, concentration: the share of the first bout's interstate civilian deaths (both sides)
 * that fall on its worst day. Runs whose first bout killed no civilians give no value.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const worstDayCivilianShare: Observer = (run) => {
  const bout = run.outcome.bouts[0];
  if (bout === undefined) return NOTHING;
  const civilians = run.records.civilianDeaths;
  let total = 0;
  let worst = 0;
  for (let day = bout.start; day <= bout.end; day += 1) {
    const today = civilians[day * 2]! + civilians[day * 2 + 1]!;
    total += today;
    worst = Math.max(worst, today);
  }
  return total > 0 ? valuesOf(worst / total) : NOTHING;
};
