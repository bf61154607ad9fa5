/**
 * Targets file → validated targets, with every problem located (file:line:column) like a
 * scenario file's. Measure names are checked with a "did you mean", and target ids must be unique.
 */
import { formatPath, InputError, messages, type Problem } from '../messages.js';
import { readScenarioText } from '../source.js';
import { closestName } from '../suggest.js';
import { validateDocument } from '../validate.js';
import { parseScenarioText, positionOf } from '../yamlDocument.js';
import { sha256 } from '../hash.js';
import type { PathProblem } from '../crossReferences.js';
import { MEASURE_NAMES } from './measureCatalogue.js';
import { targetsSchemaFor, type TargetsDocument } from './targetsSchema.js';

export interface LoadedTargets extends TargetsDocument {
  readonly file: string;
  readonly fileHash: string;
}

export function loadTargets(file: string): LoadedTargets {
  return loadTargetsText(readScenarioText(file), file);
}

export function loadTargetsText(text: string, source: string): LoadedTargets {
  const parsed = parseScenarioText(text, source);
  if (parsed.problems.length > 0) throw new InputError(parsed.problems);
  // Unknown measures first: the union's own message would only say "invalid input".
  const unknown = unknownMeasures(parsed.data);
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((problem): Problem => {
        const { line, column } = positionOf(parsed, problem.path);
        return { source, line, column, path: formatPath(problem.path), message: problem.message };
      }),
    );
  }
  const document = validateDocument(targetsSchemaFor(parsed.data), parsed, parsed.data, [], { kind: 'targets', crossCheck: duplicateIds }) as TargetsDocument;
  return { ...document, file: source, fileHash: sha256(text) };
}

function criteriaOf(data: unknown): { path: (string | number)[]; measure: unknown }[] {
  const found: { path: (string | number)[]; measure: unknown }[] = [];
  const targets = (data as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets)) return found;
  targets.forEach((target, t) => {
    const list = (target as { criteria?: unknown } | null)?.criteria;
    if (!Array.isArray(list)) return;
    list.forEach((criterion, c) => found.push({ path: ['targets', t, 'criteria', c, 'measure'], measure: (criterion as { measure?: unknown } | null)?.measure }));
  });
  return found;
}

function unknownMeasures(data: unknown): PathProblem[] {
  return criteriaOf(data)
    .filter(({ measure }) => typeof measure !== 'string' || !(MEASURE_NAMES as readonly string[]).includes(measure))
    .map(({ path, measure }) => ({
      path,
      message:
        measure === undefined
          ? messages.missing(`a measure (${MEASURE_NAMES.join(', ')})`)
          : messages.unknownReference('measure', measure, MEASURE_NAMES, typeof measure === 'string' ? closestName(measure, MEASURE_NAMES) : undefined),
    }));
}

function duplicateIds(data: unknown): PathProblem[] {
  const targets = (data as { targets?: unknown }).targets;
  if (!Array.isArray(targets)) return [];
  const seen = new Set<unknown>();
  const problems: PathProblem[] = [];
  targets.forEach((target, t) => {
    const id = (target as { id?: unknown } | null)?.id;
    if (id !== undefined && seen.has(id)) problems.push({ path: ['targets', t, 'id'], message: messages.duplicateId(String(id)) });
    seen.add(id);
  });
  return problems;
}
