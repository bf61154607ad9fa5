/**
 * Fact 6, face-saving halt. Over every (day d, state) with the state at a kinetic rung on d − 1:
 * did it step down ≥ 2 rungs on d? Split by whether a party with leverage > minLeverage on that
 * state appealed on d − 1 (the appeal a decision on d can hear: appeals come after decisions).
 * Counts [halts with appeal, days with appeal, halts without, days without].
 */
import { isKinetic } from '../../model/index.js';
import { countsOf, type Observer } from './observation.js';
import { appeals, rungOf } from './runFacts.js';

export const faceSavingHalt: Observer = (run, params, options) => {
  const minLeverage = options.minLeverage as number;
  const days = run.records.days;
  // appealedOn[state][day]: some party with enough leverage on the state appealed that day.
  const appealedOn = [new Uint8Array(days), new Uint8Array(days)];
  const leverageOf = new Map(params.thirdParties.map((p) => [p.id, p.leverage]));
  for (const { day, party } of appeals(run)) {
    const leverage = leverageOf.get(party);
    if (leverage === undefined) continue;
    for (const i of [0, 1] as const) if (leverage[i] > minLeverage) appealedOn[i]![day] = 1;
  }
  const counts = [0, 0, 0, 0];
  for (let day = 1; day < days; day += 1) {
    for (const i of [0, 1] as const) {
      const before = rungOf(run, day - 1, i);
      if (!isKinetic(params.ladder, before)) continue;
      const offset = appealedOn[i]![day - 1] === 1 ? 0 : 2;
      counts[offset + 1]! += 1;
      if (rungOf(run, day, i) <= before - 2) counts[offset]! += 1;
    }
  }
  return countsOf(...counts);
};
