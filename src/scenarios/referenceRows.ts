/**
 * The scenario reference as data: one row per field of the zod schema, with its path, type,
 * default, valid values and meaning. Read from the schema itself (descriptions from `.meta()`,
 * defaults from `.default()`, ranges from its JSON Schema) and, for state parameters, from the
 * per-profile defaults table, so the reference cannot drift from what validation accepts.
 */
import { z } from 'zod';
import { rungKeySchema } from './schema/ladderSchema.js';
import { scenarioSchema } from './schema/scenarioSchema.js';
import { STATE_PARAMETERS, type StateParameterName } from './schema/stateSchema.js';

export interface ReferenceRow {
  /** `states.<id>.capability`, `events[<n>].day`: the `--set` path with placeholders. */
  readonly path: string;
  readonly type: string;
  /** A value, "required", "—" (optional, no default), or "strong / weak" defaults. */
  readonly default: string;
  readonly valid: string;
  readonly meaning: string;
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly shape?: Record<string, z.ZodType>;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

interface Peeled {
  readonly schema: z.ZodType;
  readonly description: string | undefined;
  readonly optional: boolean;
  readonly hasDefault: boolean;
  readonly defaultValue: unknown;
}

/** Removes optional/default wrappers, keeping the outermost description and the default. */
function peel(schema: z.ZodType): Peeled {
  let current = schema;
  let description: string | undefined;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    description ??= z.globalRegistry.get(current)?.description;
    const def = defOf(current);
    if (def.type === 'default' && def.innerType !== undefined) {
      hasDefault = true;
      defaultValue = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'optional' && def.innerType !== undefined) {
      optional = true;
      current = def.innerType;
    } else {
      return { schema: current, description, optional, hasDefault, defaultValue };
    }
  }
}

interface JsonLeaf {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  /** A literal: the one value allowed (history.border.closed: true). */
  const?: unknown;
  anyOf?: JsonLeaf[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
}

const jsonOf = (schema: z.ZodType): JsonLeaf => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonLeaf;

const isBounded = (value: number | undefined): value is number => value !== undefined && Math.abs(value) < Number.MAX_SAFE_INTEGER;

function typeOf(leaf: JsonLeaf): string {
  if (leaf.anyOf !== undefined) return leaf.anyOf.map(typeOf).join(' or ');
  if (leaf.enum !== undefined) return 'one of';
  switch (leaf.type) {
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'string':
      return leaf.format === 'date' ? 'date' : 'string';
    case 'object':
      return 'mapping';
    case 'array':
      return 'list';
    default:
      return 'any';
  }
}

/** The message a pattern's own check gives (e.g. "an id: a letter, then …"), from a value no pattern here allows. */
function patternMessage(schema: z.ZodType): string | undefined {
  const result = schema.safeParse('\u0000');
  const issue = result.success ? undefined : result.error.issues.find((i) => i.code === 'invalid_format');
  return issue?.message;
}

function numberRange(leaf: JsonLeaf): string {
  const low = leaf.exclusiveMinimum ?? leaf.minimum;
  const high = leaf.exclusiveMaximum ?? leaf.maximum;
  if (isBounded(low) && isBounded(high)) {
    if (leaf.type === 'integer') return `${low}–${high}`;
    return `${leaf.exclusiveMinimum !== undefined ? '(' : '['}${low}, ${high}${leaf.exclusiveMaximum !== undefined ? ')' : ']'}`;
  }
  if (isBounded(low)) return `${leaf.exclusiveMinimum !== undefined ? '>' : '≥'} ${low}`;
  return '';
}

function validOf(schema: z.ZodType, leaf: JsonLeaf): string {
  if (leaf.anyOf !== undefined) {
    const def = defOf(schema) as Def & { options?: z.ZodType[] };
    return (def.options ?? [])
      .map((option, n) => {
        const part = leaf.anyOf![n]!;
        const valid = validOf(option, part);
        return valid === '' ? typeOf(part) : `${typeOf(part)}: ${valid}`;
      })
      .join('; or ');
  }
  if (leaf.enum !== undefined) return leaf.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (leaf.const !== undefined) return `\`${String(leaf.const)}\` only`;
  if (leaf.type === 'integer' || leaf.type === 'number') return numberRange(leaf);
  if (leaf.type === 'string') {
    if (leaf.format === 'date') return 'YYYY-MM-DD';
    if (leaf.pattern !== undefined) return patternMessage(schema) ?? `matches \`${leaf.pattern}\``;
    const lengths = [leaf.minLength !== undefined && leaf.minLength > 0 ? `${leaf.minLength}` : '0', leaf.maxLength];
    return leaf.maxLength === undefined ? '' : `${lengths[0]}–${lengths[1]} characters`;
  }
  if (leaf.type === 'array' && leaf.maxItems !== undefined) return `at most ${leaf.maxItems} items`;
  return '';
}

function defaultText(peeled: Peeled): string {
  if (!peeled.hasDefault) return peeled.optional ? '—' : 'required';
  const value = peeled.defaultValue;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0 ? 'none' : 'see its fields';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function stateDefault(name: StateParameterName): string {
  const { strong, weak } = STATE_PARAMETERS[name];
  return strong === weak ? String(strong) : `${strong} (strong) / ${weak} (weak)`;
}

/** `<id>` for records keyed by ids, `<rung>` for the ladder's rung numbers. */
function keyPlaceholder(record: Def): string {
  return record.keyType === rungKeySchema ? '<rung>' : '<id>';
}

function keysText(record: Def): string {
  const key = record.keyType;
  if (key === undefined) return '';
  const keyDef = defOf(key);
  if (keyDef.type === 'enum') return `keys ${Object.values(keyDef.entries ?? {}).join(', ')}`;
  const message = patternMessage(key);
  return message === undefined ? '' : `keys: ${message}`;
}

const isContainer = (schema: z.ZodType): boolean => ['object', 'record', 'array'].includes(defOf(schema).type);

function walk(schema: z.ZodType, path: string, rows: ReferenceRow[]): void {
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) field(child, path === '' ? key : `${path}.${key}`, rows);
  } else if (def.type === 'record' && def.valueType !== undefined && isContainer(peel(def.valueType).schema)) {
    walk(peel(def.valueType).schema, `${path}.${keyPlaceholder(def)}`, rows);
  } else if (def.type === 'array' && def.element !== undefined) {
    walk(peel(def.element).schema, `${path}[<n>]`, rows);
  }
}

function field(schema: z.ZodType, path: string, rows: ReferenceRow[]): void {
  const peeled = peel(schema);
  const inner = peeled.schema;
  const def = defOf(inner);
  const stateParameter = /^states\.<id>\.(\w+)$/.exec(path)?.[1];
  const parameter = stateParameter !== undefined && stateParameter in STATE_PARAMETERS ? (stateParameter as StateParameterName) : undefined;
  let type = typeOf(jsonOf(inner));
  let valid = validOf(inner, jsonOf(inner));
  if (def.type === 'record' && def.valueType !== undefined) {
    const value = peel(def.valueType).schema;
    const scalarValues = !isContainer(value);
    type = scalarValues ? `mapping of ${typeOf(jsonOf(value))}s` : 'mapping';
    valid = [keysText(def), scalarValues ? `values ${validOf(value, jsonOf(value))}` : ''].filter((text) => text !== '').join('; ');
  }
  const fromLadder = path.startsWith('ladder.changes.<rung>.');
  rows.push({
    path,
    type,
    default: parameter !== undefined ? stateDefault(parameter) : fromLadder ? "the default ladder's" : defaultText(peeled),
    valid,
    // State parameters: the table's text, since the schema's description repeats the defaults.
    meaning: parameter === undefined ? (peeled.description ?? '') : STATE_PARAMETERS[parameter].doc,
  });
  walk(inner, path, rows);
}

/** Every field of a scenario file, in schema order, parents before their fields. */
export function scenarioReferenceRows(): ReferenceRow[] {
  return schemaReferenceRows(scenarioSchema);
}

/** The same rows for any brink input schema: a targets file, a measure's options. */
export function schemaReferenceRows(schema: z.ZodType): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  walk(peel(schema).schema, '', rows);
  return rows;
}

/** The description of the mapping found at a record's `<id>` (e.g. "A state: its profile …"). */
export function entityDescription(topLevelKey: string): string | undefined {
  const shape = defOf(peel(scenarioSchema).schema).shape ?? {};
  const top = shape[topLevelKey];
  if (top === undefined) return undefined;
  const def = defOf(peel(top).schema);
  const entity = def.type === 'record' ? def.valueType : def.type === 'array' ? def.element : peel(top).schema;
  return entity === undefined ? undefined : peel(entity).description;
}
