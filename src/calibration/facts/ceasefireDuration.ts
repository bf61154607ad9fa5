/**
 * How long ceasefires hold: the length in days of each ceasefire spell, a run of consecutive days
 * with a ceasefire or an agreement in force at the day's end. A spell still running at the
 * horizon counts its days so far (so the median understates the longest-lived ceasefires).
 */
import { ceasefireInForce } from '../../model/runOutcome.js';
import { valuesOf, type Observer } from './observation.js';

export const ceasefireDuration: Observer = (run) => {
  const lengths: number[] = [];
  let spell = 0;
  for (let day = 0; day < run.records.days; day += 1) {
    if (ceasefireInForce(run.records, day)) {
      spell += 1;
      continue;
    }
    if (spell > 0) lengths.push(spell);
    spell = 0;
  }
  if (spell > 0) lengths.push(spell);
  return valuesOf(...lengths);
};
