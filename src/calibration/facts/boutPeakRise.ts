/**
 * The ratchet: over consecutive bouts of a run whose peak rungs differ, how often the later bout
 * peaked higher. Pairs with equal peaks say nothing either way and are left out. Counts
 * [later higher, pairs with different peaks].
 */
import { countsOf, type Observer } from './observation.js';

export const boutPeakRise: Observer = (run) => {
  const bouts = run.outcome.bouts;
  let rises = 0;
  let pairs = 0;
  for (let n = 1; n < bouts.length; n += 1) {
    const [earlier, later] = [bouts[n - 1]!.peakRung, bouts[n]!.peakRung];
    if (earlier === later) continue;
    pairs += 1;
    if (later > earlier) rises += 1;
  }
  return countsOf(rises, pairs);
};
