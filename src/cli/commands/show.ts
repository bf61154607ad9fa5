/** `brink show <scenario>`: the resolved parameters, as YAML or `--json`, without running. */
import type { Argv, CommandModule } from 'yargs';
import { stringify } from 'yaml';
import { showPipeline } from '../../commands/show/pipeline.js';
import { MAX_DAYS } from '../../scenarios/index.js';
import type { Io } from '../io.js';
import { asList, parseWhole } from '../options.js';

interface ShowArgs {
  scenario: string;
  set?: string | string[];
  days?: string;
  json: boolean;
}

export function showCommand(io: Io): CommandModule<object, ShowArgs> {
  return {
    command: 'show <scenario>',
    describe: 'print the resolved parameters of a scenario (YAML, or --json) without running it',
    builder: (argv: Argv) =>
      argv
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('set', { type: 'string', describe: 'override a parameter: path=value (repeatable)', requiresArg: true })
        .option('days', { type: 'string', describe: 'horizon in days, overriding the scenario', requiresArg: true })
        .option('json', { type: 'boolean', default: false, describe: 'print JSON instead of YAML' })
        .example('$0 show scenarios/durand-line-2025.yaml', 'every parameter a run uses, defaults filled in')
        .example('$0 show scenarios/quiet-border.yaml --set spoilers.ttp.hazard=0.3 --json', 'check an override before running') as unknown as Argv<ShowArgs>,
    handler: (args) => {
      const days = parseWhole('--days', args.days, 1, MAX_DAYS);
      const { scenario, document } = showPipeline({ scenario: args.scenario, set: asList(args.set), ...(days === undefined ? {} : { days }) });
      if (args.json) {
        io.stdout(`${JSON.stringify(document, null, 2)}\n`);
        return;
      }
      // A header comment naming the source keeps the printed YAML a valid scenario file.
      const header = [`# ${scenario.file}, resolved by brink show`, ...scenario.overrides.map((o) => `#   ${o}`)].join('\n');
      io.stdout(`${header}\n${stringify(document, { lineWidth: 0 })}`);
    },
  };
}
