/**
 * `--param path=low:high` of `brink calibrate`: a parameter to search and its interval. The path
 * must name a number of the scenario; both ends are checked like `--set` values (range, type),
 * by loading the scenario with them.
 */
import type { ParameterRange } from '../calibration/search/parameterBox.js';
import { InputError, numberFieldAt } from '../scenarios/index.js';
import { messages } from '../scenarios/messages.js';

export function parseParamRange(raw: string): ParameterRange {
  const source = `--param ${raw}`;
  const fail = (message: string): never => {
    throw new InputError([{ source, path: '', message }]);
  };
  const match = /^([^=]+)=([^:]+):([^:]+)$/.exec(raw.trim());
  if (match === null) return fail(messages.paramRangeSyntax(raw));
  const [, path, lowText, highText] = match as unknown as [string, string, string, string];
  const low = Number(lowText);
  const high = Number(highText);
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) return fail(messages.paramRangeSyntax(raw));
  const segments = path.split('.').map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
  const field = numberFieldAt(segments);
  if (field === undefined) return fail(messages.notANumberField(path));
  return { path, low, high, integer: field.integer };
}
