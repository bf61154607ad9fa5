/** `brink run <scenario>`: one seeded run → its output folder and a summary. */
import type { Argv, CommandModule } from 'yargs';
import { runPipeline } from '../../commands/run/pipeline.js';
import { runJson, runSummaryText } from '../../commands/run/summary.js';
import type { Io } from '../io.js';
import { parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface RunArgs extends ScenarioFlags {
  scenario: string;
  'run-index'?: string;
}

export function runCommand(io: Io): CommandModule<object, RunArgs> {
  return {
    command: 'run <scenario>',
    describe: 'one seeded run: trajectory CSVs, event log, outcome and manifest',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('run-index', { type: 'string', describe: 'which run of the seed (as in an ensemble)', default: '0' })
        .example('$0 run scenarios/durand-line-2025.yaml --seed golden', 'run 0 of seed "golden"')
        .example('$0 run scenarios/durand-line-2025.yaml --set states.pakistan.proportionality=1.2', 'one parameter changed') as unknown as Argv<RunArgs>,
    handler: async (args) => {
      const runIndex = parseWhole('--run-index', args['run-index'], 0, Number.MAX_SAFE_INTEGER) ?? 0;
      const run = await withPreamble(io, args, (common) => runPipeline({ ...common, scenario: args.scenario, runIndex }));
      printResult(io, args, () => runJson(run), () => runSummaryText(run.scenario, run.result, run.folder));
    },
  };
}
