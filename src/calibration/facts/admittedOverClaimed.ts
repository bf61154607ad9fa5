/**
 * Fact 10, admissions: for each side, its admitted deaths ÷ the deaths its enemy claims to have
 * inflicted on it; the value is the larger of the two (both must stay below the band). Runs
 * where either side's enemy claimed nothing give no value.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const admittedOverClaimed: Observer = (run) => {
  const [a, b] = run.outcome.totals;
  // a.claimedEnemyDeaths are a's claims about b's deaths.
  if (a.claimedEnemyDeaths === 0 || b.claimedEnemyDeaths === 0) return NOTHING;
  return valuesOf(Math.max(a.admittedDeaths / b.claimedEnemyDeaths, b.admittedDeaths / a.claimedEnemyDeaths));
};
