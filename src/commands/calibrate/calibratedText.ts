/**
 * The calibrated scenario file: the original text with the best values written in, and the
 * `--set`/`--days` the search ran with, so the file alone reproduces what was checked. Comments
 * stay; each change is noted.
 */
import { currentValue } from '../../calibration/search/currentValue.js';
import { InputError, scenarioTextWithValues, type LoadedScenario, type Override, type PreparedScenario, type ValueChange } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { parseOverride } from '../../scenarios/overrides.js';
import { readScenarioText } from '../../scenarios/source.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';

export function calibratedText(
  file: string,
  prepared: PreparedScenario,
  flags: { readonly set: readonly string[]; readonly days: number | undefined },
  parameters: readonly SweepParameter[],
  values: readonly number[],
  by: string,
): string {
  const original = prepared.base.params;
  const given: ValueChange[] = flags.set.map((raw) => parseOverride(raw)).map((o) => ({ path: o.path, value: o.value, comment: `set by --set when calibrated by ${by}` }));
  if (flags.days !== undefined) given.push({ path: ['days'], value: flags.days, comment: `set by --days when calibrated by ${by}` });
  const searched = parameters.flatMap((parameter, d): ValueChange[] => {
    const before = currentValue(original, prepared.data, parameter.segments);
    const after = values[d]!;
    return before === after ? [] : [{ path: parameter.segments, value: after, comment: `calibrated by ${by}: was ${before ?? 'the default'}` }];
  });
  return scenarioTextWithValues(readScenarioText(file), [...given, ...searched]);
}

/** A candidate's scenario: the searched values as overrides after `--set`, validated like the file. */
export function loadCandidate(
  withOverrides: (extra: readonly Override[]) => LoadedScenario,
  parameters: readonly SweepParameter[],
  values: readonly number[],
): LoadedScenario {
  const assignments = parameters.map((p, d) => `${p.path}=${values[d]}`).join(', ');
  try {
    return withOverrides(parameters.map((p, d) => ({ source: `--param ${p.path}=${values[d]}`, path: p.segments, value: values[d] })));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([...error.problems, { source: 'brink calibrate', path: '', message: messages.candidateInvalid(assignments) }]);
  }
}
