/** `brink scenarios`: the bundled scenarios, one line each: name, first sentence, path. */
import type { Argv, CommandModule } from 'yargs';
import { scenariosPipeline, scenariosText } from '../../commands/scenarios/pipeline.js';
import type { Io } from '../io.js';

interface ScenariosArgs {
  json: boolean;
}

export function scenariosCommand(io: Io): CommandModule<object, ScenariosArgs> {
  return {
    command: 'scenarios',
    describe: 'list the bundled scenarios: name, what it is, and its file',
    builder: (argv: Argv) =>
      argv
        .option('json', { type: 'boolean', default: false, describe: 'print the list as JSON' })
        .example('$0 scenarios', 'one line per bundled scenario, with the path to give brink run') as unknown as Argv<ScenariosArgs>,
    handler: (args) => {
      const list = scenariosPipeline();
      if (args.json) {
        io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      io.stdout(scenariosText(list));
    },
  };
}
