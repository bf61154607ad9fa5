/**
 * `brink sweep`: an ensemble at every point of a grid, Latin hypercube or Saltelli design, every
 * point on the same seed and run indices, and the sweep's output folder. Finished points are
 * cached, so an interrupted sweep resumes; a shard runs points i, i+N, … and `mergePipeline`
 * joins the shards.
 *
 * Phases:
 *   1. load the scenario; check the design, every parameter range and outcome   (parameters.ts)
 *   2. build the design; validate and resolve the scenario at every point,
 *      whichever shard it is in, before anything runs or is written          (sim/design)
 *   3. take finished points from the cache; run the rest on one worker pool,
 *      caching each point's statistics as it completes     (pointPlan.ts, sim/runSweepPoints.ts)
 *   4. write the folder: points, Sobol' indices, charts, page; atomically       (folder.ts)
 *   5. refresh the reports index
 */
import { defaultWorkers } from '../../sim/defaultWorkers.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { InputError, prepareScenario, type LoadedScenario, type Override, type PreparedScenario } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { shardPoints } from '../../sim/design/shardPoints.js';
import { designSize, sweepDesign, type DesignKind } from '../../sim/design/sweepDesign.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import type { Shard } from '../../sim/plan.js';
import { PointRunError, runSweepPoints } from '../../sim/runSweepPoints.js';
import { pointStatistics } from '../../stats/index.js';
import { flagError } from '../shared/flagError.js';
import { loadOptions, type OutputOptions, type ScenarioSource } from '../shared/hooks.js';
import { RunFailure } from '../shared/runFailure.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { sweepFolderPath, sweepHash, writeSweepFolder, type WrittenSweep } from './folder.js';
import { MAX_POINTS, parseDesign, parseOutcomes, sweepParameters } from './parameters.js';
import { pointCacheFolder } from './pointCache.js';
import { PointPlan } from './pointPlan.js';
import type { SweepDefinition } from './records.js';
import type { SweepDone } from './summary.js';

export interface SweepPipelineInput extends ScenarioSource, OutputOptions {
  /** The swept parameters, `path=from:to[:steps]` as after `--param`. */
  readonly params: readonly string[];
  /** grid (default), lhs or sobol. */
  readonly design?: string;
  /** lhs: points; sobol: base samples N. */
  readonly samples?: number;
  /** Outcomes to chart and tabulate (default: the design's). */
  readonly outcomes?: readonly string[];
  readonly seed?: string;
  /** Runs per point (default: the scenario's runs). */
  readonly runs?: number;
  readonly workers?: number;
  readonly shard?: Shard;
  /** Fault injection for tests of failure handling: this run index throws. */
  readonly failAtRun?: number;
  /** false (`--no-cache`): run every point, taking none from the point cache (finished points still refresh it). */
  readonly cache?: boolean;
}

/** The sweep written: its folder, and everything its summary prints (summary.ts). */
export interface SweepPipelineResult extends WrittenSweep, ChosenSeed, SweepDone {}

/** `path=value` of each swept parameter at a point: how to re-run it with --set. */
function assignments(parameters: readonly SweepParameter[], values: readonly number[]): string[] {
  return parameters.map((p, i) => `${p.path}=${values[i]}`);
}

/** The scenario at one point: the swept values as overrides after `--set`, validated like the file. */
export function loadPoint(prepared: PreparedScenario, parameters: readonly SweepParameter[], values: readonly number[], point: number): LoadedScenario {
  const overrides: Override[] = parameters.map((p, i) => ({ source: `--param ${p.path}=${values[i]} (sweep point ${point})`, path: p.segments, value: values[i] }));
  try {
    return prepared.withOverrides(overrides);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([...error.problems, { source: 'brink sweep', path: '', message: messages.pointInvalid(point, assignments(parameters, values).join(', ')) }]);
  }
}

/** `--samples` against the design: required, forbidden or merely noted. */
function checkSamples(design: DesignKind, samples: number | undefined, note: (text: string) => void): void {
  if (design === 'grid' && samples !== undefined) throw flagError('--samples', messages.samplesNotForGrid());
  if (design !== 'grid' && samples === undefined) throw flagError('--samples', messages.samplesNeeded(design));
  if (design === 'sobol' && samples !== undefined && samples < 2) throw flagError('--samples', messages.expectedFound(`a whole number from 2 to ${MAX_POINTS}`, samples));
  if (design === 'sobol' && !Number.isInteger(Math.log2(samples!))) note(messages.samplesPowerOfTwo(samples!));
}

/**
 * @example
 * const sweep = await sweepPipeline({ scenario: 'scenarios/durand-line-2025.yaml', params: ['spoilers.ttp.hazard=0.02:0.3:6'], runs: 200, seed: 'golden', out: 'reports' });
 * for (const record of sweep.records) console.log(record.values, record.statistics.counts);
 */
export async function sweepPipeline(input: SweepPipelineInput): Promise<SweepPipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const notes: string[] = [];
  const hooks = input.hooks;
  const prepared = prepareScenario(input.scenario, loadOptions(input));
  const scenario = prepared.base;
  const design = parseDesign(input.design);
  const { samples } = input;
  checkSamples(design, samples, (note) => notes.push(note));
  const parameters = sweepParameters(input.params, prepared.data, design, (note) => notes.push(note));
  const outcomes = parseOutcomes(input.outcomes, design);
  const runs = input.runs ?? scenario.info.runs;
  const workers = input.workers ?? defaultWorkers();
  const { shard } = input;
  const { seed, source } = chooseSeed(input.seed, scenario);
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
  for (const note of notes) hooks?.onNote?.(note);
  if (source === 'generated') hooks?.onSeedGenerated?.(seed);

  const plan = new PointPlan(
    [...loaded].map(([point, pointScenario]) => ({ point, params: pointScenario.params, values: values[point]! })),
    pointCacheFolder(input.out, scenario.info.name),
    seed,
    runs,
    input.cache !== false,
  );
  const { tasks, reused } = plan;
  const label = `${scenario.info.name} sweep (${tasks.length} points)`;
  try {
    await runSweepPoints(tasks, {
      seed,
      runs,
      workers,
      ...(input.failAtRun === undefined ? {} : { failAtRun: input.failAtRun }),
      onPoint: (task, tallies) => plan.complete(task, pointStatistics(task.params, tallies)),
      onProgress: (done, total) => hooks?.onProgress?.(done, total, label),
    });
  } catch (error) {
    if (error instanceof PointRunError) {
      throw new RunFailure(seed, error.runIndex, error.detail, { label: `sweep point ${error.point}`, set: assignments(parameters, values[error.point]!) }, scenario);
    }
    throw error;
  }
  const records = plan.results();
  const wallMs = performance.now() - started;
  const written = await writeSweepFolder({
    target: sweepFolderPath(input.out, scenario, seed, definition.sweepHash, shard),
    scenario,
    definition,
    records,
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
    charts: input.charts !== false,
    parquet: input.parquet === true,
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed, source, scenario, runs, definition, records, outcomes, reused, ran: tasks.length, wallMs };
}
