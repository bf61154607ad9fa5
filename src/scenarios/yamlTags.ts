/**
 * YAML that parses but means something brink does not read: a `%YAML` version other than 1.2
 * (1.1 reads `yes` as true, `010` as 8 and dates as timestamps) and tags beyond the plain ones
 * (`!!timestamp`, `!!binary`, `!!set`, `!custom`). yaml turns those into Dates, Buffers or Sets,
 * which the schema could only report as "found a mapping"; found here on yaml's token stream,
 * before anything is resolved, they are reported as what they are, at the directive or tag.
 */
import { Parser } from 'yaml';
import { messages } from './messages.js';

/** The core schema's tags: they say what a plain value is already, so they change nothing brink reads. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'merge']);

export interface TextProblem {
  /** Offset of the directive or tag in the text. */
  readonly offset: number;
  readonly message: string;
}

export function unsupportedYaml(text: string): TextProblem[] {
  const found: TextProblem[] = [];
  // The concrete syntax tree is plain nested objects and arrays; directives and tags are its
  // tokens of type 'directive' and 'tag', wherever they sit (item starts, separators, props).
  // Walked with a stack of its own: a file nested 100,000 deep must not overflow the call stack.
  const pending: unknown[] = [...new Parser().parse(text)];
  while (pending.length > 0) {
    const token = pending.pop();
    if (typeof token !== 'object' || token === null) continue;
    if (Array.isArray(token)) {
      pending.push(...token);
      continue;
    }
    const { type, offset, source } = token as { type?: unknown; offset?: unknown; source?: unknown };
    if (typeof offset === 'number' && typeof source === 'string') {
      const message = type === 'directive' ? directiveProblem(source) : type === 'tag' ? tagProblem(source) : undefined;
      if (message !== undefined) found.push({ offset, message });
    }
    for (const value of Object.values(token)) if (typeof value === 'object') pending.push(value);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function directiveProblem(source: string): string | undefined {
  const shown = shorten(source.trim());
  const version = /^%YAML\s+(\S+)/.exec(source);
  if (version !== null) return version[1] === '1.2' ? undefined : messages.yamlVersion(shown);
  // %TAG only names a prefix; the tags written with it are checked one by one.
  if (/^%TAG\s/.test(source)) return undefined;
  return messages.yamlDirective(shown);
}

function tagProblem(source: string): string | undefined {
  if (source === '!') return undefined; // the non-specific tag: "a plain string"
  const name = /^!!([A-Za-z]+)$/.exec(source)?.[1] ?? /^!<tag:yaml\.org,2002:([A-Za-z]+)>$/.exec(source)?.[1];
  if (name !== undefined && PLAIN_TAGS.has(name)) return undefined;
  return name === 'timestamp' ? messages.timestampTag(shorten(source)) : messages.unsupportedTag(shorten(source));
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
