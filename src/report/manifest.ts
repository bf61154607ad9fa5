/**
 * `manifest.json`: everything needed to trace and replay an output folder — tool version,
 * scenario file hash and fully resolved parameters, seed, run indices, PRNG, hashes of every
 * data file. What may differ between reruns (time, worker count, memory) lives under
 * `execution` only.
 */
import { PRNG_NAME } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import type { ChainFile, LoadedScenario, TargetsDocument } from '../scenarios/index.js';
import type { RunRange, Shard } from '../sim/plan.js';
import { provenance, type Provenance } from './provenance.js';

export type SeedSource = 'flag' | 'scenario' | 'generated' | 'manifest';
export type OutputCommand = 'run' | 'ensemble' | 'sweep' | 'check' | 'calibrate';

/** What a sweep varied and how (manifests and summary.json of sweep folders). */
export interface SweepManifest {
  readonly design: 'grid' | 'lhs' | 'sobol';
  /** LHS points or Sobol' base samples N; null for grids. */
  readonly samples: number | null;
  readonly parameters: readonly {
    readonly path: string;
    readonly from: number;
    readonly to: number;
    readonly steps: number | null;
    readonly integer: boolean;
  }[];
  /** Points in the whole design. */
  readonly points: number;
  /** Points in this folder (a shard holds its share: points i, i+N, …). */
  readonly pointsInFolder: number;
  /** sha256 of what defines the sweep: base parameters, design, ranges, seed, runs. Shards of one sweep share it. */
  readonly sweepHash: string;
}

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestInput {
  readonly command: OutputCommand;
  readonly scenario: LoadedScenario;
  readonly seed: string;
  readonly seedSource: SeedSource;
  /** Ensemble size N (1 for a single run). */
  readonly runs: number;
  readonly runIndices: RunRange;
  readonly shard?: Shard;
  /** Folders merged into this one (`brink merge`). */
  readonly mergedFrom?: readonly string[];
  readonly sweep?: SweepManifest;
  /** Sweep points taken from the cache rather than run (differs between reruns: under execution). */
  readonly reusedPoints?: number;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly workers?: number;
  /** `brink check`: the targets file, whole, so the check can be replayed. */
  readonly targets?: TargetsRecord;
  /** `brink calibrate`: the search that was run. */
  readonly calibration?: CalibrationRecord;
}

export interface CalibrationRecord {
  readonly parameters: readonly { readonly path: string; readonly from: number; readonly to: number; readonly integer: boolean }[];
  readonly budget: number;
  /** Runs per candidate during the search; the best is then checked on `runs`. */
  readonly searchRuns: number;
  readonly populationSize: number;
  readonly best: readonly string[];
}

export interface TargetsRecord {
  readonly file: string;
  readonly fileHash: string;
  readonly document: TargetsDocument;
}

export interface Manifest {
  readonly tool: Provenance;
  readonly command: OutputCommand;
  readonly scenario: {
    readonly file: string;
    readonly name: string;
    readonly description: string;
    readonly fileHash: string;
    readonly paramsHash: string;
    readonly overrides: readonly string[];
    /**
     * A scenario that extends another (`extends:`): every file of the chain with its sha256,
     * the scenario's own file first. Absent for a file that extends none (`file` and
     * `fileHash` say it all).
     */
    readonly chain?: readonly ChainFile[];
    readonly startDate: string | null;
    readonly params: ModelParams;
  };
  readonly seed: string;
  readonly seedSource: SeedSource;
  readonly runs: number;
  readonly runIndices: RunRange;
  readonly shard: Shard | null;
  readonly prng: string;
  readonly results: Readonly<Record<string, string>>;
  readonly mergedFrom?: readonly string[];
  readonly targets?: TargetsRecord;
  readonly calibration?: CalibrationRecord;
  readonly sweep?: SweepManifest;
  readonly execution: {
    readonly startedAt: string;
    readonly wallMs: number;
    readonly workers: number;
    readonly peakRssMB: number;
    readonly reusedPoints?: number;
  };
}

/** How a manifest records a scenario: where it came from and exactly what ran. */
export function scenarioRecord(scenario: LoadedScenario): Manifest['scenario'] {
  return {
    file: scenario.file,
    name: scenario.info.name,
    description: scenario.info.description,
    fileHash: scenario.fileHash,
    paramsHash: scenario.paramsHash,
    overrides: scenario.overrides,
    ...(scenario.chain.length > 1 ? { chain: scenario.chain } : {}),
    startDate: scenario.info.startDate ?? null,
    params: scenario.params,
  };
}

/** What may differ between identical reruns: kept apart, under `execution`. */
export function executionRecord(startedAt: Date, wallMs: number, workers: number): Manifest['execution'] {
  return {
    startedAt: startedAt.toISOString(),
    wallMs: Math.round(wallMs),
    workers,
    // Peak resident memory of the whole process, worker threads included.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The parts of a manifest that identify what was computed: shared by summary.json. */
export function provenanceRecord(input: ManifestInput) {
  const { scenario } = input;
  return {
    tool: provenance(),
    command: input.command,
    scenario: scenarioRecord(scenario),
    seed: input.seed,
    seedSource: input.seedSource,
    runs: input.runs,
    runIndices: input.runIndices,
    shard: input.shard ?? null,
    prng: PRNG_NAME,
    ...(input.sweep === undefined ? {} : { sweep: input.sweep }),
  };
}

export function manifestJson(input: ManifestInput, results: Record<string, string>): string {
  const manifest: Manifest = {
    ...provenanceRecord(input),
    results,
    ...(input.mergedFrom === undefined ? {} : { mergedFrom: input.mergedFrom }),
    ...(input.targets === undefined ? {} : { targets: input.targets }),
    ...(input.calibration === undefined ? {} : { calibration: input.calibration }),
    execution: {
      ...executionRecord(input.startedAt, input.wallMs, input.workers ?? 1),
      ...(input.reusedPoints === undefined ? {} : { reusedPoints: input.reusedPoints }),
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
