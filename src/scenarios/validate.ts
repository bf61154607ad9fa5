/**
 * Validation: parsed data (+ overrides) → either the schema's output or every problem at once,
 * each located in the file (or at the `--set` that caused it) with what was expected and found.
 */
import type { z } from 'zod';
import { checkCrossReferences, type PathProblem } from './crossReferences.js';
import type { ChainedText } from './extendsChain.js';
import { formatPath, InputError, messages, type Problem } from './messages.js';
import { overrideFor, type Override } from './overrides.js';
import { scenarioSchema, type ScenarioDocument } from './schema/scenarioSchema.js';
import { describeExpected, knownKeys, schemaAt } from './schemaPaths.js';
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
  const result = schema.safeParse(data);
  const pathProblems = result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(schema, issue, data));
  pathProblems.push(...(options.crossCheck?.(data) ?? []));
  if (pathProblems.length === 0 && result.success) return result.data;
  const problems = pathProblems.map((problem) => locate(problem, parsed, overrides));
  throw new InputError(sortProblems(dedupe(problems)));
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
    default: {
      const expected = expectedOf(schema, issue);
      return [{ path, message: found === undefined ? messages.missing(expected) : messages.expectedFound(expected, found) }];
    }
  }
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

function locate(problem: PathProblem, parsed: ChainedText, overrides: readonly Override[]): Problem {
  const override = overrideFor(overrides, problem.path);
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
