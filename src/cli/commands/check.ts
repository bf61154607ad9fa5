/** `brink check <scenario> --targets <file>`: how well an ensemble reproduces stylized facts. */
import type { Argv, CommandModule } from 'yargs';
import { checkPipeline } from '../../commands/check/pipeline.js';
import { checkSummaryText } from '../../commands/check/summary.js';
import type { Io } from '../io.js';
import { parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface CheckArgs extends ScenarioFlags {
  scenario: string;
  targets: string;
  runs?: string;
  require?: string;
}

/** Exit code when fewer targets are met than --require asks: a result, not a crash. */
const EXIT_TOO_FEW_MET = 1;

export function checkCommand(io: Io): CommandModule<object, CheckArgs> {
  return {
    command: 'check <scenario>',
    describe: 'check an ensemble against stylized facts: observed value, simulated value with interval, band, pass/fail',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('targets', { type: 'string', demandOption: true, describe: 'targets file (YAML), e.g. scenarios/targets/oct-2025.yaml' })
        .option('runs', { type: 'string', describe: "ensemble size N (default: the targets file's runs)" })
        .option('require', { type: 'string', describe: 'exit 1 unless at least this many targets are met' })
        .example('$0 check scenarios/durand-line-2025.yaml --targets scenarios/targets/oct-2025.yaml', 'the 14 facts of Oct 2025, 1,000 runs')
        .example('$0 check scenarios/quiet-border.yaml --targets scenarios/targets/oct-2025.yaml --runs 200 --require 12', 'fail unless 12 are met') as unknown as Argv<CheckArgs>,
    handler: async (args) => {
      const required = parseWhole('--require', args.require, 0, Number.MAX_SAFE_INTEGER);
      const checked = await withPreamble(io, args, (common) => {
        const runs = parseWhole('--runs', args.runs, 1, 1_000_000);
        return checkPipeline({
          ...common,
          scenario: args.scenario,
          targets: args.targets,
          ...(runs === undefined ? {} : { runs }),
          ...(required === undefined ? {} : { required }),
        });
      });
      const { result, folder } = checked;
      printResult(io, args, () => ({ folder, seed: checked.seed, ...result }), () => checkSummaryText(checked.scenario.info.name, checked.targets.name, checked.seed, result, folder));
      if (required !== undefined && result.passed < required) {
        throw Object.assign(new Error(`${result.passed} of ${result.total} targets met; --require ${required}`), { exitCode: EXIT_TOO_FEW_MET });
      }
    },
  };
}
