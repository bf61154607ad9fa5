/**
 * Walking the zod schema along a data path: which keys a mapping allows (for "did you mean")
 * and what a field expects (for "expected …, found …"), described from the schema itself.
 */
import { z } from 'zod';

type AnySchema = z.ZodType;

export interface Def {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  valueType?: AnySchema;
  keyType?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
  items?: AnySchema[];
}

export const defOf = (schema: AnySchema): Def => (schema as unknown as { def: Def }).def;

/** Removes optional/default/nullable wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}

/** The schema that validates the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const part of path) {
    if (current === undefined) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[String(part)];
    else if (def.type === 'record') current = def.valueType;
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'tuple') current = def.items?.[Number(part)];
    else return undefined;
  }
  return current;
}

/** The keys a mapping at `path` accepts (empty for free-form records). */
export function knownKeys(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, path);
  if (schema === undefined) return [];
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'record' && def.keyType !== undefined) {
    const keyDef = defOf(def.keyType) as Def & { entries?: Record<string, string> };
    if (keyDef.type === 'enum') return Object.values(keyDef.entries ?? {});
  }
  return [];
}

interface JsonSchemaLeaf {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchemaLeaf[];
}

/** What a field expects, in words: "a number in (0, 10]", "one of strong, weak". */
export function describeExpected(schema: AnySchema | undefined): string {
  if (schema === undefined) return 'nothing here';
  const leaf = z.toJSONSchema(unwrap(schema), { io: 'input', unrepresentable: 'any' }) as JsonSchemaLeaf;
  return describeLeaf(leaf);
}

function describeLeaf(leaf: JsonSchemaLeaf): string {
  if (leaf.enum !== undefined) return `one of ${leaf.enum.map((v) => String(v)).join(', ')}`;
  if (leaf.anyOf !== undefined) return leaf.anyOf.map(describeLeaf).join(' or ');
  switch (leaf.type) {
    case 'number':
    case 'integer': {
      const noun = leaf.type === 'integer' ? 'a whole number' : 'a number';
      const low = leaf.exclusiveMinimum ?? leaf.minimum;
      const high = leaf.exclusiveMaximum ?? leaf.maximum;
      const safe = (v: number | undefined) => v !== undefined && Math.abs(v) < Number.MAX_SAFE_INTEGER;
      if (safe(low) && safe(high)) {
        if (leaf.type === 'integer' && leaf.exclusiveMinimum === undefined && leaf.exclusiveMaximum === undefined) {
          return `${noun} from ${low} to ${high}`;
        }
        return `${noun} in ${leaf.exclusiveMinimum !== undefined ? '(' : '['}${low}, ${high}${leaf.exclusiveMaximum !== undefined ? ')' : ']'}`;
      }
      if (safe(low)) return `${noun} ${leaf.exclusiveMinimum !== undefined ? '>' : '≥'} ${low}`;
      return noun;
    }
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    default:
      return 'a value';
  }
}
