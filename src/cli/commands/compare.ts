/** `brink compare <a> <b>`: two scenarios on common random numbers, paired differences with intervals. */
import type { Argv, CommandModule } from 'yargs';
import { comparePipeline } from '../../commands/compare/pipeline.js';
import { compareJson, compareSummaryText } from '../../commands/compare/summary.js';
import type { Io } from '../io.js';
import { asList, parseRunsAndWorkers, withFormatOption, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface CompareArgs extends ScenarioFlags {
  format?: string;
  a: string;
  b: string;
  'set-b'?: string | string[];
  runs?: string;
  workers?: string;
}

export function compareCommand(io: Io): CommandModule<object, CompareArgs> {
  return {
    command: 'compare <a> <b>',
    describe: 'two scenarios on common random numbers: paired differences B − A with intervals, overlaid charts',
    builder: (argv: Argv) =>
      withFormatOption(withScenarioOptions(argv))
        .positional('a', { type: 'string', demandOption: true, describe: 'scenario A (the baseline)' })
        .positional('b', { type: 'string', demandOption: true, describe: 'scenario B (the change); may be A again with --set-b' })
        .option('set-b', { type: 'string', describe: 'override a parameter of B only, after --set: path=value (repeatable)', requiresArg: true })
        .option('runs', { type: 'string', describe: "runs per scenario N (default: A's runs)" })
        .option('workers', { type: 'string', describe: 'worker threads (default: the CPUs allowed: Slurm allocation, cgroup CPU limit, else all cores)' })
        .example('$0 compare scenarios/durand-line-2025.yaml scenarios/no-mediators.yaml --runs 1000 --seed golden', 'what did mediation change?')
        .example('$0 compare scenarios/durand-line-2025.yaml scenarios/durand-line-2025.yaml --set-b spoilers.ttp.hazard=0.2', 'one parameter changed, everything else paired') as unknown as Argv<CompareArgs>,
    handler: async (args) => {
      const compared = await withPreamble(io, args, (common) => {
        const runsAndWorkers = parseRunsAndWorkers(args);
        return comparePipeline({
          ...common,
          parquet: args.format === 'parquet',
          a: args.a,
          b: args.b,
          setB: asList(args['set-b']),
          ...runsAndWorkers,
        });
      });
      printResult(io, args, () => compareJson(compared), () => compareSummaryText(compared.a, compared.b, compared.seed, compared.summary, compared.range, compared.folder));
    },
  };
}
