/**
 * Fact 2, the weaker side's retaliation lag: per bout in which the stronger state fights, the
 * days from its first kinetic day to the weaker state's first kinetic day on or after it, within
 * the bout (bouts where the weaker state never answers give no value).
 */
import { valuesOf, type Observer } from './observation.js';
import { kineticOn, strongerWeaker } from './runFacts.js';

export const weakerRetaliationLag: Observer = (run, params) => {
  const [stronger, weaker] = strongerWeaker(params);
  const lags: number[] = [];
  for (const bout of run.outcome.bouts) {
    let strike = -1;
    for (let day = bout.start; day <= bout.end && strike < 0; day += 1) if (kineticOn(run, params.ladder, day, stronger)) strike = day;
    if (strike < 0) continue;
    for (let day = strike; day <= bout.end; day += 1) {
      if (kineticOn(run, params.ladder, day, weaker)) {
        lags.push(day - strike);
        break;
      }
    }
  }
  return valuesOf(...lags);
};
