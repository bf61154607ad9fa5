/** `brink validate <files…>`: check scenario files; every problem with file:line:column; exit 2 on any. */
import type { Argv, CommandModule } from 'yargs';
import { InputError, loadScenario } from '../../scenarios/index.js';
import type { Io } from '../io.js';

interface ValidateArgs {
  files: string[];
  quiet: boolean;
}

export function validateCommand(io: Io): CommandModule<object, ValidateArgs> {
  return {
    command: 'validate <files..>',
    describe: 'check scenario files and report every problem at once',
    builder: (argv: Argv) =>
      argv
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files' })
        .option('quiet', { type: 'boolean', default: false, describe: 'print only problems' })
        .example('$0 validate scenarios/*.yaml', 'check every bundled scenario') as unknown as Argv<ValidateArgs>,
    handler: (args) => {
      const problems = [];
      for (const file of args.files) {
        try {
          const s = loadScenario(file);
          const p = s.params;
          if (!args.quiet) {
            io.stdout(
              `ok  ${file}  (${s.info.name}: ${p.days} days, states ${p.states.map((x) => x.id).join(' and ')}, ` +
                `${p.spoilers.length} spoiler(s), ${p.thirdParties.length} third part${p.thirdParties.length === 1 ? 'y' : 'ies'}, ${p.events.length} scripted event(s))\n`,
            );
          }
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(...error.problems);
        }
      }
      if (problems.length > 0) throw new InputError(problems);
    },
  };
}
