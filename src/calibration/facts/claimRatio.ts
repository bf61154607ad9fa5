/**
 * Fact 10, claims: one side's claimed enemy deaths over the run ÷ the deaths the enemy admitted
 * (runs where the enemy admitted none give no value).
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';
import { strongerWeaker } from './runFacts.js';

export const claimRatio: Observer = (run, params, options) => {
  const [stronger, weaker] = strongerWeaker(params);
  const [claimant, enemy] = options.side === 'stronger' ? [stronger, weaker] : [weaker, stronger];
  const totals = run.outcome.totals;
  // A state's claimedEnemyDeaths are the deaths it claims to have inflicted on its enemy.
  const claimed = totals[claimant].claimedEnemyDeaths;
  const admitted = totals[enemy].admittedDeaths;
  return admitted > 0 ? valuesOf(claimed / admitted) : NOTHING;
};
