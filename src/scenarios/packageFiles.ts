/**
 * Files brink ships beside its code: the bundled scenarios, the scenario templates of
 * `brink init` and the generated JSON Schema. Found from this module's location, which is two
 * levels below the package root both in `src/scenarios` (from source) and `dist/scenarios`
 * (built or installed), so they are found wherever the package lives.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding brink's package.json. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `schema/scenario.schema.json`: the JSON Schema editors validate scenario files against. */
export const SCHEMA_FILE = join(PACKAGE_ROOT, 'schema', 'scenario.schema.json');

export const SCENARIOS_FOLDER = join(PACKAGE_ROOT, 'scenarios');
const TEMPLATES_FOLDER = join(PACKAGE_ROOT, 'templates');

const yamlNames = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => file.slice(0, -'.yaml'.length))
        .sort()
    : [];

/** Names of the scenarios shipped in `scenarios/`, such as `durand-line-2025`. */
export function bundledScenarioNames(): string[] {
  return yamlNames(SCENARIOS_FOLDER);
}

/**
 * The path of a bundled scenario file, for `loadScenario`.
 *
 * @example
 * const scenario = loadScenario(bundledScenarioFile('durand-line-2025'));
 */
export function bundledScenarioFile(name: string): string {
  return join(SCENARIOS_FOLDER, `${name}.yaml`);
}

/** Names of the templates in `templates/` that are not bundled scenarios (e.g. `blank`). */
export function templateNames(): string[] {
  return yamlNames(TEMPLATES_FOLDER);
}

export function templateFile(name: string): string {
  return join(TEMPLATES_FOLDER, `${name}.yaml`);
}

/** A dyad of the case library (`scenarios/cases`): its dyad file and its bouts' files, sorted. */
export interface BundledDyad {
  readonly dyad: string;
  /** `cases/<dyad>.yaml`, when there is one. */
  readonly file: string | undefined;
  /** `cases/<dyad>/<bout>.yaml` (not the targets files). */
  readonly bouts: readonly string[];
}

/**
 * The case library under `<folder>/cases`: a dyad for every `<dyad>.yaml` or `<dyad>/` folder.
 * Bouts are the `.yaml` files of a dyad's folder other than `.targets.yaml` ones.
 */
export function bundledCases(folder: string = SCENARIOS_FOLDER): BundledDyad[] {
  const cases = join(folder, 'cases');
  if (!existsSync(cases)) return [];
  const entries = readdirSync(cases, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  const names = new Set([
    ...entries.filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => e.name.slice(0, -'.yaml'.length)),
    ...entries.filter((e) => e.isDirectory()).map((e) => e.name),
  ]);
  return [...names].sort().map((dyad) => ({
    dyad,
    file: existsSync(join(cases, `${dyad}.yaml`)) ? join(cases, `${dyad}.yaml`) : undefined,
    bouts: existsSync(join(cases, dyad))
      ? yamlNames(join(cases, dyad))
          .filter((name) => !name.endsWith('.targets'))
          .map((name) => join(cases, dyad, `${name}.yaml`))
      : [],
  }));
}
