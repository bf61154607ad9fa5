/**
 * The text of a new scenario file made from a template or a bundled scenario (`brink init`):
 * renamed, its first line pointing editors at the JSON Schema, comments kept. Edits lines rather
 * than re-serialising the YAML, since a round trip through a YAML library would reflow the
 * comments and folded strings that make these files worth copying.
 */
import { loadScenarioText } from './load.js';

export interface NewScenarioOptions {
  /** The scenario's `name` (already checked against SCENARIO_NAME_PATTERN). */
  readonly name: string;
  /** The JSON Schema as seen from the new file's folder, with `/` separators. */
  readonly schemaPath: string;
  /** Where the text came from, said in a comment (e.g. "brink's durand-line-2025.yaml"); none for templates. */
  readonly origin?: string;
  /** The new file's path, for messages. */
  readonly file: string;
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/;
const NAME_LINE = /^name:.*$/m;

export function newScenarioText(template: string, options: NewScenarioOptions): string {
  const lines = template.split('\n');
  const schemaLine = `# yaml-language-server: $schema=${options.schemaPath}`;
  if (SCHEMA_LINE.test(lines[0] ?? '')) lines[0] = schemaLine;
  else lines.unshift(schemaLine, '#');
  if (options.origin !== undefined) lines.splice(1, 0, '#', `# Started from ${options.origin} by \`brink init\`.`);
  const text = lines.join('\n');
  if (!NAME_LINE.test(text)) throw new Error(`the template for ${options.file} has no top-level name: line`);
  const renamed = text.replace(NAME_LINE, `name: ${options.name}`);
  // A template that does not validate is a bug in brink, not the user's input: find it here.
  loadScenarioText(renamed, options.file);
  return renamed;
}
