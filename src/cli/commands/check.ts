/** `brink check <scenario> --targets <file>`: how well an ensemble reproduces stylized facts. */
import type { Argv, CommandModule } from 'yargs';
import { checkTargets } from '../../calibration/checkTargets.js';
import { writeCheckFolder } from '../../report/checkFolder.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { loadScenario, loadTargets } from '../../scenarios/index.js';
import { checkSummaryText } from '../checkSummary.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { progressBar } from '../progress.js';

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
      const startedAt = new Date();
      const started = performance.now();
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const scenario = loadScenario(args.scenario, { set: asList(args.set), ...(days === undefined ? {} : { days }) });
      const targets = loadTargets(args.targets);
      const runs = parseWhole('--runs', args.runs, 1, 1_000_000) ?? targets.runs;
      const required = parseWhole('--require', args.require, 0, targets.targets.length);
      const { seed, source } = chooseSeed(args.seed, scenario);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      const progress = progressBar(!args.quiet && !args.json, `${scenario.info.name} check`);
      let result;
      try {
        result = await checkTargets(scenario.params, targets, { seed, runs, onProgress: (done, total) => progress.update(done, total) });
      } finally {
        progress.stop();
      }
      const folder = await writeCheckFolder({
        outRoot: args.out,
        scenario,
        targets,
        result,
        seed,
        seedSource: source,
        startedAt,
        wallMs: performance.now() - started,
        charts: args.charts,
      });
      refreshReportsIndex(args.out);
      if (args.json) io.stdout(`${JSON.stringify({ folder, seed, ...result }, null, 2)}\n`);
      else if (!args.quiet) io.stdout(checkSummaryText(scenario.info.name, targets.name, seed, result, folder));
      if (required !== undefined && result.passed < required) {
        throw Object.assign(new Error(`${result.passed} of ${result.total} targets met; --require ${required}`), { exitCode: EXIT_TOO_FEW_MET });
      }
    },
  };
}
