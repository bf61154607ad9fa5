/**
 * Validation: parsed data (+ overrides) → either the schema's output or every problem at once,
 * each located in the file (or at the `--set` that caused it) with what was expected and found.
 */
import type { z } from 'zod';
import { checkCrossReferences, type PathProblem } from './crossReferences.js';
import type { ChainedText } from './extendsChain.js';
import { formatPath, InputError, messages, type Problem } from './messages.js';
import { applyOverrides, overrideFor, startsWith, type Override } from './overrides.js';
import { PARSE_ONCE } from './schema/parseOnce.js';
import { scenarioSchema, type ScenarioDocument } from './schema/scenarioSchema.js';
import { defOf, describeExpected, knownKeys, schemaAt } from './schemaPaths.js';
import { closestName } from './suggest.js';
import { positionOf, type ParsedScenarioText } from './yamlDocument.js';

type Issue = z.core.$ZodIssue;

export function validateScenario(parsed: ParsedScenarioText, data: unknown, overrides: readonly Override[]): ScenarioDocument {
  return validateDocument(scenarioSchema, parsed, data, overrides, { kind: 'scenario', crossCheck: checkCrossReferences });
}

/**
 * Any brink input file (scenario, targets) against its zod schema: the output, or every problem
 * at once, located. `crossCheck` adds problems the schema cannot see (references between parts).
 */
export function validateDocument<S extends z.ZodType>(
  schema: S,
  parsed: ParsedScenarioText,
  data: unknown,
  overrides: readonly Override[],
  options: { readonly kind: string; readonly crossCheck?: (data: unknown) => PathProblem[] },
): z.output<S> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError([{ source: parsed.source, line: 1, column: 1, path: '', message: messages.notAMapping(data, options.kind) }]);
  }
  const result = schema.safeParse(data, PARSE_ONCE);
  const pathProblems = problemsOf(schema, data, options.crossCheck, result);
  if (pathProblems.length === 0 && result.success) return result.data;
  // Where the file alone has problems: worked out once, and only if a problem needs it.
  let fileAlone: Set<string> | undefined;
  const fileHasProblemAt = (key: string): boolean => (fileAlone ??= new Set(problemsOf(schema, parsed.data, options.crossCheck).map(pathKey))).has(key);
  const problems = pathProblems.map((problem) => {
    const override = overrideFor(overrides, problem.path, parsed.data) ?? besideDefault(schema, parsed, overrides, problem.path, options.crossCheck, fileHasProblemAt);
    return locate(problem, parsed, override);
  });
  throw new InputError(sortProblems(dedupe(problems)));
}

function problemsOf(
  schema: z.ZodType,
  data: unknown,
  crossCheck: ((data: unknown) => PathProblem[]) | undefined,
  result = schema.safeParse(data, PARSE_ONCE),
): PathProblem[] {
  const problems = result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(schema, issue, data));
  return [...problems, ...(crossCheck?.(data) ?? [])];
}

function describeIssue(schema: z.ZodType, issue: Issue, data: unknown): PathProblem[] {
  const path = issue.path;
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: messages.unknownKey(key, closestName(key, known)),
        atKey: true,
      }));
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const expected = inner?.code === 'invalid_format' ? inner.message : 'a valid key';
      return [{ path, message: messages.expectedFound(expected, path[path.length - 1]), atKey: true }];
    }
    case 'too_big':
    case 'too_small': {
      // A string or list over (or under) its length limit is of the right type: say the limit
      // and its length (as zod counts it), not "expected a string" with the value cut short.
      const size = typeof found === 'string' ? found.length : Array.isArray(found) ? found.length : undefined;
      const unit = issue.origin === 'string' ? 'character' : issue.origin === 'array' ? 'item' : undefined;
      if (size === undefined || unit === undefined) return describeOther(schema, issue, path, found);
      const big = issue.code === 'too_big';
      return [{ path, message: messages.sizeLimit(big ? 'at most' : 'at least', Number(big ? issue.maximum : issue.minimum), unit, size) }];
    }
    default:
      return describeOther(schema, issue, path, found);
  }
}

function describeOther(schema: z.ZodType, issue: Issue, path: PropertyKey[], found: unknown): PathProblem[] {
  const expected = expectedOf(schema, issue);
  return [{ path, message: found === undefined ? messages.missing(expected) : messages.expectedFound(expected, found) }];
}

function expectedOf(schema: z.ZodType, issue: Issue): string {
  // A refinement's message says what it expects (e.g. "min ≤ max").
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'invalid_format') return issue.format === 'date' ? 'a date YYYY-MM-DD' : issue.message;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  return describeExpected(schemaAt(schema, issue.path));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * `--set spoilers.ttp.severityMin=20000` against the default severityMax (10000): the problem is
 * at a field the file leaves to its default, so the file has no line for it, and it is the doing
 * of the flag that set a value beside it. That flag is the one that, applied to the file alone,
 * brings the problem about; if the file has it anyway, or no single flag does, it stays the file's.
 */
function besideDefault(
  schema: z.ZodType,
  parsed: ParsedScenarioText,
  overrides: readonly Override[],
  path: readonly PropertyKey[],
  crossCheck: ((data: unknown) => PathProblem[]) | undefined,
  fileHasProblemAt: (key: string) => boolean,
): Override | undefined {
  const field = schemaAt(schema, path);
  if (overrides.length === 0 || field === undefined || !['default', 'prefault'].includes(defOf(field).type) || valueAt(parsed.data, path) !== undefined) return undefined;
  const key = pathKey({ path });
  if (fileHasProblemAt(key)) return undefined;
  const hasProblemHere = (data: unknown): boolean => problemsOf(schema, data, crossCheck).some((p) => pathKey(p) === key);
  const beside = overrides.filter((o) => startsWith(o.path.map(String), path.slice(0, -1).map(String)));
  return beside.find((override) => {
    try {
      return hasProblemHere(applyOverrides(parsed.data, [override]));
    } catch (error) {
      // An override that only applies after another (an item appended to a list): not this one.
      if (error instanceof InputError) return false;
      throw error;
    }
  });
}

const pathKey = (problem: { readonly path: readonly PropertyKey[] }): string => problem.path.map(String).join('\0');

function locate(problem: PathProblem, parsed: ChainedText, override: Override | undefined): Problem {
  const path = formatPath(problem.path);
  if (override !== undefined) return { source: override.source, path, message: problem.message };
  // A scenario that extends another: the file of the chain that wrote the value.
  const owner = parsed.ownerOf?.(problem.path) ?? parsed;
  const { line, column } = positionOf(owner, problem.path, problem.atKey === true);
  return { source: owner.source, line, column, path, message: problem.message };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.source}:${p.line}:${p.column}:${p.path}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Command-line problems first (a `--set states=3` is the cause of everything the file then
 * lacks), then file order (line, column), so output reads top to bottom.
 */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? -Infinity) - (b.line ?? -Infinity) || (a.column ?? 0) - (b.column ?? 0));
}
