/** Fact 9, talks fail: follow-up rounds that reached an agreement. Counts [agreements, rounds]. */
import { countsOf, type Observer } from './observation.js';
import { rounds } from './runFacts.js';

export const roundSettlementShare: Observer = (run) => {
  const held = rounds(run);
  return countsOf(held.filter((r) => r.settled).length, held.length);
};
