/**
 * Scenario text → a YAML document that remembers where every value came from, so problems can
 * name file:line:column. JSON is parsed by the same YAML 1.2 parser (JSON is a subset); YAML
 * 1.1 and tags that make other than plain values are refused (yamlTags.ts).
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
  type ParsedNode,
} from 'yaml';
import { messages, type Problem } from './messages.js';
import { unsupportedYaml } from './yamlTags.js';

/** Alias expansions allowed when converting to plain data: a cap against alias bombs. */
export const MAX_ALIAS_COUNT = 100;
/** Keys that could reach Object.prototype when a mapping becomes a JS object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ParsedScenarioText {
  readonly source: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Plain data, or undefined when the text had problems. */
  readonly data: unknown;
  readonly problems: readonly Problem[];
}

export function parseScenarioText(text: string, source: string): ParsedScenarioText {
  // logLevel 'error': yaml's warnings (a collection used as a key) go to the process's stderr,
  // outside brink's messages; what they warn of is reported as a problem of the file instead.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, merge: true, logLevel: 'error' });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Unsupported directives and tags first, alone: yaml's own errors about them ("Set items must
  // all have null values", "Could not resolve tag") are consequences that would bury the cause.
  const unsupported = unsupportedYaml(text).map(({ offset, message }): Problem => ({ source, ...at(offset), path: '', message }));
  const problems: Problem[] = unsupported.length > 0 ? unsupported : document.errors.map((error) => ({
    source,
    ...at(error.pos[0]),
    path: '',
    message: messages.yamlSyntax(firstLine(error.message)),
  }));
  if (problems.length === 0) problems.push(...scanNodes(document.contents, [], source, at));
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws a ReferenceError both for an alias with no anchor and for too many
      // expansions: only the second is a possible bomb, the first is a typo to point at.
      const text = String((error as Error).message ?? error);
      const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(firstLine(text));
      if (unresolved !== null) {
        problems.push({ source, ...aliasPosition(document, unresolved[1]!, at), path: '', message: messages.undefinedAlias(unresolved[1]!) });
      } else {
        const message = error instanceof ReferenceError && /alias/i.test(text) ? messages.aliasBomb(MAX_ALIAS_COUNT) : messages.yamlSyntax(firstLine(text));
        problems.push({ source, line: 1, column: 1, path: '', message });
      }
    }
  }
  return { source, document, lineCounter, data: problems.length === 0 ? data : undefined, problems };
}

/** Refuses prototype-tampering keys and non-finite numbers (.inf, .nan, 1e999), wherever they are. */
function scanNodes(node: unknown, path: PropertyKey[], source: string, at: (offset: number) => Position): Problem[] {
  const found: Problem[] = [];
  const visit = (current: unknown, where: PropertyKey[]): void => {
    if (isMap(current)) {
      for (const pair of current.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const name = String(key);
        const keyNode = pair.key as ParsedNode | null;
        if (FORBIDDEN_KEYS.has(name)) {
          found.push({ source, ...at(keyNode?.range?.[0] ?? 0), path: formatWhere(where), message: messages.forbiddenKey(name) });
          continue;
        }
        visit(pair.value, [...where, name]);
      }
    } else if (isSeq(current)) {
      current.items.forEach((item, index) => visit(item, [...where, index]));
    } else if (isScalar(current) && typeof current.value === 'number' && !Number.isFinite(current.value)) {
      const text = current.source ?? String(current.value);
      found.push({ source, ...at((current as ParsedNode).range?.[0] ?? 0), path: formatWhere(where), message: messages.nonFinite(text) });
    }
  };
  visit(node, path);
  return found;
}

function formatWhere(path: readonly PropertyKey[]): string {
  return path.map((part, n) => (typeof part === 'number' ? `[${part}]` : n === 0 ? String(part) : `.${String(part)}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/**
 * Where a path's value (or, with `key`, its key) sits in the text. Falls back to the nearest
 * ancestor that exists: a missing field is reported at the mapping that lacks it.
 */
export function positionOf(parsed: ParsedScenarioText, path: readonly PropertyKey[], key = false): Position {
  let node: unknown = parsed.document.contents;
  let keyNode: unknown = undefined;
  for (const part of path) {
    if (isAlias(node)) node = node.resolve(parsed.document);
    let next: unknown = undefined;
    let nextKey: unknown = undefined;
    if (isMap(node)) {
      const pair = findPair(parsed.document, node, String(part), 0);
      if (pair !== undefined) {
        next = pair.value;
        nextKey = pair.key;
      }
    } else if (isSeq(node) && typeof part === 'number') {
      next = node.items[part];
    }
    if (next === undefined && nextKey === undefined) break;
    node = next ?? nextKey;
    keyNode = nextKey;
  }
  const target = (key && keyNode !== undefined ? keyNode : node) as YamlNode | undefined;
  const offset = (target as ParsedNode | undefined)?.range?.[0] ?? 0;
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}

/** A merge key (`<<: *base`): yaml gives its key scalar a symbol value. */
function isMergePair(item: Pair<unknown, unknown>): boolean {
  return isPair(item) && isScalar(item.key) && typeof item.key.value === 'symbol';
}

/**
 * The pair holding `name` in a mapping: its own keys first, then those it merges (`<<: *a` or
 * `<<: [*a, *b]`, the first source winning, as yaml merges them), so a problem in a merged value
 * points at the line in the anchored mapping it came from. `depth` stops a merge cycle.
 */
function findPair(document: Document.Parsed, map: YAMLMap<unknown, unknown>, name: string, depth: number): Pair<unknown, unknown> | undefined {
  const own = map.items.find((item) => !isMergePair(item) && isScalar(item.key) && String(item.key.value) === name);
  if (own !== undefined || depth > MAX_ALIAS_COUNT) return own;
  for (const merge of map.items.filter(isMergePair)) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const resolved = isAlias(source) ? source.resolve(document) : source;
      if (!isMap(resolved)) continue;
      const found = findPair(document, resolved, name, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Where the first alias `*name` is (the one yaml could not resolve), or the document's start. */
function aliasPosition(document: Document.Parsed, name: string, at: (offset: number) => Position): Position {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      if (node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at(offset);
}
