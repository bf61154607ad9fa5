/**
 * `--set path=value`: changes to a scenario given on the command line. Paths follow the file's
 * structure (`states.pakistan.proportionality`, `thirdParties.qatar.leverage.afghanistan`,
 * `events.0.day`); values are read as YAML scalars (`0.5`, `true`, `closed`). Overrides are
 * applied to the parsed data before validation, so they are checked exactly like the file.
 */
import { parse as parseYaml } from 'yaml';
import { InputError, messages, type Problem } from './messages.js';
import { scenarioSchema } from './schema/scenarioSchema.js';
import { schemaAt, unwrap } from './schemaPaths.js';
import { unsupportedYaml } from './yamlTags.js';

export interface Override {
  /** The flag as typed, for messages: `--set states.pakistan.capability=2`. */
  readonly source: string;
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** `flag` names where the override came from in messages and manifests (`--set`, `--set-b`). */
export function parseOverride(raw: string, flag = '--set'): Override {
  const source = `${flag} ${raw}`;
  const fail = (message: string): never => {
    throw new InputError([{ source, path: '', message }]);
  };
  const eq = raw.indexOf('=');
  if (eq <= 0) fail(messages.setSyntax(raw));
  const pathText = raw.slice(0, eq).trim();
  const valueText = raw.slice(eq + 1);
  const segments = pathText.split('.');
  if (segments.some((segment) => segment === '')) fail(messages.setSyntax(raw));
  for (const segment of segments) if (FORBIDDEN_SEGMENTS.has(segment)) fail(messages.forbiddenKey(segment));
  // A tag would make a Date, Buffer or Set of the value, which validation could only call a mapping.
  const unsupported = unsupportedYaml(valueText)[0];
  if (unsupported !== undefined) fail(unsupported.message);
  let value: unknown;
  try {
    value = valueText.trim() === '' ? '' : parseYaml(valueText, { strict: true, maxAliasCount: 0, logLevel: 'error' });
  } catch {
    value = valueText;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) fail(messages.nonFinite(valueText));
  return { source, path: segments.map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s)), value };
}

/**
 * Applies overrides to a copy of the data. Missing mappings along a path are created; a path
 * through a scalar is an error.
 */
export function applyOverrides(data: unknown, overrides: readonly Override[]): unknown {
  const root: unknown = structuredClone(data);
  const problems: Problem[] = [];
  for (const override of overrides) {
    let node = root as Record<string | number, unknown>;
    const { path } = override;
    // A list takes only canonical indices up to its length (the next one appends): `-1`, `01`,
    // `1e1`, `0x1` or `length` would set a property the schema never sees (or truncate the list),
    // and `99999` would leave 99,998 holes.
    const badIndex = (at: number): boolean => {
      if (!Array.isArray(node)) return false;
      const key = path[at]!;
      if (typeof key === 'number' && key <= node.length) return false;
      problems.push({ source: override.source, path: '', message: messages.setListIndex(path.slice(0, at).join('.'), node.length, key) });
      return true;
    };
    for (let n = 0; n < path.length - 1; n += 1) {
      const key = path[n]!;
      if (badIndex(n)) {
        node = undefined as never;
        break;
      }
      let next = node[key];
      if (next === undefined || next === null) {
        // A number segment is a list index only where the schema has a list (`events.0.day`);
        // elsewhere it is a key (`ladder.6.muMil`).
        next = isListAt(path.slice(0, n + 1)) ? [] : {};
        node[key] = next;
      }
      if (typeof next !== 'object') {
        problems.push({
          source: override.source,
          path: '',
          message: messages.setThroughValue(path.slice(0, n + 1).join('.'), next),
        });
        node = undefined as never;
        break;
      }
      node = next as Record<string | number, unknown>;
    }
    if (node !== undefined && !badIndex(path.length - 1)) node[path[path.length - 1]!] = override.value;
  }
  if (problems.length > 0) throw new InputError(problems);
  return root;
}

function isListAt(path: readonly (string | number)[]): boolean {
  const schema = schemaAt(scenarioSchema, path);
  return schema !== undefined && (unwrap(schema) as unknown as { def: { type: string } }).def.type === 'array';
}

/**
 * The override a problem at `path` is the doing of, if any, so the problem names the flag rather
 * than a line of the file that does not say it:
 *   - one that set `path` or a value above it (`--set states.pakistan.capability=abc`);
 *   - one that created the node `path` lies in: `--set states.india.capability=1` makes
 *     `states.india`, so its missing fields, and `--set history.0.bogus=1` makes `history`, so its
 *     unknown key `0`, come from the flag (the file has no line for them: positionOf would fall
 *     back to an ancestor's);
 *   - one that added a key or item to the collection at `path` (a third state reported at
 *     `states`). Never the whole document: a file's own missing `name` is not a `--set`'s doing.
 * `fileData` is the file's data before any override: what the file itself holds.
 */
export function overrideFor(overrides: readonly Override[], path: readonly PropertyKey[], fileData: unknown): Override | undefined {
  const at = path.map(String);
  return overrides.find((override) => {
    const set = override.path.map(String);
    if (startsWith(at, set)) return true;
    const created = createdBy(fileData, set);
    if (created === undefined) return false;
    return startsWith(at, created) || (at.length > 0 && at.length === created.length - 1 && startsWith(created, at));
  });
}

/** The shortest prefix of an override's path that the file does not have (what the override created). */
function createdBy(fileData: unknown, path: readonly string[]): string[] | undefined {
  let node = fileData;
  for (let n = 0; n < path.length; n += 1) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, path[n]!)) return path.slice(0, n + 1);
    node = (node as Record<string, unknown>)[path[n]!];
  }
  return undefined;
}

export function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, n) => segment === path[n]);
}
