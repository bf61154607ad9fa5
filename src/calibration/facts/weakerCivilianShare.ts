/** Fact 11, civilian-harm asymmetry: the weaker state's share of all interstate civilian deaths. */
import { NOTHING, valuesOf, type Observer } from './observation.js';
import { strongerWeaker } from './runFacts.js';

export const weakerCivilianShare: Observer = (run, params) => {
  const [stronger, weaker] = strongerWeaker(params);
  const totals = run.outcome.totals;
  const all = totals[stronger].civilianDeaths + totals[weaker].civilianDeaths;
  return all > 0 ? valuesOf(totals[weaker].civilianDeaths / all) : NOTHING;
};
