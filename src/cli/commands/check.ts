/**
 * `brink check <scenario> --targets <file>`: how well an ensemble reproduces stylized facts;
 * `brink check --cases <dir>`: every bout of a case library against its own targets.
 */
import type { Argv, CommandModule } from 'yargs';
import { checkCasesPipeline } from '../../commands/cases/pipeline.js';
import { casesJsonSummary, casesSummaryText } from '../../commands/cases/summary.js';
import { checkPipeline } from '../../commands/check/pipeline.js';
import { checkSummaryText } from '../../commands/check/summary.js';
import { flagError } from '../errors.js';
import type { Io } from '../io.js';
import { parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface CheckArgs extends ScenarioFlags {
  scenario?: string;
  targets?: string;
  cases?: string;
  runs?: string;
  require?: string;
}

/** Exit code when fewer targets are met than --require asks: a result, not a crash. */
const EXIT_TOO_FEW_MET = 1;

export function checkCommand(io: Io): CommandModule<object, CheckArgs> {
  return {
    command: 'check [scenario]',
    describe: 'check an ensemble against stylized facts: observed value, simulated value with interval, band, pass/fail',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', describe: 'scenario file (YAML or JSON); not with --cases' })
        .option('targets', { type: 'string', describe: 'targets file (YAML), e.g. scenarios/targets/oct-2025.yaml' })
        .option('cases', {
          type: 'string',
          requiresArg: true,
          describe: "a case library (scenarios/cases) or one dyad's folder: check every <bout>.yaml against its <bout>.targets.yaml",
        })
        .option('runs', { type: 'string', describe: "ensemble size N (default: the targets file's runs)" })
        .option('require', { type: 'string', describe: 'exit 1 unless at least this many targets are met' })
        .example('$0 check scenarios/durand-line-2025.yaml --targets scenarios/targets/oct-2025.yaml', 'the 14 facts of Oct 2025, 1,000 runs')
        .example('$0 check scenarios/quiet-border.yaml --targets scenarios/targets/oct-2025.yaml --runs 200 --require 12', 'fail unless 12 are met')
        .example('$0 check --cases scenarios/cases --seed golden --runs 200', 'every bout of every dyad; a line per dyad') as unknown as Argv<CheckArgs>,
    handler: async (args) => {
      if (args.cases !== undefined) return checkCases(io, args);
      const required = parseWhole('--require', args.require, 0, Number.MAX_SAFE_INTEGER);
      const checked = await withPreamble(io, args, (common) => {
        const runs = parseWhole('--runs', args.runs, 1, 1_000_000);
        if (args.scenario === undefined) throw flagError('brink check', 'expected a scenario file and --targets, or --cases <dir>');
        if (args.targets === undefined) throw flagError('--targets', 'expected a targets file (YAML) with the scenario, e.g. --targets scenarios/targets/oct-2025.yaml');
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

/** `brink check --cases <dir>`: a failed target is a result (exit 0), not an error. */
async function checkCases(io: Io, args: CheckArgs): Promise<void> {
  if (args.scenario !== undefined) throw flagError('--cases', `checks the bouts of a case library, each against its own targets: expected no scenario file, found ${args.scenario}`);
  if (args.targets !== undefined) throw flagError('--cases', `takes each bout's targets from <bout>.targets.yaml beside it: expected no --targets, found ${args.targets}`);
  if (args.require !== undefined) throw flagError('--require', 'applies to one scenario\'s check, not to --cases');
  const cases = args.cases!;
  const checked = await withPreamble(io, args, (common) => {
    const runs = parseWhole('--runs', args.runs, 1, 1_000_000);
    return checkCasesPipeline({ ...common, cases, ...(runs === undefined ? {} : { runs }) });
  });
  printResult(io, args, () => casesJsonSummary(checked.bouts, checked.tally, checked.folder), () => casesSummaryText(checked.bouts, checked.tally, checked.folder));
}
