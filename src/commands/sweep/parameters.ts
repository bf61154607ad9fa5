/**
 * The options of `brink sweep` (and the searched ranges of `brink calibrate`), parsed and checked
 * against the scenario before anything runs:
 * `--param path=from:to[:steps]` (the path must be a numeric parameter of this scenario, the
 * range inside its valid range), `--design`, `--samples`, `--outcome`. Every problem is an
 * input error (exit 2) naming the flag as typed.
 */
import { closestPaths, inRange, InputError, nonNumericField, numericParameter, numericParameterPaths, type Problem } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { closestName } from '../../scenarios/suggest.js';
import { SOBOL_MAX_DIMENSIONS } from '../../sim/design/joeKuoDirections.js';
import { DESIGNS, type DesignKind } from '../../sim/design/sweepDesign.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import { SCALAR_OUTCOMES } from '../../stats/index.js';
import { flagError } from '../shared/flagError.js';

/** Largest design a sweep accepts: beyond this the point list itself becomes the problem. */
export const MAX_POINTS = 100_000;
export const MAX_STEPS = 10_000;
/** Sobol' designs take two sequence dimensions per parameter. */
export const MAX_SOBOL_PARAMETERS = Math.floor(SOBOL_MAX_DIMENSIONS / 2);

export interface ParamFlag {
  /** As typed after `--param`. */
  readonly raw: string;
  readonly path: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number | undefined;
}

const NUMBER = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?$/i;

function problem(raw: string, message: string): Problem {
  return { source: `--param ${raw}`, path: '', message };
}

export function parseParamFlag(raw: string): ParamFlag {
  const fail = (message: string): never => {
    throw new InputError([problem(raw, message)]);
  };
  const eq = raw.indexOf('=');
  if (eq <= 0) fail(messages.paramSyntax(raw));
  const path = raw.slice(0, eq).trim();
  const parts = raw.slice(eq + 1).split(':').map((part) => part.trim());
  if (path === '' || parts.length < 2 || parts.length > 3) fail(messages.paramSyntax(raw));
  const [fromText, toText, stepsText] = parts as [string, string, string | undefined];
  if (!NUMBER.test(fromText) || !Number.isFinite(Number(fromText))) fail(messages.paramNumber('from', fromText));
  if (!NUMBER.test(toText) || !Number.isFinite(Number(toText))) fail(messages.paramNumber('to', toText));
  let steps: number | undefined;
  if (stepsText !== undefined) {
    if (!/^[1-9][0-9]*$/.test(stepsText) || Number(stepsText) > MAX_STEPS) fail(messages.paramSteps(stepsText));
    steps = Number(stepsText);
  }
  const from = Number(fromText);
  const to = Number(toText);
  if (steps === 1 && from !== to) fail(messages.paramOneStep(from, to));
  return { raw, path, from, to, steps };
}

/**
 * The swept parameters, each checked against this scenario's data (after `--set`): a numeric
 * parameter it has, a range inside the valid one, whole ends for whole-number parameters,
 * steps for grids. Every problem at once. `note` receives non-fatal remarks.
 */
export function sweepParameters(raws: readonly string[], data: unknown, design: DesignKind, note: (text: string) => void): SweepParameter[] {
  const problems: Problem[] = [];
  const flags: ParamFlag[] = [];
  for (const raw of raws) {
    try {
      flags.push(parseParamFlag(raw));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (raws.length === 0) problems.push({ source: '--param', path: '', message: messages.paramNeeded() });
  const known = numericParameterPaths(data);
  const seen = new Set<string>();
  const parameters: SweepParameter[] = [];
  for (const flag of flags) {
    const add = (message: string) => problems.push(problem(flag.raw, message));
    if (seen.has(flag.path)) add(messages.paramDuplicate(flag.path));
    seen.add(flag.path);
    const parameter = numericParameter(data, flag.path);
    if (parameter === undefined) {
      const other = nonNumericField(flag.path);
      const lastSegment = flag.path.split('.').at(-1)!;
      // An existing field of another type (an id, a switch) gets its own message.
      if (other !== undefined && !/^[0-9]+$/.test(lastSegment)) add(messages.paramNotNumeric(flag.path, other));
      else add(messages.paramUnknownPath(flag.path, closestPaths(flag.path, known)));
      continue;
    }
    if (design === 'grid' && flag.steps === undefined) add(messages.paramStepsNeeded(flag.path));
    if (design !== 'grid' && flag.steps !== undefined) note(messages.paramStepsIgnored(flag.raw, design));
    for (const value of [flag.from, flag.to]) {
      if (parameter.integer && !Number.isInteger(value)) add(messages.paramNotWhole(flag.path, value));
      else if (!inRange(parameter, value)) add(messages.paramOutOfRange(flag.path, value, parameter.expected));
    }
    parameters.push({
      path: flag.path,
      segments: parameter.segments,
      from: flag.from,
      to: flag.to,
      steps: design === 'grid' ? flag.steps : undefined,
      integer: parameter.integer,
    });
  }
  if (design === 'sobol' && flags.length > MAX_SOBOL_PARAMETERS) problems.push({ source: '--param', path: '', message: messages.sobolParameters(flags.length, MAX_SOBOL_PARAMETERS) });
  if (problems.length > 0) throw new InputError(problems);
  return parameters;
}

export function parseDesign(text: string | undefined = 'grid'): DesignKind {
  if (!(DESIGNS as readonly string[]).includes(text)) throw flagError('--design', messages.expectedFound(DESIGNS.join(', '), text));
  return text as DesignKind;
}

/** Outcomes charted and tabulated by default. */
export const DEFAULT_OUTCOMES: Readonly<Record<DesignKind, readonly string[]>> = {
  grid: ['pWar', 'pCeasefireBy30', 'pReached7'],
  lhs: ['pWar', 'pCeasefireBy30', 'pReached7'],
  sobol: ['pWar'],
};

/** `--outcome` values (repeatable, comma-separated), checked; the design's defaults when none. */
export function parseOutcomes(values: readonly string[] | undefined, design: DesignKind): string[] {
  const names = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (names.length === 0) return [...DEFAULT_OUTCOMES[design]];
  for (const name of names) {
    if (!SCALAR_OUTCOMES.includes(name)) throw flagError('--outcome', messages.unknownOutcome(name, SCALAR_OUTCOMES, closestName(name, SCALAR_OUTCOMES)));
  }
  return [...new Set(names)];
}
