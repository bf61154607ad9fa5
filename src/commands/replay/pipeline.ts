/**
 * `brink replay`: re-runs what an output folder's manifest records (the resolved parameters,
 * seed and run indices) and checks every data file's hash against the manifest.
 *
 * Phases:
 *   1. read the manifest and the scenario it records (its parameters, not the file) (report/readManifest.ts)
 *   2. recompute the command's data files through the table below: each entry is the same
 *      code its pipeline writes them with
 *   3. compare each recorded hash with the recomputed one, in name order
 */
import { createHash } from 'node:crypto';
import { checkTargets } from '../../calibration/checkTargets.js';
import { MANIFEST_FILE, type Manifest, type OutputCommand } from '../../report/manifest.js';
import { readManifest, scenarioFromManifest } from '../../report/readManifest.js';
import { InputError, sha256, type LoadedScenario } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { outcomesHeader } from '../../sim/outcomeRows.js';
import { runEnsemble } from '../../sim/runEnsemble.js';
import { runScenario } from '../../sim/runScenario.js';
import { summarizeEnsemble } from '../../stats/index.js';
import { checkDataFiles } from '../check/files.js';
import { ensembleStatisticsFiles, OUTCOMES_FILE } from '../ensemble/files.js';
import type { PipelineHooks } from '../shared/hooks.js';
import { runDataFiles } from '../run/files.js';

interface ReplayContext {
  readonly manifest: Manifest;
  readonly scenario: LoadedScenario;
  readonly workers: number | undefined;
  readonly hooks: PipelineHooks | undefined;
}

/** sha256 of every data file a command's folder holds, recomputed from its manifest. */
type DataFileHashes = (context: ReplayContext) => Promise<Map<string, string>>;

const hashed = (files: Iterable<[string, string | Uint8Array]>) => new Map([...files].map(([name, contents]) => [name, sha256(contents)]));

/** What a replay recomputes, by command: the data files of each pipeline (sweeps are not replayed). */
const DATA_FILES: Readonly<Partial<Record<OutputCommand, DataFileHashes>>> = {
  run: async ({ manifest, scenario }) => hashed(runDataFiles(scenario, runScenario(scenario, { seed: manifest.seed, runIndex: manifest.runIndices.from }))),
  check: async ({ manifest, scenario }) => {
    const targets = { ...manifest.targets!.document, file: manifest.targets!.file, fileHash: manifest.targets!.fileHash };
    const result = await checkTargets(scenario.params, targets, { seed: manifest.seed, runs: manifest.runs });
    return hashed(checkDataFiles({ ...recordedInput(manifest, scenario), command: 'check', targets: manifest.targets! }, result));
  },
  ensemble: async ({ manifest, scenario, workers, hooks }) => {
    const outcomes = createHash('sha256').update(outcomesHeader(scenario.params));
    const { tallies, range } = await runEnsemble(scenario, {
      seed: manifest.seed,
      runs: manifest.runs,
      ...(workers === undefined ? {} : { workers }),
      ...(manifest.shard === null ? {} : { shard: manifest.shard }),
      onRows: (rows) => outcomes.update(rows),
      onProgress: (done, total) => hooks?.onProgress?.(done, total, `replay ${scenario.info.name}`),
    });
    const input = { ...recordedInput(manifest, scenario), command: 'ensemble' as const, runIndices: range };
    const hashes = new Map([[OUTCOMES_FILE, outcomes.digest('hex')]]);
    for (const [name, hash] of hashed(ensembleStatisticsFiles(scenario, tallies, summarizeEnsemble(scenario.params, tallies), input))) hashes.set(name, hash);
    return hashes;
  },
};

/** The manifest's record as a pipeline's manifest input (timing aside: not in any data file). */
function recordedInput(manifest: Manifest, scenario: LoadedScenario) {
  return {
    scenario,
    seed: manifest.seed,
    seedSource: manifest.seedSource,
    runs: manifest.runs,
    runIndices: manifest.runIndices,
    ...(manifest.shard === null ? {} : { shard: manifest.shard }),
    startedAt: new Date(0),
    wallMs: 0,
  };
}

export interface ReplayInput {
  /** An output folder. */
  readonly dir: string;
  readonly workers?: number;
  readonly hooks?: PipelineHooks;
}

export interface ReplayResult {
  /** The data files checked, in name order. */
  readonly files: readonly string[];
  /** The first file whose recomputed hash differs from the recorded one; undefined when all match. */
  readonly firstDifference: string | undefined;
}

/**
 * @example
 * const { firstDifference } = await replayPipeline({ dir: 'reports/durand-line-2025/run-golden-r0-89c8ccdc' });
 */
export async function replayPipeline(input: ReplayInput): Promise<ReplayResult> {
  const manifest = readManifest(input.dir);
  const recompute = DATA_FILES[manifest.command];
  if (recompute === undefined) throw new InputError([{ source: input.dir, path: '', message: messages.replaySweep() }]);
  const recomputed = await recompute({ manifest, scenario: scenarioFromManifest(manifest), workers: input.workers, hooks: input.hooks });
  const files = Object.keys(manifest.results).filter((name) => name !== MANIFEST_FILE).sort();
  return { files, firstDifference: files.find((name) => recomputed.get(name) !== manifest.results[name]) };
}
