/**
 * The value a resolved scenario has at a `--set` path (defaults applied), so a calibration can
 * start from where the scenario stands. Paths follow the file (`states.pakistan.tolerance`,
 * `thirdParties.qatar.leverage.afghanistan`, `constants.accept.b0`, `ladder.7.muMil`); the resolved parameters
 * hold entities in lists, so ids are looked up. Undefined when the path names no number.
 */
import type { ModelParams } from '../../model/types.js';

export function currentValue(params: ModelParams, path: readonly (string | number)[]): number | undefined {
  const [section, id, key, sub] = path.map(String);
  let value: unknown;
  if (section === 'days') value = params.days;
  else if (section === 'ladder') value = (field(params.ladder, key) as readonly number[] | undefined)?.[Number(id)];
  else if (section === 'constants') value = sub === undefined ? field(params.constants, id) : field(field(params.constants, id), key);
  else if (section === 'states') value = field(params.states.find((s) => s.id === id), key);
  else if (section === 'spoilers') value = field(params.spoilers.find((s) => s.id === id), key);
  else if (section === 'thirdParties') {
    const party = params.thirdParties.find((p) => p.id === id);
    if (key === 'leverage') {
      const state = params.states.findIndex((s) => s.id === sub);
      value = state < 0 ? undefined : party?.leverage[state as 0 | 1];
    } else {
      value = field(party, key);
    }
  }
  return typeof value === 'number' ? value : undefined;
}

function field(object: unknown, key: string | undefined): unknown {
  return key === undefined || object === null || typeof object !== 'object' ? undefined : (object as Record<string, unknown>)[key];
}

/**
 * The unit coordinate whose sampled value (src/sim/design/sampledValue.ts) is `value`: where a
 * search starts from the scenario's own value. Values outside the range are clamped to it.
 */
export function unitCoordinate(parameter: { readonly from: number; readonly to: number; readonly integer: boolean }, value: number): number {
  const low = Math.min(parameter.from, parameter.to);
  const high = Math.max(parameter.from, parameter.to);
  const clamped = Math.min(high, Math.max(low, value));
  // A whole number owns an equal slice of [0, 1): aim at its middle.
  if (parameter.integer) return (Math.round(clamped) - low + 0.5) / (high - low + 1);
  return high === low ? 0.5 : Math.min(1 - 1e-9, (clamped - parameter.from) / (parameter.to - parameter.from));
}
