/**
 * `brink init`: a new, commented scenario file that validates, from the blank template or a
 * bundled scenario.
 *
 * Phases:
 *   1. check the name, the folder and that the file does not exist (unless `force`)
 *   2. the template's or bundled scenario's text, renamed, with the schema path from the new
 *      file's folder                                            (scenarios/newScenarioText.ts)
 *   3. write it atomically
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { writeFileAtomically } from '../../report/atomicFolder.js';
import { newScenarioText, SCENARIO_NAME_PATTERN } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { bundledScenarioFile, SCHEMA_FILE, templateFile, templateNames } from '../../scenarios/packageFiles.js';
import { readScenarioText } from '../../scenarios/source.js';
import { flagError } from '../shared/flagError.js';

export const DEFAULT_SCENARIO_NAME = 'my-scenario';

export interface InitPipelineInput {
  /** Scenario name; the file is `<name>.yaml` (a `.yaml` ending is dropped). */
  readonly name: string;
  /** `blank` (a template) or a bundled scenario's name. */
  readonly from: string;
  /** Folder to write the file into. */
  readonly out: string;
  /** Overwrite an existing file. */
  readonly force?: boolean;
}

/** Where a new file's text comes from: a template (`blank`) or a bundled scenario. */
function source(from: string): { file: string; origin?: string } {
  if (templateNames().includes(from)) return { file: templateFile(from) };
  return { file: bundledScenarioFile(from), origin: `brink's ${from}.yaml` };
}

/** The schema as a relative path from the new file's folder, with `/` as YAML editors expect. */
function schemaPathFrom(folder: string): string {
  return relative(resolve(folder), SCHEMA_FILE).split(sep).join('/');
}

/**
 * @example
 * const { file } = initPipeline({ name: 'border-2026', from: 'durand-line-2025', out: 'scenarios' });
 */
export function initPipeline(input: InitPipelineInput): { readonly file: string } {
  const name = input.name.replace(/\.ya?ml$/, '');
  if (!SCENARIO_NAME_PATTERN.test(name)) throw flagError('brink init', messages.scenarioName(name));
  if (existsSync(input.out) && !statSync(input.out).isDirectory()) throw flagError('--out', messages.notAFolder(input.out));
  const target = join(input.out, `${name}.yaml`);
  if (existsSync(target) && input.force !== true) throw flagError(target, messages.fileExists());
  const { file, origin } = source(input.from);
  const text = newScenarioText(readScenarioText(file), {
    name,
    schemaPath: schemaPathFrom(input.out),
    file: target,
    ...(origin === undefined ? {} : { origin }),
  });
  writeFileAtomically(target, text);
  return { file: target };
}
