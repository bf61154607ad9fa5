/**
 * `brink sweep <scenario> --param path=from:to:steps …`: an ensemble at every point of a grid,
 * Latin hypercube or Saltelli design (commands/sweep/pipeline.ts has the phases).
 */
import type { Argv, CommandModule } from 'yargs';
import { MAX_POINTS, parseDesign } from '../../commands/sweep/parameters.js';
import { sweepPipeline } from '../../commands/sweep/pipeline.js';
import { sweepJson, sweepSummaryText } from '../../commands/sweep/summary.js';
import type { Io } from '../io.js';
import { asList, parseRunsAndWorkers, parseWhole, withFormatOption, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';
import { parseShard } from '../shard.js';

interface SweepArgs extends ScenarioFlags {
  format?: string;
  scenario: string;
  param?: string | string[];
  design?: string;
  samples?: string;
  outcome?: string | string[];
  runs?: string;
  cache: boolean;
  workers?: string;
  shard?: string;
}

export function sweepCommand(io: Io): CommandModule<object, SweepArgs> {
  return {
    command: 'sweep <scenario>',
    describe: 'parameter sweep (grid, Latin hypercube) or Sobol\' sensitivity: an ensemble per design point, on common random numbers',
    builder: (argv: Argv) =>
      withFormatOption(withScenarioOptions(argv))
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('param', { type: 'string', requiresArg: true, describe: 'a swept parameter: path=from:to:steps (grid) or path=from:to (lhs, sobol); repeatable' })
        .option('design', { type: 'string', requiresArg: true, default: 'grid', describe: 'grid (every combination of the steps), lhs (Latin hypercube of --samples points) or sobol (Saltelli design, --samples base samples)' })
        .option('samples', { type: 'string', requiresArg: true, describe: 'lhs: number of points; sobol: base samples N (N·(k+2) points; a power of two is best)' })
        .option('outcome', { type: 'string', requiresArg: true, describe: 'outcome(s) to chart and print: pWar, pCeasefireBy30, meanBouts, medianPeakRung, … (see docs/outputs.md); repeatable' })
        .option('runs', { type: 'string', describe: "runs per point (default: the scenario's runs)" })
        .option('workers', { type: 'string', describe: 'worker threads (default: the CPUs allowed: Slurm allocation, cgroup CPU limit, else all cores)' })
        .option('cache', { type: 'boolean', default: true, describe: 'reuse finished results from <out>/<scenario>/.cache (--no-cache recomputes everything, e.g. to check a result independently)' })
        .option('shard', { type: 'string', describe: 'run shard i of N only (points i, i+N, …): i/N, or N with JOB_COMPLETION_INDEX / SLURM_ARRAY_TASK_ID' })
        .example('$0 sweep scenarios/durand-line-2025.yaml --param spoilers.ttp.hazard=0.02:0.3:6 --param spoilers.ttp.agreementSuppression=0.2:0.95:6 --runs 200', 'a 6 × 6 grid with 200 runs at each point: heatmaps of P(war), P(ceasefire by day 30), P(rung ≥ 7)')
        .example('$0 sweep scenarios/durand-line-2025.yaml --param states.pakistan.maxRung=4:8:5 --outcome meanBouts', 'one whole-number parameter: a line chart per outcome')
        .example('$0 sweep scenarios/durand-line-2025.yaml --design lhs --samples 40 --param spoilers.ttp.hazard=0.02:0.3 --param constants.accept.b0=-3:0 --param thirdParties.qatar.appealEvery=1:7', 'a Latin hypercube of 40 points over three parameters')
        .example('$0 sweep scenarios/durand-line-2025.yaml --design sobol --samples 64 --runs 100 --param spoilers.ttp.hazard=0.02:0.3 --param states.pakistan.proportionality=0.5:2 --outcome pWar --outcome meanBouts', "Sobol' indices (S1, ST) with bootstrap intervals: 64·(2+2) = 256 points")
        .example('$0 sweep scenarios/durand-line-2025.yaml --param spoilers.ttp.hazard=0.02:0.3:12 --shard 1/4', 'the second of four shards (points 1, 5, 9); join them with brink merge') as unknown as Argv<SweepArgs>,
    handler: async (args) => {
      const sweep = await withPreamble(io, args, (common) => {
        const design = parseDesign(asList(args.design).at(-1));
        const samples = parseWhole('--samples', args.samples, design === 'sobol' ? 2 : 1, MAX_POINTS);
        const runsAndWorkers = parseRunsAndWorkers(args);
        const shard = parseShard(args.shard);
        return sweepPipeline({
          ...common,
          parquet: args.format === 'parquet',
          cache: args.cache,
          scenario: args.scenario,
          params: asList(args.param),
          design,
          outcomes: asList(args.outcome),
          ...(samples === undefined ? {} : { samples }),
          ...runsAndWorkers,
          ...(shard === undefined ? {} : { shard }),
        });
      });
      printResult(io, args, () => sweepJson(sweep), () => sweepSummaryText(sweep));
    },
  };
}
