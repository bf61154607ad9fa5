/**
 * A sweep's output folder from its point records, through the one output-folder writer: points,
 * Sobol' indices (complete Saltelli designs), summary, manifest, charts and page. The same records give the same
 * bytes whether they were run here, taken from the cache or merged from shards.
 */
import { join } from 'node:path';
import { contentHash, type LoadedScenario } from '../../scenarios/index.js';
import type { Shard } from '../../sim/plan.js';
import { chartMeta } from '../../report/chartFiles.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { manifestJson, provenanceRecord, type ManifestInput, type SweepManifest } from '../../report/manifest.js';
import { designSubtitle, sweepCharts } from './charts.js';
import { POINTS_CSV, POINTS_NDJSON, pointsCsv, pointsNdjson, SOBOL_CSV, sobolCsv, sweepSummaryJson } from './files.js';
import { sweepTables } from './pages.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';
import { bootstrapStreamKey, SOBOL_CONFIDENCE, SOBOL_RESAMPLES, sweepSobol, type SobolOutcome } from './sobol.js';

/** sha256 of what defines a sweep: base parameters, design, ranges, seed and runs per point. */
export function sweepHash(scenario: LoadedScenario, definition: Omit<SweepDefinition, 'sweepHash'>, seed: string, runs: number): string {
  return contentHash({
    format: 'brink-sweep/1',
    paramsHash: scenario.paramsHash,
    design: definition.design.kind,
    samples: definition.design.samples ?? null,
    parameters: definition.parameters.map((p) => ({ path: p.path, from: p.from, to: p.to, steps: p.steps ?? null, integer: p.integer })),
    seed,
    runs,
  });
}

/** `<out>/<scenario>/sweep-<seed>-<sweepHash8>[-shard-<i>of<N>]/`. */
export function sweepFolderPath(outRoot: string, scenario: LoadedScenario, seed: string, hash: string, shard: Shard | undefined): string {
  const base = `sweep-${seed}-${hash.slice(0, 8)}`;
  return join(outRoot, scenario.info.name, shard === undefined ? base : `${base}-shard-${shard.index}of${shard.count}`);
}

export function sweepManifest(definition: SweepDefinition, pointsInFolder: number): SweepManifest {
  return {
    design: definition.design.kind,
    samples: definition.design.samples ?? null,
    parameters: definition.parameters.map((p) => ({ path: p.path, from: p.from, to: p.to, steps: p.steps ?? null, integer: p.integer })),
    points: definition.points,
    pointsInFolder,
    sweepHash: definition.sweepHash,
  };
}

export interface SweepFolderInput {
  readonly target: string;
  /** The scenario with `--set`/`--days` applied, before any swept value. */
  readonly scenario: LoadedScenario;
  readonly definition: SweepDefinition;
  /** In point order. */
  readonly records: readonly SweepPointRecord[];
  readonly manifest: Omit<ManifestInput, 'scenario' | 'sweep'>;
  /** Outcomes to chart and tabulate (`--outcome`). */
  readonly outcomes: readonly string[];
  readonly charts: boolean;
  readonly parquet?: boolean;
}

export interface WrittenSweep extends WrittenFolder {
  /** Sobol' indices of every scalar outcome (complete Saltelli designs only). */
  readonly sobol: readonly SobolOutcome[] | undefined;
}

/**
 * A sweep folder's data files (points, Sobol' indices of complete Saltelli designs, summary) from
 * its records: what writeSweepFolder writes and `brink replay` recomputes.
 */
export function sweepDataFiles(input: Pick<SweepFolderInput, 'scenario' | 'definition' | 'records' | 'manifest'>): { data: Map<string, string>; sobol: readonly SobolOutcome[] | undefined } {
  const { scenario, definition, records, manifest } = input;
  // A shard holds part of the design: no indices and no charts until its shards are merged.
  const complete = records.length === definition.points;
  const sobol = complete && definition.design.kind === 'sobol' ? sweepSobol(definition, records, manifest.seed) : undefined;
  const full: ManifestInput = { ...manifest, scenario, sweep: sweepManifest(definition, records.length) };
  const sobolMethod = {
    design: `Saltelli (2010): A and B from an unscrambled Sobol' sequence (Joe–Kuo 2008 directions), N = ${definition.design.samples} base samples`,
    firstOrder: 'Saltelli et al. (2010), on outputs centred by their mean over A and B',
    total: 'Jansen (1999)',
    bootstrap: { resamples: SOBOL_RESAMPLES, confidence: SOBOL_CONFIDENCE, stream: bootstrapStreamKey(manifest.seed, '<outcome>') },
  };
  const data = new Map<string, string>([
    [POINTS_CSV, pointsCsv(definition, records, scenario.params)],
    [POINTS_NDJSON, pointsNdjson(definition, records)],
    ...(sobol === undefined ? [] : [[SOBOL_CSV, sobolCsv(sobol)] as [string, string]]),
    ['summary.json', sweepSummaryJson(provenanceRecord(full), definition, scenario.params, manifest.runs, manifest.seed, sobol, sobol === undefined ? undefined : sobolMethod)],
  ]);
  return { data, sobol };
}

export async function writeSweepFolder(input: SweepFolderInput): Promise<WrittenSweep> {
  const { scenario, definition, records, manifest } = input;
  const complete = records.length === definition.points;
  const { data, sobol } = sweepDataFiles(input);
  const full: ManifestInput = { ...manifest, scenario, sweep: sweepManifest(definition, records.length) };
  const shard = manifest.shard === undefined ? '' : `, shard ${manifest.shard.index} of ${manifest.shard.count} (merge the shards for charts)`;
  const written = await writeOutputFolder(input.target, {
    data,
    manifest: (results) => manifestJson(full, results),
    parquet: input.parquet === true,
    // Runs behind each chart: every point's runs.
    charts: () => (input.charts && complete ? sweepCharts(scenario.params, definition, records, sobol, input.outcomes, manifest.runs, chartMeta(scenario, manifest.seed, manifest.runs * records.length)) : []),
    page: {
      title: `brink sweep: ${scenario.info.name}, seed ${manifest.seed}${shard}`,
      subtitle: `${designSubtitle(definition, manifest.runs)}. ${scenario.info.description}`,
      tables: sweepTables(scenario.params, definition, records, sobol, input.outcomes),
    },
  });
  return { ...written, sobol };
}
