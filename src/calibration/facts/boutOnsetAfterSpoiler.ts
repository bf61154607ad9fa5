/**
 * Fact 1, spoiler-triggered onset: per bout, whether a spoiler attack came at most `withinDays`
 * days before its first kinetic day (that day included). Counts [hits, bouts].
 */
import { countsOf, type Observer } from './observation.js';
import { spoilerAttackBetween } from './runFacts.js';

export const boutOnsetAfterSpoiler: Observer = (run, _params, options) => {
  const within = options.withinDays as number;
  let hits = 0;
  for (const bout of run.outcome.bouts) if (spoilerAttackBetween(run, bout.start - within, bout.start)) hits += 1;
  return countsOf(hits, run.outcome.bouts.length);
};
