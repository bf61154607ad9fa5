/**
 * `brink scenarios`: the bundled scenarios, one line each, so an analyst can pick one to run,
 * show or copy with `brink init --from` without reading the package's folders.
 *
 * Phases:
 *   1. the names of `scenarios/*.yaml`                         (scenarios/packageFiles.ts)
 *   2. load each as `brink run` would, for its name and description (scenarios/load.ts)
 *   3. the description's first sentence and the file's path
 */
import { isAbsolute, relative } from 'node:path';
import { loadScenario } from '../../scenarios/index.js';
import { bundledScenarioFile, bundledScenarioNames } from '../../scenarios/packageFiles.js';

export interface BundledScenario {
  /** The scenario's `name`, which is also its file's base name. */
  readonly name: string;
  /** The first sentence of its description. */
  readonly summary: string;
  /** Its file: relative to the working folder when inside it, else absolute (so it can be pasted). */
  readonly path: string;
}

/**
 * The first sentence: up to the first `.`, `!` or `?` followed by a space or the end. A colon
 * does not end it: descriptions use one to introduce the actors.
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(flat);
  return end === null ? flat : flat.slice(0, end.index + 1);
}

function displayPath(file: string, cwd: string): string {
  const fromCwd = relative(cwd, file);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? file : fromCwd;
}

/**
 * @example
 * scenariosPipeline().map((s) => s.name); // ['durand-line-2025', 'no-mediators', 'quiet-border']
 */
export function scenariosPipeline(cwd: string = process.cwd()): readonly BundledScenario[] {
  return bundledScenarioNames().map((base) => {
    const file = bundledScenarioFile(base);
    const { info } = loadScenario(file);
    return { name: info.name, summary: firstSentence(info.description), path: displayPath(file, cwd) };
  });
}
