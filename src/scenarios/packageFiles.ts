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

const SCENARIOS_FOLDER = join(PACKAGE_ROOT, 'scenarios');
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
