/**
 * `brink init [name]`: writes `<name>.yaml`, a commented scenario that validates, from the blank
 * template or a bundled scenario. Its first line points YAML editors at the JSON Schema shipped
 * with brink. Never overwrites a file without --force.
 */
import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_SCENARIO_NAME, initPipeline } from '../../commands/init/pipeline.js';
import { bundledScenarioNames, templateNames } from '../../scenarios/packageFiles.js';
import type { Io } from '../io.js';

interface InitArgs {
  name: string;
  from: string;
  out: string;
  force: boolean;
  quiet: boolean;
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
      const { file } = initPipeline({ name: args.name, from: args.from, out: args.out, force: args.force });
      if (!args.quiet) io.stdout(`wrote ${file} (from ${args.from})\nnext: brink validate ${file}, then brink run ${file}\n`);
    },
  };
}
