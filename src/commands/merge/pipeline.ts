/**
 * `brink merge`: the shard folders of one ensemble or one sweep joined into the folder the
 * unsharded command would have written, byte for byte in every data file.
 *
 * Phases (ensembles):
 *   1. read and check the shards: every file as its manifest records it; one ensemble, every run
 *      exactly once                                                         (ensembleShards.ts)
 *   2. add up the shards' tallies (integer counts: order-free)
 *   3. copy outcome rows in run-index order into the new folder's outcomes.csv
 *   4. statistics, manifest, charts and page, as `brink ensemble` writes them  (ensemble/folder.ts)
 * Phases (sweeps):
 *   1. read the shards' points back: every file as its manifest records it; one sweep, every
 *      point exactly once                                                   (sweep/readShards.ts)
 *   2. write the sweep folder from all the points: Sobol' indices and charts now complete
 * Either way the reports index is refreshed last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, scenarioFromManifest } from '../../report/readManifest.js';
import type { WrittenFolder } from '../../report/outputFolder.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { EnsembleTallies } from '../../sim/tallies.js';
import { decodeTallies } from '../../sim/talliesCodec.js';
import { ensembleFolderPath, EnsembleFolderWriter } from '../ensemble/folder.js';
import { OUTCOMES_FILE, TALLIES_FILE } from '../ensemble/files.js';
import { writeSweepFolder, sweepFolderPath } from '../sweep/folder.js';
import { parseOutcomes } from '../sweep/parameters.js';
import { readSweepShards } from '../sweep/readShards.js';
import { checkShards, copyRows } from './ensembleShards.js';

export interface MergePipelineInput {
  /** The shard folders. */
  readonly dirs: readonly string[];
  readonly out: string;
  readonly charts?: boolean;
  /** Replace `<out>/index.html` even if brink did not write it. */
  readonly overwriteIndex?: boolean;
  /** Sweeps: outcomes to chart (as `brink sweep --outcome`); default: the design's. */
  readonly outcomes?: readonly string[];
}

export type MergePipelineResult = WrittenFolder &
  ({ readonly kind: 'ensemble'; readonly runs: number } | { readonly kind: 'sweep'; readonly points: number; readonly sweepHash: string });

/**
 * @example
 * const { folder } = await mergePipeline({ dirs: ['reports/x/ensemble-golden-n1000-89c8ccdc-shard-0of2', 'reports/x/ensemble-golden-n1000-89c8ccdc-shard-1of2'], out: 'reports' });
 */
export async function mergePipeline(input: MergePipelineInput): Promise<MergePipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const merged = input.dirs.length > 0 && readManifest(input.dirs[0]!).command === 'sweep' ? await mergeSweep(input, startedAt, started) : await mergeEnsemble(input, startedAt, started);
  refreshReportsIndex(input.out, input.overwriteIndex);
  return merged;
}

async function mergeEnsemble(input: MergePipelineInput, startedAt: Date, started: number): Promise<MergePipelineResult> {
  const shards = checkShards(input.dirs);
  const { manifest } = shards[0]!;
  const scenario = scenarioFromManifest(manifest);
  const tallies = new EnsembleTallies(scenario.params.days, scenario.params.ladder);
  for (const { dir } of shards) tallies.merge(decodeTallies(readFileSync(join(dir, TALLIES_FILE), 'utf8'), join(dir, TALLIES_FILE), scenario.params.ladder));
  const writer = EnsembleFolderWriter.open(ensembleFolderPath(input.out, scenario, manifest.seed, manifest.runs, undefined), scenario);
  try {
    const header = readFileSync(join(shards[0]!.dir, OUTCOMES_FILE), 'utf8').split('\n', 1)[0] + '\n';
    for (const { dir } of shards) copyRows(join(dir, OUTCOMES_FILE), header, (rows) => writer.writeRows(rows));
    const written = await writer.finish(
      tallies,
      {
        command: 'ensemble',
        seed: manifest.seed,
        seedSource: manifest.seedSource,
        runs: manifest.runs,
        runIndices: { from: 0, to: manifest.runs },
        mergedFrom: shards.map((s) => s.dir),
        startedAt,
        wallMs: performance.now() - started,
      },
      input.charts !== false,
      // Parquet when the shards were written with it (`--format parquet`).
      shards.every(({ dir }) => existsSync(join(dir, 'outcomes.parquet'))),
    );
    return { kind: 'ensemble', folder: written.folder, chartTimings: written.chartTimings, runs: manifest.runs };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

async function mergeSweep(input: MergePipelineInput, startedAt: Date, started: number): Promise<MergePipelineResult> {
  const { manifest, scenario, definition, records } = readSweepShards(input.dirs);
  const outcomes = parseOutcomes(input.outcomes, definition.design.kind);
  const written = await writeSweepFolder({
    target: sweepFolderPath(input.out, scenario, manifest.seed, definition.sweepHash, undefined),
    scenario,
    definition,
    records,
    manifest: {
      command: 'sweep',
      seed: manifest.seed,
      seedSource: manifest.seedSource,
      runs: manifest.runs,
      runIndices: manifest.runIndices,
      mergedFrom: [...input.dirs],
      startedAt,
      wallMs: performance.now() - started,
    },
    outcomes,
    charts: input.charts !== false,
    parquet: input.dirs.every((dir) => existsSync(join(dir, 'points.parquet'))),
  });
  return { kind: 'sweep', folder: written.folder, chartTimings: written.chartTimings, points: definition.points, sweepHash: definition.sweepHash };
}
