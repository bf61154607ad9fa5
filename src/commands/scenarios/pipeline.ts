/**
 * `brink scenarios`: the bundled scenarios, one line each, so an analyst can pick one to run,
 * show or copy with `brink init --from` without reading the package's folders.
 *
 * Phases:
 *   1. the names of `scenarios/*.yaml`, then the case library's dyad files and bouts
 *      (`scenarios/cases/<dyad>.yaml`, `scenarios/cases/<dyad>/<bout>.yaml`)  (scenarios/packageFiles.ts)
 *   2. load each as `brink run` would, for its name and description (scenarios/load.ts)
 *   3. the description's first sentence and the file's path
 */
import { readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { loadScenario } from '../../scenarios/index.js';
import { bundledCases, bundledScenarioFile, bundledScenarioNames, SCENARIOS_FOLDER } from '../../scenarios/packageFiles.js';

export interface BundledScenario {
  /**
   * A scenario's `name`, which is also its file's base name; for the case library, the dyad
   * (its folder's name) or the bout (its file's base name).
   */
  readonly name: string;
  /** A scenario to run as it is, a case library's dyad file, or a bout (which extends its dyad file). */
  readonly kind: 'scenario' | 'dyad' | 'bout';
  /** The dyad of a dyad file or bout. */
  readonly dyad?: string;
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
export function scenariosPipeline(cwd: string = process.cwd(), folder: string = SCENARIOS_FOLDER): readonly BundledScenario[] {
  const entry = (file: string, name: string, kind: BundledScenario['kind'], dyad?: string): BundledScenario => {
    const { info } = loadScenario(file);
    return { name, kind, ...(dyad === undefined ? {} : { dyad }), summary: firstSentence(info.description), path: displayPath(file, cwd) };
  };
  const scenarios = (folder === SCENARIOS_FOLDER ? bundledScenarioNames().map(bundledScenarioFile) : yamlFiles(folder)).map((file) => entry(file, loadScenario(file).info.name, 'scenario'));
  const cases = bundledCases(folder).flatMap(({ dyad, file, bouts }) => [
    ...(file === undefined ? [] : [entry(file, dyad, 'dyad', dyad)]),
    ...bouts.map((bout) => entry(bout, basename(bout, '.yaml'), 'bout', dyad)),
  ]);
  return [...scenarios, ...cases];
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(folder, f));
}

/**
 * The list for a person: the scenarios one a line, then the case library grouped by dyad (the
 * dyad file, then its bouts indented), under the command that checks it.
 */
export function scenariosText(list: readonly BundledScenario[]): string {
  const label = (s: BundledScenario) => (s.kind === 'bout' ? `  ${s.name}` : s.kind === 'dyad' ? `${s.name} (dyad file)` : s.name);
  const width = Math.max(...list.map((s) => label(s).length));
  const line = (s: BundledScenario) => `${label(s).padEnd(width)}  ${s.summary}  (${s.path})\n`;
  const scenarios = list.filter((s) => s.kind === 'scenario');
  const cases = list.filter((s) => s.kind !== 'scenario');
  const library = cases.length === 0 ? '' : `\ncase library (brink check --cases scenarios/cases; each bout extends its dyad file):\n${cases.map(line).join('')}`;
  return `${scenarios.map(line).join('')}${library}`;
}
