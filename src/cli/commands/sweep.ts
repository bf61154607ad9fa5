/**
 * `brink sweep <scenario> --param path=from:to:steps …`: an ensemble at every point of a grid,
 * Latin hypercube or Saltelli design, every point on the same seed and run indices. Finished
 * points are cached, so an interrupted sweep resumes; `--shard i/N` runs points i, i+N, … and
 * `brink merge` joins the shards.
 *
 * Phases:
 *   1. parse and check every flag and parameter range against the scenario     (sweepOptions.ts)
 *   2. build the design; validate and resolve the scenario at each point        (sim/design)
 *   3. take finished points from the cache; run the rest on one worker pool,
 *      caching each point as it completes                                       (runSweepPoints.ts)
 *   4. write the folder: points, Sobol' indices, charts, report; atomically     (sweepFolder.ts)
 */
import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { pointCacheFolder } from '../../report/pointCache.js';
import { PointPlan } from '../../report/pointPlan.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { sweepFolderPath, sweepHash, writeSweepFolder } from '../../report/sweepFolder.js';
import type { SweepDefinition } from '../../report/sweepRecords.js';
import { InputError, prepareScenario, type LoadedScenario, type Override, type PreparedScenario } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { shardPoints } from '../../sim/design/shardPoints.js';
import { designSize, sweepDesign } from '../../sim/design/sweepDesign.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import { PointRunError, runSweepPoints } from '../../sim/runSweepPoints.js';
import { pointStatistics } from '../../stats/index.js';
import { flagError, RunFailure } from '../errors.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { progressBar } from '../progress.js';
import { parseShard } from '../shard.js';
import { MAX_POINTS, parseDesign, parseOutcomes, sweepParameters } from '../sweepOptions.js';
import { sweepJson, sweepSummaryText } from '../sweepSummary.js';
import { injectedFailure } from './ensemble.js';

interface SweepArgs extends ScenarioFlags {
  scenario: string;
  param?: string | string[];
  design?: string;
  samples?: string;
  outcome?: string | string[];
  runs?: string;
  workers?: string;
  shard?: string;
}

/** `path=value` of each swept parameter at a point: how to re-run it with --set. */
function assignments(parameters: readonly SweepParameter[], values: readonly number[]): string[] {
  return parameters.map((p, i) => `${p.path}=${values[i]}`);
}

/** The scenario at one point: the swept values as overrides after `--set`, validated like the file. */
function loadPoint(prepared: PreparedScenario, parameters: readonly SweepParameter[], values: readonly number[], point: number): LoadedScenario {
  const overrides: Override[] = parameters.map((p, i) => ({ source: `--param ${p.path}=${values[i]} (sweep point ${point})`, path: p.segments, value: values[i] }));
  try {
    return prepared.withOverrides(overrides);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([...error.problems, { source: 'brink sweep', path: '', message: messages.pointInvalid(point, assignments(parameters, values).join(', ')) }]);
  }
}

export function sweepCommand(io: Io): CommandModule<object, SweepArgs> {
  return {
    command: 'sweep <scenario>',
    describe: 'parameter sweep (grid, Latin hypercube) or Sobol\' sensitivity: an ensemble per design point, on common random numbers',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('param', { type: 'string', requiresArg: true, describe: 'a swept parameter: path=from:to:steps (grid) or path=from:to (lhs, sobol); repeatable' })
        .option('design', { type: 'string', requiresArg: true, default: 'grid', describe: 'grid (every combination of the steps), lhs (Latin hypercube of --samples points) or sobol (Saltelli design, --samples base samples)' })
        .option('samples', { type: 'string', requiresArg: true, describe: 'lhs: number of points; sobol: base samples N (N·(k+2) points; a power of two is best)' })
        .option('outcome', { type: 'string', requiresArg: true, describe: 'outcome(s) to chart and print: pWar, pCeasefireBy30, meanBouts, medianPeakRung, … (see docs/outputs.md); repeatable' })
        .option('runs', { type: 'string', describe: "runs per point (default: the scenario's runs)" })
        .option('workers', { type: 'string', describe: 'worker threads (default: available cores)' })
        .option('shard', { type: 'string', describe: 'run shard i of N only (points i, i+N, …): i/N, or N with JOB_COMPLETION_INDEX / SLURM_ARRAY_TASK_ID' })
        .example('$0 sweep scenarios/durand-line-2025.yaml --param spoilers.ttp.hazard=0.02:0.3:6 --param spoilers.ttp.agreementSuppression=0.2:0.95:6 --runs 200', 'a 6 × 6 grid with 200 runs at each point: heatmaps of P(war), P(ceasefire by day 30), P(rung ≥ 7)')
        .example('$0 sweep scenarios/durand-line-2025.yaml --param states.pakistan.maxRung=4:8:5 --outcome meanBouts', 'one whole-number parameter: a line chart per outcome')
        .example('$0 sweep scenarios/durand-line-2025.yaml --design lhs --samples 40 --param spoilers.ttp.hazard=0.02:0.3 --param constants.accept.b0=-3:0 --param thirdParties.qatar.appealEvery=1:7', 'a Latin hypercube of 40 points over three parameters')
        .example('$0 sweep scenarios/durand-line-2025.yaml --design sobol --samples 64 --runs 100 --param spoilers.ttp.hazard=0.02:0.3 --param states.pakistan.proportionality=0.5:2 --outcome pWar --outcome meanBouts', "Sobol' indices (S1, ST) with bootstrap intervals: 64·(2+2) = 256 points")
        .example('$0 sweep scenarios/durand-line-2025.yaml --param spoilers.ttp.hazard=0.02:0.3:12 --shard 1/4', 'the second of four shards (points 1, 5, 9); join them with brink merge') as unknown as Argv<SweepArgs>,
    handler: async (args) => {
      const startedAt = new Date();
      const started = performance.now();
      const notes: string[] = [];
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const prepared = prepareScenario(args.scenario, { set: asList(args.set), ...(days === undefined ? {} : { days }) });
      const scenario = prepared.base;
      const design = parseDesign(args.design);
      const samples = parseWhole('--samples', args.samples, design === 'sobol' ? 2 : 1, MAX_POINTS);
      if (design === 'grid' && samples !== undefined) throw flagError('--samples', messages.samplesNotForGrid());
      if (design !== 'grid' && samples === undefined) throw flagError('--samples', messages.samplesNeeded(design));
      if (design === 'sobol' && !Number.isInteger(Math.log2(samples!))) notes.push(messages.samplesPowerOfTwo(samples!));
      const parameters = sweepParameters(asList(args.param), prepared.data, design, (note) => notes.push(note));
      const outcomes = parseOutcomes(args.outcome, design);
      const runs = parseWhole('--runs', args.runs, 1, 100_000_000) ?? scenario.info.runs;
      const workers = parseWhole('--workers', args.workers, 1, 1024) ?? availableParallelism();
      const shard = parseShard(args.shard);
      const { seed, source } = chooseSeed(args.seed, scenario);
      const designSpec = { kind: design, ...(samples === undefined ? {} : { samples }) };
      const size = designSize(parameters, designSpec);
      if (size > MAX_POINTS) throw flagError('--param', messages.tooManyPoints(size, MAX_POINTS));
      const values = sweepDesign(parameters, designSpec, seed);
      const base = { design: designSpec, parameters, points: values.length };
      const definition: SweepDefinition = { ...base, sweepHash: sweepHash(scenario, base, seed, runs) };
      // Every point is checked before anything runs or is written, whichever shard it is in.
      const mine = new Set(shardPoints(values.length, shard));
      const loaded = new Map<number, LoadedScenario>();
      values.forEach((v, p) => {
        const point = loadPoint(prepared, parameters, v, p);
        if (mine.has(p)) loaded.set(p, point);
      });
      if (!args.quiet) for (const note of notes) io.stderr(`${note}\n`);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);

      const plan = new PointPlan(
        [...loaded].map(([point, pointScenario]) => ({ point, params: pointScenario.params, values: values[point]! })),
        pointCacheFolder(args.out, scenario.info.name),
        seed,
        runs,
      );
      const { tasks, reused } = plan;
      const progress = progressBar(!args.quiet && !args.json, `${scenario.info.name} sweep (${tasks.length} points)`);
      const failAtRun = injectedFailure();
      try {
        await runSweepPoints(tasks, {
          seed,
          runs,
          workers,
          ...(failAtRun === undefined ? {} : { failAtRun }),
          onPoint: (task, tallies) => plan.complete(task, pointStatistics(task.params, tallies)),
          onProgress: (done, total) => progress.update(done, total),
        });
      } catch (error) {
        progress.stop();
        if (error instanceof PointRunError) {
          throw new RunFailure(seed, error.runIndex, error.detail, { label: `sweep point ${error.point}`, set: assignments(parameters, values[error.point]!) });
        }
        throw error;
      }
      progress.stop();
      const sorted = plan.results();
      const wallMs = performance.now() - started;
      const { folder, sobol } = await writeSweepFolder({
        target: sweepFolderPath(args.out, scenario, seed, definition.sweepHash, shard),
        scenario,
        definition,
        records: sorted,
        manifest: {
          command: 'sweep',
          seed,
          seedSource: source,
          runs,
          runIndices: { from: 0, to: runs },
          ...(shard === undefined ? {} : { shard }),
          startedAt,
          wallMs,
          workers,
          reusedPoints: reused,
        },
        outcomes,
        charts: args.charts,
      });
      refreshReportsIndex(args.out);
      const counts = { reused, ran: tasks.length, wallMs };
      if (args.json) {
        io.stdout(sweepJson(folder, seed, runs, definition, sorted, counts, sobol, scenario));
      } else if (!args.quiet) {
        io.stdout(sweepSummaryText(scenario, seed, runs, definition, sorted, counts, sobol, outcomes, folder));
      }
    },
  };
}
