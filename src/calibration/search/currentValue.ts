/**
 * The value a scenario has at a `--set` path, so a calibration can start from where the
 * scenario stands and say what it changed. The resolved parameters come first (they hold the
 * profile and schema defaults a file leaves out); they keep entities in lists, so ids are looked
 * up. A number the resolved parameters do not keep as such (a third party's `bias`, which
 * becomes credibilities) is read from the file's data. Undefined when neither has a number.
 *
 * @example currentValue(params, data, ['states', 'pakistan', 'tolerance']) // 6
 */
import type { ModelParams } from '../../model/types.js';

export function currentValue(params: ModelParams, data: unknown, path: readonly (string | number)[]): number | undefined {
  const resolved = resolvedValue(params, path.map(String));
  if (typeof resolved === 'number') return resolved;
  const given = path.reduce<unknown>((node, segment) => field(node, String(segment)), data);
  return typeof given === 'number' ? given : undefined;
}

function resolvedValue(params: ModelParams, [section, ...rest]: string[]): unknown {
  switch (section) {
    case 'days':
      return params.days;
    case 'constants':
      return rest.reduce<unknown>((node, segment) => field(node, segment), params.constants);
    case 'ladder': {
      // `ladder.changes.<rung>.<cell>` and `ladder.rungs.<rung>.<cell>` both name a cell of the resolved ladder.
      const [part, rung, column] = rest;
      if (part !== 'changes' && part !== 'rungs') return field(params.ladder.thresholds, rung);
      return (field(params.ladder, column) as readonly number[] | undefined)?.[Number(rung)];
    }
    case 'states':
    case 'spoilers':
    case 'thirdParties': {
      const [id, key, stateId] = rest;
      const list = params[section] as readonly { readonly id: string }[];
      const value = field(list.find((entity) => entity.id === id), key);
      // Per-state pairs (a party's leverage) are kept by state index.
      if (Array.isArray(value) && stateId !== undefined) return value[params.states.findIndex((s) => s.id === stateId)];
      return value;
    }
    case 'events': {
      const [index, kind, key] = rest;
      const event = params.events[Number(index)];
      if (kind === 'day') return event?.day;
      return event !== undefined && event.action.kind === kind ? field(event.action, key) : undefined;
    }
    default:
      return undefined;
  }
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
