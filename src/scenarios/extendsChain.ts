/**
 * `extends:` — a scenario file applied onto a base file as a JSON Merge Patch (RFC 7386):
 * mappings merge key by key (the extending file wins), lists and scalars replace wholesale, an
 * explicit `null` removes the key. A base may extend another, up to MAX_EXTENDS_DEPTH files.
 *
 * Why a merge patch: a case library keeps a dyad's shared behaviour in one file and each bout
 * says only what the record scripts for it; merging by key keeps a bout file short, replacing
 * lists wholesale keeps `events` and ladder rows readable (no index arithmetic across files).
 *
 * Every value keeps the file it was written in (an origin tree beside the merged data), so a
 * problem is reported at file:line:column of the file that holds the offending value.
 *
 * No file system here: the caller passes `resolveBase` (loadScenario reads files with it), so
 * the browser explorer, which loads text only, refuses `extends` with a message instead.
 */
import { sha256 } from './hash.js';
import { extendsMessages, InputError, type Problem } from './messages.js';
import { parseScenarioText, positionOf, type ParsedScenarioText } from './yamlDocument.js';

/** Files in one chain, the extending file included: deeper is a mistake, not a design. */
export const MAX_EXTENDS_DEPTH = 8;

/** Reads a base file by its path (already resolved against the extending file's folder). */
export type BaseResolver = (file: string) => string;

/** One file of a chain, as a manifest records it. */
export interface ChainFile {
  readonly file: string;
  readonly sha256: string;
}

/**
 * The parsed entry file, able to say which file of the chain wrote the value at a path; its
 * `data` is the whole chain merged (the file as validation sees it before any `--set`).
 */
export interface ChainedText extends ParsedScenarioText {
  /** The parsed file that wrote the value (or, with `atKey`, the key) at `path`. */
  readonly ownerOf?: (path: readonly PropertyKey[]) => ParsedScenarioText;
}

export interface ParsedChain {
  readonly parsed: ChainedText;
  /** The merged data, without `extends` keys; undefined when there were problems. */
  readonly data: unknown;
  /** Every file that went into the scenario, the entry file first, then its base, …. */
  readonly files: readonly ChainFile[];
  readonly problems: readonly Problem[];
}

/** Which file wrote a value; `keys` only where a mapping's keys come from several files. */
interface Origin {
  readonly file: number;
  keys: Map<string, Origin> | undefined;
}

type Plain = Record<string, unknown>;
const isMapping = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `reference` relative to the folder of `from` (POSIX separators, `.` and `..` folded), or
 * itself when absolute. Written here rather than with node:path: the explorer bundles this
 * layer for the browser.
 */
export function resolveRelative(from: string, reference: string): string {
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '.';
  const joined = reference.startsWith('/') ? reference : `${folder}/${reference}`;
  const absolute = joined.startsWith('/');
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const path = parts.join('/');
  return absolute ? `/${path}` : path === '' ? '.' : path;
}

/** RFC 7386 MergePatch(target, patch), recording the origin of every value it writes. */
function mergePatch(target: unknown, origin: Origin, patch: unknown, file: number): [unknown, Origin] {
  if (!isMapping(patch)) return [structuredClone(patch), { file, keys: undefined }];
  const merged: Plain = isMapping(target) ? { ...target } : {};
  const keys = new Map(isMapping(target) ? (origin.keys ?? []) : []);
  const own: Origin = isMapping(target) ? { file: origin.file, keys } : { file, keys };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete merged[key];
      keys.delete(key);
      continue;
    }
    const before = keys.get(key) ?? { file: own.file, keys: undefined };
    const [next, nextOrigin] = mergePatch(merged[key], before, value, file);
    merged[key] = next;
    keys.set(key, nextOrigin);
  }
  return [merged, own];
}

function withoutExtends(data: unknown): unknown {
  if (!isMapping(data) || !('extends' in data)) return data;
  const { extends: _, ...rest } = data;
  return rest;
}

/**
 * Parses `text` and every base it extends, and merges them (base first).
 *
 * Phases:
 *   1. parse the file; stop if it has problems or no `extends`
 *   2. check `extends` (a string), resolve it against the file's folder, refuse a cycle or a
 *      chain deeper than MAX_EXTENDS_DEPTH, read the base through `resolveBase`
 *   3. repeat for the base; then merge the chain from its deepest base up, each file a patch
 */
export function parseScenarioChain(text: string, source: string, resolveBase: BaseResolver | undefined): ParsedChain {
  const chain: ParsedScenarioText[] = [];
  const files: ChainFile[] = [];
  let currentText = text;
  let currentSource = source;
  for (;;) {
    const parsed = parseScenarioText(currentText, currentSource);
    chain.push(parsed);
    files.push({ file: currentSource, sha256: sha256(currentText) });
    if (parsed.problems.length > 0) return { parsed: chain[0]!, data: undefined, files, problems: parsed.problems };
    if (!isMapping(parsed.data) || !('extends' in parsed.data)) break;
    const reference = parsed.data.extends;
    const at = positionOf(parsed, ['extends']);
    const fail = (message: string): ParsedChain => ({ parsed: chain[0]!, data: undefined, files, problems: [{ source: currentSource, ...at, path: 'extends', message }] });
    if (typeof reference !== 'string' || reference.trim() === '') return fail(extendsMessages.notAPath(reference));
    if (resolveBase === undefined) return fail(extendsMessages.noResolver());
    const base = resolveRelative(currentSource, reference);
    const names = files.map((f) => f.file);
    if (names.includes(base)) return fail(extendsMessages.cycle([...names, base]));
    if (names.length >= MAX_EXTENDS_DEPTH) return fail(extendsMessages.tooDeep(MAX_EXTENDS_DEPTH, [...names, base]));
    try {
      currentText = resolveBase(base);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return fail(extendsMessages.unreadable(base, error.problems.map((p) => p.message).join('; ')));
    }
    currentSource = base;
  }
  return merged(chain, files);
}

function merged(chain: readonly ParsedScenarioText[], files: readonly ChainFile[]): ParsedChain {
  const entry = chain[0]!;
  if (chain.length === 1) return { parsed: entry, data: entry.data, files, problems: [] };
  // The deepest base is taken as written (its nulls are its own, for validation to judge);
  // every file above it is a patch onto what is below.
  const last = chain.length - 1;
  let data = withoutExtends(chain[last]!.data);
  let origin: Origin = { file: last, keys: undefined };
  for (let n = last - 1; n >= 0; n -= 1) [data, origin] = mergePatch(data, origin, withoutExtends(chain[n]!.data), n);
  const root = origin;
  // A key's problem lies where the key was written, a value's where the value was (the path of
  // a key problem ends with the key); a missing field's where the mapping lacking it was first
  // written.
  const ownerOf = (path: readonly PropertyKey[]): ParsedScenarioText => {
    let node = root;
    for (const part of path) {
      const next = node.keys?.get(String(part));
      if (next === undefined) break;
      node = next;
    }
    return chain[node.file]!;
  };
  // `data` is the merged chain: what validation takes as "the file's data" (before any --set).
  return { parsed: { ...entry, data, ownerOf }, data, files, problems: [] };
}
