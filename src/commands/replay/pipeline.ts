/**
 * `brink replay`: checks that an output folder is what brink wrote and that this brink
 * reproduces it: every data file on disk against the manifest's hash, and a re-run of what the
 * manifest records (the resolved parameters, seed and run indices) against the same hashes.
 *
 * Phases:
 *   1. read the manifest: complete, and its parameters valid as a scenario's and matching their
 *      hash (report/readManifest.ts); otherwise InputError, nothing runs
 *   2. hash every recorded data file on disk                           (report/folderHashes.ts)
 *   3. recompute the command's data files through the table below (every command that writes
 *      a folder): each entry is the same code its pipeline writes them with (a case check's:
 *      commands/cases/replay.ts)
 *   4. compare each recorded hash with the file on disk and the recomputed one, in name order
 */
import { createHash } from 'node:crypto';
import { defaultWorkers } from '../../sim/defaultWorkers.js';
import { checkTargets } from '../../calibration/checkTargets.js';
import { simulateRun } from '../../model/index.js';
import type { StreamedFile } from '../../report/atomicFolder.js';
import { checkFilesOnDisk, type FileCheck } from '../../report/folderHashes.js';
import { MANIFEST_FILE, type Manifest } from '../../report/manifest.js';
import type { PairManifest } from '../../report/pairManifest.js';
import { isPairFolder, readManifest, readPairManifest, scenarioFromManifest, scenarioFromRecord } from '../../report/readManifest.js';
import { InputError, loadScenarioText, sha256 } from '../../scenarios/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibratedFileName } from '../calibrate/files.js';
import { sweepReplayFiles } from './sweep.js';
import { outcomesHeader } from '../../sim/outcomeRows.js';
import type { RunRange } from '../../sim/plan.js';
import { runComparison } from '../../sim/runComparison.js';
import { runEnsemble } from '../../sim/runEnsemble.js';
import { runScenario } from '../../sim/runScenario.js';
import { runDivergence, summarizeComparison, summarizeEnsemble } from '../../stats/index.js';
import { isCasesFolder, readCasesManifest } from '../../report/casesManifest.js';
import { replayCases } from '../cases/replay.js';
import { checkDataFiles } from '../check/files.js';
import { writePairedCsv } from '../compare/files.js';
import { compareDataFiles, compareManifestInput, PAIRED_FILE } from '../compare/pipeline.js';
import { diffDataFiles, diffManifestInput } from '../diff/pipeline.js';
import { ensembleStatisticsFiles, OUTCOMES_FILE } from '../ensemble/files.js';
import type { PipelineHooks } from '../shared/hooks.js';
import { runDataFiles } from '../run/files.js';

interface ReplayOptions {
  readonly dir: string;
  readonly workers: number | undefined;
  readonly hooks: PipelineHooks | undefined;
}

type Hashes = Map<string, string>;

const hashed = (files: Iterable<[string, string | Uint8Array]>): Hashes => new Map([...files].map(([name, contents]) => [name, sha256(contents)]));

/** A file written piece by piece, kept only as its hash. */
function hashingFile(): StreamedFile & { digest(): string } {
  const hash = createHash('sha256');
  return { write: (text) => void hash.update(text), close: () => {}, digest: () => hash.digest('hex') };
}

/**
 * Data files a replay checks on disk only, by command, and why: calibrate's candidates.csv is the
 * search from the base scenario, whose values at the searched paths the manifest does not hold
 * (it records the best parameters); its check and calibrated scenario are recomputed.
 */
export const ON_DISK_ONLY: Readonly<Partial<Record<Manifest['command'], readonly string[]>>> = { calibrate: ['candidates.csv'] };

/** Timing is in no data file: any value gives the same bytes. */
const NO_TIMING = { startedAt: new Date(0), wallMs: 0 };

/** The manifest's record as a pipeline's manifest input. */
function recordedInput(manifest: Manifest) {
  return {
    scenario: scenarioFromManifest(manifest),
    seed: manifest.seed,
    seedSource: manifest.seedSource,
    runs: manifest.runs,
    runIndices: manifest.runIndices,
    ...(manifest.shard === null ? {} : { shard: manifest.shard }),
    ...NO_TIMING,
  };
}

/** The check of a check or calibrate folder, on the recorded (for calibrate: the best) parameters. */
async function recordedCheck(manifest: Manifest, command: 'check' | 'calibrate'): Promise<Map<string, string>> {
  const recorded = manifest.targets!;
  const targets = { ...recorded.document, file: recorded.file, fileHash: recorded.fileHash };
  const input = { ...recordedInput(manifest), command, targets: recorded };
  return checkDataFiles(input, await checkTargets(input.scenario.params, targets, { seed: manifest.seed, runs: manifest.runs }));
}

/**
 * What a replay recomputes for folders of one scenario, by command: each data file the command's
 * pipeline writes, through the same function. Calibrate alone keeps a file it cannot recompute
 * (ON_DISK_ONLY).
 */
const SINGLE: Readonly<Record<Manifest['command'], (manifest: Manifest, options: ReplayOptions) => Promise<Hashes>>> = {
  run: async (manifest) => {
    const scenario = scenarioFromManifest(manifest);
    return hashed(runDataFiles(scenario, runScenario(scenario, { seed: manifest.seed, runIndex: manifest.runIndices.from })));
  },
  check: async (manifest) => hashed(await recordedCheck(manifest, 'check')),
  calibrate: async (manifest, { dir }) => {
    const files = hashed(await recordedCheck(manifest, 'calibrate'));
    // The calibrated scenario file must load, by itself, to the parameters the check was run on.
    const name = calibratedFileName(manifest.scenario.name);
    const path = join(dir, name);
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      let reproduces = false;
      try {
        reproduces = loadScenarioText(text, path).paramsHash === manifest.scenario.paramsHash;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
      if (reproduces) files.set(name, sha256(text));
    }
    for (const file of ON_DISK_ONLY.calibrate ?? []) if (existsSync(join(dir, file))) files.set(file, sha256(readFileSync(join(dir, file))));
    return files;
  },
  sweep: async (manifest, { workers, hooks }) => {
    const recorded = recordedInput(manifest);
    const label = `replay ${recorded.scenario.info.name} sweep`;
    return hashed(await sweepReplayFiles({ manifest, recorded, workers, onProgress: (done, total) => hooks?.onProgress?.(done, total, label) }));
  },
  ensemble: async (manifest, { workers, hooks }) => {
    const input = recordedInput(manifest);
    const { scenario } = input;
    const outcomes = createHash('sha256').update(outcomesHeader(scenario.params));
    const { tallies, range } = await runEnsemble(scenario, {
      seed: manifest.seed,
      runs: manifest.runs,
      ...(workers === undefined ? {} : { workers }),
      ...(manifest.shard === null ? {} : { shard: manifest.shard }),
      onRows: (rows) => outcomes.update(rows),
      onProgress: (done, total) => hooks?.onProgress?.(done, total, `replay ${scenario.info.name}`),
    });
    const files = ensembleStatisticsFiles(scenario, tallies, summarizeEnsemble(scenario.params, tallies), { ...input, command: 'ensemble', runIndices: range });
    return new Map([[OUTCOMES_FILE, outcomes.digest('hex')], ...hashed(files)]);
  },
};

/** What a replay recomputes for folders of two scenarios side by side. */
const PAIRED: Readonly<Record<PairManifest['command'], (manifest: PairManifest, options: ReplayOptions) => Promise<Hashes>>> = {
  compare: async (manifest, { workers, hooks }) => {
    const seed = manifest.seed as string;
    const runs = manifest.runs as number;
    const [a, b] = [scenarioFromRecord(manifest.scenarios.a, seed, runs), scenarioFromRecord(manifest.scenarios.b, seed, runs)];
    const result = await runComparison(a.params, b.params, {
      seed,
      runs,
      workers: workers ?? defaultWorkers(),
      onProgress: (done, total) => hooks?.onProgress?.(done, total, `replay ${a.info.name} vs ${b.info.name}`),
    });
    const compared = { a, b, seed, runs, summary: summarizeComparison(a.params, b.params, result, seed) };
    const paired = hashingFile();
    writePairedCsv(paired, result.a.outcomes, result.b.outcomes, (manifest.runIndices as RunRange).from);
    const files = compareDataFiles(compared, compareManifestInput(compared, manifest.seedSource, result.range, NO_TIMING.startedAt, 0, 1));
    return new Map([[PAIRED_FILE, paired.digest()], ...hashed(files)]);
  },
  diff: async (manifest) => {
    const recorded = manifest.runs as { a: { seed: string; runIndex: number }; b: { seed: string; runIndex: number } };
    const a = scenarioFromRecord(manifest.scenarios.a, recorded.a.seed, 1);
    const b = scenarioFromRecord(manifest.scenarios.b, recorded.b.seed, 1);
    const runA = simulateRun(a.params, recorded.a.seed, recorded.a.runIndex);
    const runB = simulateRun(b.params, recorded.b.seed, recorded.b.runIndex);
    const input = diffManifestInput(a, b, runA, runB, manifest.seedSource, NO_TIMING);
    return hashed(diffDataFiles(a, runA, runB, runDivergence(a.params, runA, runB), input));
  },
};

export interface ReplayInput {
  /** An output folder of brink run, ensemble, compare, diff, sweep, check, check --cases or calibrate (merged folders too). */
  readonly dir: string;
  readonly workers?: number;
  readonly hooks?: PipelineHooks;
}

export interface ReplayResult {
  /** The data files checked, in name order. */
  readonly files: readonly string[];
  /** Recorded files missing from the folder or whose bytes differ from the manifest's hash (edited after brink wrote them). */
  readonly onDisk: readonly FileCheck[];
  /** Files whose recomputed hash differs from the recorded one, in name order. */
  readonly recomputed: readonly string[];
  /** The first file that fails either check; undefined when the folder is verified. */
  readonly firstDifference: string | undefined;
  /** Files checked on disk only, not recomputed (ON_DISK_ONLY: calibrate's candidates.csv). */
  readonly onDiskOnly: readonly string[];
}

/**
 * @example
 * const { firstDifference } = await replayPipeline({ dir: 'reports/durand-line-2025/run-golden-r0-89c8ccdc' });
 */
export async function replayPipeline(input: ReplayInput): Promise<ReplayResult> {
  const options = { dir: input.dir, workers: input.workers, hooks: input.hooks };
  let results: Readonly<Record<string, string>>;
  let recompute: () => Promise<Hashes>;
  let notRecomputed: readonly string[] = [];
  if (isCasesFolder(input.dir)) {
    const manifest = readCasesManifest(input.dir);
    results = manifest.results;
    recompute = async () => hashed(await replayCases(manifest));
  } else if (isPairFolder(input.dir)) {
    const manifest = readPairManifest(input.dir);
    results = manifest.results;
    recompute = () => PAIRED[manifest.command](manifest, options);
  } else {
    const manifest = readManifest(input.dir);
    const single = SINGLE[manifest.command];
    notRecomputed = ON_DISK_ONLY[manifest.command] ?? [];
    results = manifest.results;
    recompute = () => single(manifest, options);
  }
  const files = Object.keys(results).filter((name) => name !== MANIFEST_FILE).sort();
  // The folder first: cheap, and a file edited by hand is reported even if the re-run agrees with the manifest.
  const onDisk = checkFilesOnDisk(input.dir, results);
  const hashes = await recompute();
  const recomputed = files.filter((name) => hashes.get(name) !== results[name]);
  const failing = new Set([...onDisk.map((c) => c.file), ...recomputed]);
  const onDiskOnly = files.filter((name) => notRecomputed.includes(name));
  return { files, onDisk, recomputed, firstDifference: files.find((name) => failing.has(name)), onDiskOnly };
}
