/** `brink ensemble <scenario>`: Monte Carlo over run indices, on every core, shardable. */
import type { Argv, CommandModule } from 'yargs';
import { ensemblePipeline } from '../../commands/ensemble/pipeline.js';
import { ensembleJson, ensembleSummaryText } from '../../commands/ensemble/summary.js';
import type { Io } from '../io.js';
import { parseRunsAndWorkers, withFormatOption, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';
import { parseShard } from '../shard.js';

interface EnsembleArgs extends ScenarioFlags {
  format?: string;
  scenario: string;
  runs?: string;
  workers?: string;
  shard?: string;
}

export function ensembleCommand(io: Io): CommandModule<object, EnsembleArgs> {
  return {
    command: 'ensemble <scenario>',
    describe: 'Monte Carlo ensemble: per-day bands, outcome probabilities with intervals, survival to ceasefire',
    builder: (argv: Argv) =>
      withFormatOption(withScenarioOptions(argv))
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('runs', { type: 'string', describe: "ensemble size N (default: the scenario's runs)" })
        .option('workers', { type: 'string', describe: 'worker threads (default: the CPUs allowed: Slurm allocation, cgroup CPU limit, else all cores)' })
        .option('shard', { type: 'string', describe: 'run shard i of N only: i/N, or N with JOB_COMPLETION_INDEX / SLURM_ARRAY_TASK_ID' })
        .example('$0 ensemble scenarios/durand-line-2025.yaml --runs 1000 --seed golden', '1,000 runs of seed "golden"')
        .example('$0 ensemble scenarios/durand-line-2025.yaml --runs 100000 --shard 2/10', 'the third of ten shards; join them with brink merge') as unknown as Argv<EnsembleArgs>,
    handler: async (args) => {
      const ensemble = await withPreamble(io, args, (common) => {
        const runsAndWorkers = parseRunsAndWorkers(args);
        const shard = parseShard(args.shard);
        return ensemblePipeline({
          ...common,
          parquet: args.format === 'parquet',
          scenario: args.scenario,
          ...runsAndWorkers,
          ...(shard === undefined ? {} : { shard }),
        });
      });
      printResult(io, args, () => ensembleJson(ensemble), () => ensembleSummaryText(ensemble.scenario, ensemble.seed, ensemble.summary, ensemble.range, ensemble.folder));
    },
  };
}
