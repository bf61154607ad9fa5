/**
 * Does the weaker side answer a strike in kind? In runs where the stronger state reaches rung ≥
 * strikeRung, whether the weaker then stands at rung ≥ replyRung within withinDays days (the same
 * day counts). Counts [hit, 1]. Pakistan answered Balakot across the LoC within ~30 h (2019) but
 * denied the 2016 raid and never answered across the line.
 */
import { countsOf, NOTHING, type Observer } from './observation.js';
import { rungOf, strongerWeaker } from './runFacts.js';

export const replyShare: Observer = (run, params, options) => {
  const [stronger, weaker] = strongerWeaker(params);
  const days = run.records.days;
  let strike = -1;
  for (let day = 0; day < days && strike < 0; day += 1) if (rungOf(run, day, stronger) >= (options.strikeRung as number)) strike = day;
  if (strike < 0) return NOTHING;
  const last = Math.min(days - 1, strike + (options.withinDays as number));
  for (let day = strike; day <= last; day += 1) if (rungOf(run, day, weaker) >= (options.replyRung as number)) return countsOf(1, 1);
  return countsOf(0, 1);
};
