/**
 * Fact 13, MID base rate: bouts after the first with no spoiler attack in the withinDays days
 * before them (their first day included) are untriggered incidents; how many last at most
 * maxDays days and peak at rung ≤ maxRung? Counts [short and low, untriggered bouts]. The first
 * bout is left out: in a calibration scenario it is the scripted trigger's.
 */
import { countsOf, type Observer } from './observation.js';
import { spoilerAttackBetween } from './runFacts.js';

export const untriggeredIncidentsShort: Observer = (run, _params, options) => {
  const within = options.withinDays as number;
  let untriggered = 0;
  let short = 0;
  for (const bout of run.outcome.bouts.slice(1)) {
    if (spoilerAttackBetween(run, bout.start - within, bout.start)) continue;
    untriggered += 1;
    if (bout.end - bout.start + 1 <= (options.maxDays as number) && bout.peakRung <= (options.maxRung as number)) short += 1;
  }
  return countsOf(short, untriggered);
};
