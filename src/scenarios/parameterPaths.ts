/**
 * The numeric parameters of a scenario that `brink sweep --param` can vary: every number field
 * of the schema, under the ids the scenario actually has (its states, spoilers, third parties,
 * events), with its valid range read from the schema. Unknown paths get the closest valid
 * ones as suggestions.
 */
import { z } from 'zod';
import { defOf, describeExpected, schemaAt, unwrap, type Def } from './schemaPaths.js';
import { DEFAULT_LADDER_ROWS } from '../model/ladder.js';
import { rungKeySchema } from './schema/ladderSchema.js';
import { scenarioSchema } from './schema/scenarioSchema.js';
import { editDistance } from './suggest.js';

type AnySchema = z.ZodType;


/** Top-level numbers that are not model parameters: the default ensemble size and the seed. */
const NOT_PARAMETERS = new Set(['runs', 'seed']);

export interface NumericParameter {
  /** Dotted, as in `--set`: `spoilers.ttp.hazard`, `events.0.day`. */
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly integer: boolean;
  readonly min: number;
  readonly max: number;
  readonly minOpen: boolean;
  readonly maxOpen: boolean;
  /** What the field accepts, in words: "a number in [0, 50]". */
  readonly expected: string;
  /** The schema's description of the field, when it has one. */
  readonly description: string | undefined;
  /** The value the field takes when the file leaves it out, when the schema gives one. */
  readonly defaultValue: number | undefined;
}

interface JsonLeaf {
  type?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Every numeric parameter path of a scenario's data (after `--set`), in schema order. */
export function numericParameterPaths(data: unknown): string[] {
  const stateIds = Object.keys(asObject(asObject(data)?.states) ?? {});
  const out: string[] = [];
  walk(scenarioSchema, data, [], out, { stateIds, rungKeys: rungKeysOf(data) });
  return out;
}

function walk(schema: AnySchema, data: unknown, path: (string | number)[], out: string[], keys: RecordKeys): void {
  const def = defOf(unwrap(schema));
  if (def.type === 'number') {
    out.push(path.join('.'));
  } else if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      if (path.length === 0 && NOT_PARAMETERS.has(key)) continue;
      const value = asObject(data)?.[key];
      // An absent optional group without defaults (an event's action) cannot be set alone.
      if (value === undefined && defOf(child).type === 'optional' && defOf(unwrap(child)).type === 'object') continue;
      walk(child, value, [...path, key], out, keys);
    }
  } else if (def.type === 'record' && def.valueType !== undefined) {
    for (const key of recordKeys(def, data, keys)) walk(def.valueType, asObject(data)?.[key], [...path, key], out, keys);
  } else if (def.type === 'array' && def.element !== undefined && Array.isArray(data)) {
    data.forEach((item, index) => walk(def.element!, item, [...path, index], out, keys));
  }
}

interface RecordKeys {
  readonly stateIds: readonly string[];
  /** The rungs of the scenario's ladder (its own `rungs`, or the default's), as keys of `ladder.changes`. */
  readonly rungKeys: readonly string[];
}

function rungKeysOf(data: unknown): string[] {
  const rungs = asObject(asObject(data)?.ladder)?.rungs;
  const count = Array.isArray(rungs) ? rungs.length : DEFAULT_LADDER_ROWS.length;
  return Array.from({ length: count }, (_, rung) => String(rung));
}

/** Keys of a record: the ladder's rungs, its enum, state ids (a number per state: leverage), or the data's. */
function recordKeys(def: Def, data: unknown, { stateIds, rungKeys }: RecordKeys): string[] {
  if (def.keyType === rungKeySchema) return [...rungKeys];
  const keyDef = def.keyType === undefined ? undefined : (defOf(def.keyType) as Def & { entries?: Record<string, string> });
  if (keyDef?.type === 'enum') return Object.values(keyDef.entries ?? {});
  const present = Object.keys(asObject(data) ?? {});
  if (defOf(unwrap(def.valueType!)).type === 'number') return [...new Set([...stateIds, ...present])];
  return present;
}

/** The schema of the value at a path, or undefined. */
function fieldSchema(segments: readonly (string | number)[]): AnySchema | undefined {
  return schemaAt(scenarioSchema, segments);
}

/**
 * The numeric parameter at `path` in this scenario's data, or undefined when the scenario has
 * no such number (a typo, an id it does not have, a non-numeric field).
 */
export function numericParameter(data: unknown, path: string): NumericParameter | undefined {
  if (!numericParameterPaths(data).includes(path)) return undefined;
  const segments = path.split('.').map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
  const schema = fieldSchema(segments)!;
  const leaf = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonLeaf;
  const inner = z.toJSONSchema(unwrap(schema), { io: 'input', unrepresentable: 'any' }) as JsonLeaf;
  const min = inner.exclusiveMinimum ?? inner.minimum ?? -Number.MAX_VALUE;
  const max = inner.exclusiveMaximum ?? inner.maximum ?? Number.MAX_VALUE;
  return {
    path,
    segments,
    integer: inner.type === 'integer',
    min,
    max,
    minOpen: inner.exclusiveMinimum !== undefined,
    maxOpen: inner.exclusiveMaximum !== undefined,
    expected: describeRange(inner),
    description: leaf.description ?? inner.description,
    defaultValue: typeof leaf.default === 'number' ? leaf.default : undefined,
  };
}

function describeRange(leaf: JsonLeaf): string {
  const noun = leaf.type === 'integer' ? 'a whole number' : 'a number';
  const low = leaf.exclusiveMinimum ?? leaf.minimum;
  const high = leaf.exclusiveMaximum ?? leaf.maximum;
  if (low === undefined || high === undefined) return noun;
  if (leaf.type === 'integer') return `${noun} from ${low} to ${high}`;
  return `${noun} in ${leaf.exclusiveMinimum !== undefined ? '(' : '['}${low}, ${high}${leaf.exclusiveMaximum !== undefined ? ')' : ']'}`;
}

/** Whether a value lies in a parameter's valid range (and is whole where it must be). */
export function inRange(parameter: NumericParameter, value: number): boolean {
  if (parameter.integer && !Number.isInteger(value)) return false;
  const aboveMin = parameter.minOpen ? value > parameter.min : value >= parameter.min;
  const belowMax = parameter.maxOpen ? value < parameter.max : value <= parameter.max;
  return aboveMin && belowMax;
}

/**
 * The known paths closest to a misspelt one, best first. A path is compared whole and by its
 * last segments, so `capability` finds `states.pakistan.capability`.
 *
 * @example closestPaths('spoilers.ttp.hazzard', paths, 3)[0] // 'spoilers.ttp.hazard'
 */
export function closestPaths(path: string, known: readonly string[], count = 5): string[] {
  const typed = path.toLowerCase();
  const depth = typed.split('.').length;
  const score = (candidate: string): number => {
    const lower = candidate.toLowerCase();
    const segments = lower.split('.');
    const whole = editDistance(typed, lower);
    if (segments.length <= depth) return whole;
    // Missing leading segments cost one edit in all.
    return Math.min(whole, editDistance(typed, segments.slice(-depth).join('.')) + 1);
  };
  return known
    .map((candidate) => ({ candidate, distance: score(candidate) }))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/**
 * What a parameter means, from the schema's description (without its defaults), for axis
 * titles: `describeParameter('spoilers.ttp.hazard')` → 'λ0: significant attacks per day'.
 */
export function describeParameter(path: string): string | undefined {
  const segments = path.split('.').map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
  const schema = fieldSchema(segments);
  if (schema === undefined) return undefined;
  const leaf = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonLeaf;
  return leaf.description?.replace(/; default .*$/, '');
}

/**
 * What a field that exists but is not a number expects ("a string", "true or false"), for a
 * clearer message than "unknown path"; undefined when the path is not a field at all.
 */
export function nonNumericField(path: string): string | undefined {
  const schema = fieldSchema(path.split('.').map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s)));
  if (schema === undefined || defOf(unwrap(schema)).type === 'number') return undefined;
  return describeExpected(schema);
}
