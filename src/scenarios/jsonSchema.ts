/** The published JSON Schema of scenario files, generated from the zod schema. */
import { z } from 'zod';
import { scenarioSchema } from './schema/scenarioSchema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  // io 'input': fields with defaults are optional in files, which is what editors should know.
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The text of `schema/scenario.schema.json`: stable key order, trailing newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
