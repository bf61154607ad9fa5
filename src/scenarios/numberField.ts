/**
 * What the scenario schema says about a numeric field at a `--set`-style path: whether it is a
 * whole number. Searches over parameters (calibrate) round such fields. Undefined when the path
 * is not a number field.
 */
import { scenarioSchema } from './schema/scenarioSchema.js';
import { schemaAt, unwrap } from './schemaPaths.js';

export function numberFieldAt(path: readonly (string | number)[]): { readonly integer: boolean } | undefined {
  const schema = schemaAt(scenarioSchema, path);
  if (schema === undefined) return undefined;
  const inner = unwrap(schema) as unknown as { def: { type: string }; isInt?: boolean };
  if (inner.def.type !== 'number') return undefined;
  return { integer: inner.isInt === true };
}
