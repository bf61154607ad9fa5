/**
 * `brink init [name]`: writes `<name>.yaml`, a commented scenario that validates, from the blank
 * template or a bundled scenario. Its first line points YAML editors at the JSON Schema shipped
 * with brink. Never overwrites a file without --force.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { writeFileAtomically } from '../../report/atomicFolder.js';
import { newScenarioText, SCENARIO_NAME_PATTERN } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { bundledScenarioFile, bundledScenarioNames, SCHEMA_FILE, templateFile, templateNames } from '../../scenarios/packageFiles.js';
import { readScenarioText } from '../../scenarios/source.js';
import { flagError } from '../errors.js';
import type { Io } from '../io.js';

interface InitArgs {
  name: string;
  from: string;
  out: string;
  force: boolean;
  quiet: boolean;
}

export const DEFAULT_SCENARIO_NAME = 'my-scenario';

/** Where a new file's text comes from: a template (`blank`) or a bundled scenario. */
function source(from: string): { file: string; origin?: string } {
  if (templateNames().includes(from)) return { file: templateFile(from) };
  return { file: bundledScenarioFile(from), origin: `brink's ${from}.yaml` };
}

/** The schema as a relative path from the new file's folder, with `/` as YAML editors expect. */
function schemaPathFrom(folder: string): string {
  return relative(resolve(folder), SCHEMA_FILE).split(sep).join('/');
}

export function initCommand(io: Io): CommandModule<object, InitArgs> {
  const choices = [...templateNames(), ...bundledScenarioNames()];
  return {
    command: 'init [name]',
    describe: 'write a new, commented scenario file that validates: blank, or a copy of a bundled scenario',
    builder: (argv: Argv) =>
      argv
        .positional('name', { type: 'string', default: DEFAULT_SCENARIO_NAME, describe: 'scenario name; the file is <name>.yaml' })
        .option('from', { type: 'string', choices, default: 'blank', describe: 'start from the blank template or a bundled scenario' })
        .option('out', { type: 'string', default: '.', describe: 'folder to write the file into' })
        .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing file' })
        .option('quiet', { type: 'boolean', default: false, describe: 'print only errors' })
        .example('$0 init', 'write my-scenario.yaml: two states, a spoiler and a mediator, every section explained')
        .example('$0 init border-2026 --from durand-line-2025 --out scenarios', 'start from the October 2025 case') as unknown as Argv<InitArgs>,
    handler: (args) => {
      const name = args.name.replace(/\.ya?ml$/, '');
      if (!SCENARIO_NAME_PATTERN.test(name)) throw flagError('brink init', messages.scenarioName(name));
      if (existsSync(args.out) && !statSync(args.out).isDirectory()) throw flagError('--out', messages.notAFolder(args.out));
      const target = join(args.out, `${name}.yaml`);
      if (existsSync(target) && !args.force) throw flagError(target, messages.fileExists());
      const { file, origin } = source(args.from);
      const text = newScenarioText(readScenarioText(file), {
        name,
        schemaPath: schemaPathFrom(args.out),
        file: target,
        ...(origin === undefined ? {} : { origin }),
      });
      writeFileAtomically(target, text);
      if (!args.quiet) io.stdout(`wrote ${target} (from ${args.from})\nnext: brink validate ${target}, then brink run ${target}\n`);
    },
  };
}
