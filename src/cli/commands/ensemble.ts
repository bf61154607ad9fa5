/** `brink ensemble <scenario>`: Monte Carlo over run indices, on every core, shardable. */
import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { ensembleFolderPath, EnsembleFolderWriter } from '../../report/ensembleFolder.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { loadScenario } from '../../scenarios/index.js';
import { RunError } from '../../sim/executeBatch.js';
import { runEnsemble } from '../../sim/runEnsemble.js';
import { ensembleSummaryText } from '../ensembleSummary.js';
import { RunFailure } from '../errors.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { progressBar } from '../progress.js';
import { parseShard } from '../shard.js';

interface EnsembleArgs extends ScenarioFlags {
  scenario: string;
  runs?: string;
  workers?: string;
  shard?: string;
}

/** Fault injection for tests of failure handling: `BRINK_FAIL_RUN=k` makes run k throw. */
export function injectedFailure(env: NodeJS.ProcessEnv = process.env): number | undefined {
  return env.BRINK_FAIL_RUN !== undefined && /^[0-9]+$/.test(env.BRINK_FAIL_RUN) ? Number(env.BRINK_FAIL_RUN) : undefined;
}

export function ensembleCommand(io: Io): CommandModule<object, EnsembleArgs> {
  return {
    command: 'ensemble <scenario>',
    describe: 'Monte Carlo ensemble: per-day bands, outcome probabilities with intervals, survival to ceasefire',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('runs', { type: 'string', describe: "ensemble size N (default: the scenario's runs)" })
        .option('workers', { type: 'string', describe: 'worker threads (default: available cores)' })
        .option('shard', { type: 'string', describe: 'run shard i of N only: i/N, or N with JOB_COMPLETION_INDEX / SLURM_ARRAY_TASK_ID' })
        .example('$0 ensemble scenarios/durand-line-2025.yaml --runs 1000 --seed golden', '1,000 runs of seed "golden"')
        .example('$0 ensemble scenarios/durand-line-2025.yaml --runs 100000 --shard 2/10', 'the third of ten shards; join them with brink merge') as unknown as Argv<EnsembleArgs>,
    handler: async (args) => {
      const startedAt = new Date();
      const started = performance.now();
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const scenario = loadScenario(args.scenario, { set: asList(args.set), ...(days === undefined ? {} : { days }) });
      const runs = parseWhole('--runs', args.runs, 1, 100_000_000) ?? scenario.info.runs;
      const workers = parseWhole('--workers', args.workers, 1, 1024) ?? availableParallelism();
      const shard = parseShard(args.shard);
      const { seed, source } = chooseSeed(args.seed, scenario);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      const writer = EnsembleFolderWriter.open(ensembleFolderPath(args.out, scenario, seed, shard), scenario);
      const progress = progressBar(!args.quiet && !args.json, scenario.info.name);
      const failAtRun = injectedFailure();
      let written;
      let result;
      try {
        result = await runEnsemble(scenario, {
          seed,
          runs,
          workers,
          ...(shard === undefined ? {} : { shard }),
          ...(failAtRun === undefined ? {} : { failAtRun }),
          onRows: (rows) => writer.writeRows(rows),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        written = await writer.finish(result.tallies, {
          command: 'ensemble',
          seed,
          seedSource: source,
          runs,
          runIndices: result.range,
          ...(shard === undefined ? {} : { shard }),
          startedAt,
          wallMs: performance.now() - started,
          workers,
        }, { charts: args.charts });
        refreshReportsIndex(args.out);
      } catch (error) {
        progress.stop();
        writer.abort();
        if (error instanceof RunError) throw new RunFailure(seed, error.runIndex, error.detail);
        throw error;
      }
      const { folder, summary } = written;
      if (args.json) {
        io.stdout(`${JSON.stringify({ folder, seed, runs, runIndices: result.range, probabilities: summary.probabilities, timeToCeasefire: { median: summary.survival.median, lower: summary.survival.medianLower, upper: summary.survival.medianUpper }, distributions: summary.distributions }, null, 2)}\n`);
      } else if (!args.quiet) {
        io.stdout(ensembleSummaryText(scenario, seed, summary, result.range, folder));
      }
    },
  };
}
