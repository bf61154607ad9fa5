/**
 * Fact 7, fragile truce. A truce made on day t restrains days t+1 … e, where e is the first day
 * the records no longer show it (it expired, collapsed or became a ceasefire that day). Among
 * truces with a spoiler attack on one of those days: was some state at a kinetic rung on that
 * day or later within them? Counts [breached, attacked truces].
 */
import { CEASEFIRE_KINDS } from '../../model/index.js';
import { countsOf, type Observer } from './observation.js';
import { kineticOn } from './runFacts.js';

const TRUCE = CEASEFIRE_KINDS.indexOf('truce');

export const truceBreachedAfterSpoiler: Observer = (run, params) => {
  const { ceasefire, spoilerAttacks, days } = run.records;
  let attacked = 0;
  let breached = 0;
  for (let start = 0; start < days; start += 1) {
    if (ceasefire[start] !== TRUCE || (start > 0 && ceasefire[start - 1] === TRUCE)) continue;
    let end = start;
    while (end < days && ceasefire[end] === TRUCE) end += 1;
    const last = Math.min(end, days - 1);
    let attackDay = -1;
    for (let day = start + 1; day <= last && attackDay < 0; day += 1) if (spoilerAttacks[day]! > 0) attackDay = day;
    if (attackDay < 0) continue;
    attacked += 1;
    for (let day = attackDay; day <= last; day += 1) {
      if (kineticOn(run, params.ladder, day, 0) || kineticOn(run, params.ladder, day, 1)) {
        breached += 1;
        break;
      }
    }
  }
  return countsOf(breached, attacked);
};
