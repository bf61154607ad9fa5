/** `brink compare <a> <b>`: two scenarios on common random numbers, paired differences with intervals. */
import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { writeCompareFolder } from '../../report/compareFolder.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { RunError } from '../../sim/executeBatch.js';
import { runComparison } from '../../sim/runComparison.js';
import { summarizeComparison } from '../../stats/index.js';
import { compareSummaryText } from '../compareSummary.js';
import { RunFailure } from '../errors.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { loadPair } from '../pair.js';
import { progressBar } from '../progress.js';

interface CompareArgs extends ScenarioFlags {
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
      withScenarioOptions(argv)
        .positional('a', { type: 'string', demandOption: true, describe: 'scenario A (the baseline)' })
        .positional('b', { type: 'string', demandOption: true, describe: 'scenario B (the change); may be A again with --set-b' })
        .option('set-b', { type: 'string', describe: 'override a parameter of B only, after --set: path=value (repeatable)', requiresArg: true })
        .option('runs', { type: 'string', describe: "runs per scenario N (default: A's runs)" })
        .option('workers', { type: 'string', describe: 'worker threads (default: available cores)' })
        .example('$0 compare scenarios/durand-line-2025.yaml scenarios/no-mediators.yaml --runs 1000 --seed golden', 'what did mediation change?')
        .example('$0 compare scenarios/durand-line-2025.yaml scenarios/durand-line-2025.yaml --set-b spoilers.ttp.hazard=0.2', 'one parameter changed, everything else paired') as unknown as Argv<CompareArgs>,
    handler: async (args) => {
      const startedAt = new Date();
      const started = performance.now();
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const [a, b] = loadPair(args.a, args.b, { set: asList(args.set), setB: asList(args['set-b']), ...(days === undefined ? {} : { days }) });
      const runs = parseWhole('--runs', args.runs, 1, 100_000_000) ?? a.info.runs;
      const workers = parseWhole('--workers', args.workers, 1, 1024) ?? availableParallelism();
      // One seed for both: that is what pairs the runs. A's, unless given.
      const { seed, source } = chooseSeed(args.seed, a);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      if (source === 'scenario' && b.info.seed !== undefined && b.info.seed !== seed && !args.quiet && !args.json) {
        io.stderr(`using A's seed "${seed}" for both scenarios (B's file says "${b.info.seed}"): runs are paired by seed and run index\n`);
      }
      const progress = progressBar(!args.quiet && !args.json, `${a.info.name} vs ${b.info.name}`);
      let result;
      try {
        result = await runComparison(a.params, b.params, { seed, runs, workers, onProgress: (done, total) => progress.update(done, total) });
      } catch (error) {
        if (error instanceof RunError) throw new RunFailure(seed, error.runIndex, error.detail);
        throw error;
      } finally {
        progress.stop();
      }
      const summary = summarizeComparison(a.params, b.params, result, seed);
      const { folder } = await writeCompareFolder({
        outRoot: args.out,
        a,
        b,
        seed,
        seedSource: source,
        runs,
        range: result.range,
        result,
        summary,
        startedAt,
        wallMs: performance.now() - started,
        workers,
        charts: args.charts,
      });
      refreshReportsIndex(args.out);
      if (args.json) {
        const scenario = (s: typeof a) => ({ name: s.info.name, file: s.file, overrides: s.overrides, paramsHash: s.paramsHash });
        io.stdout(`${JSON.stringify({ folder, seed, runs, runIndices: result.range, a: scenario(a), b: scenario(b), differences: summary.rows }, null, 2)}\n`);
      } else if (!args.quiet) {
        io.stdout(compareSummaryText(a, b, seed, summary, result.range, folder));
      }
    },
  };
}
