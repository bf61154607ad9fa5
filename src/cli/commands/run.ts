/** `brink run <scenario>`: one seeded run → its output folder and a summary. */
import type { Argv, CommandModule } from 'yargs';
import type { RunResult } from '../../model/index.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { writeRunFolder } from '../../report/runFolder.js';
import { loadScenario } from '../../scenarios/index.js';
import { RunError } from '../../sim/executeBatch.js';
import { runScenario } from '../../sim/runScenario.js';
import { RunFailure } from '../errors.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { runSummaryText } from '../summary.js';
import type { Io } from '../io.js';

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
      const startedAt = new Date();
      const started = performance.now();
      const runIndex = parseWhole('--run-index', args['run-index'], 0, Number.MAX_SAFE_INTEGER) ?? 0;
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const scenario = loadScenario(args.scenario, { set: asList(args.set), ...(days === undefined ? {} : { days }) });
      const { seed, source } = chooseSeed(args.seed, scenario);
      // Printed even with --quiet: without it the run could not be reproduced.
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      let result: RunResult;
      try {
        result = runScenario(scenario, { seed, runIndex });
      } catch (error) {
        if (error instanceof RunError) throw new RunFailure(seed, runIndex, error.cause ?? error.detail);
        throw error;
      }
      const { folder } = await writeRunFolder({
        outRoot: args.out,
        scenario,
        result,
        seedSource: source,
        startedAt,
        wallMs: performance.now() - started,
        charts: args.charts,
      });
      refreshReportsIndex(args.out);
      if (args.json) {
        io.stdout(`${JSON.stringify({ folder, seed, runIndex, scenario: scenario.info.name, outcome: result.outcome }, null, 2)}\n`);
      } else if (!args.quiet) {
        io.stdout(runSummaryText(scenario, result, folder));
      }
    },
  };
}
