/**
 * Reading an output folder's manifest back (for `brink merge` and `brink replay`), and the
 * scenarios it records: the resolved parameters themselves, so a replay does not depend on the
 * scenario file still existing or being unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_VERSION } from '../model/index.js';
import { checkRecordedParams, contentHash, InputError, type LoadedScenario } from '../scenarios/index.js';
import { messages } from '../scenarios/messages.js';
import { checkFilesOnDisk } from './folderHashes.js';
import { MANIFEST_FILE, type Manifest } from './manifest.js';
import { checkManifestShape, pairManifestSchema, singleManifestSchema } from './manifestSchema.js';
import type { PairManifest } from './pairManifest.js';

/** Commands whose folders merge and replay read back. */
const READABLE = new Set(['run', 'ensemble', 'sweep', 'check', 'calibrate']);
/** Commands whose manifests record two scenarios (pairManifest.ts). */
const PAIRED = new Set(['compare', 'diff']);

function fail(folder: string, message: string): never {
  throw new InputError([{ source: folder, path: '', message }]);
}

export function parsedManifest(folder: string): unknown {
  const file = join(folder, MANIFEST_FILE);
  if (!existsSync(file)) fail(folder, `expected a brink output folder with ${MANIFEST_FILE}, found none`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fail(file, 'expected a JSON manifest, found text that does not parse');
  }
  checkModelVersion(file, parsed);
  return parsed;
}

/**
 * A folder's numbers are only reproducible by the model that made them: a manifest without
 * `tool.modelVersion` was written by model 1.
 */
function checkModelVersion(file: string, manifest: unknown): void {
  const tool = (manifest as { tool?: { tool?: unknown; modelVersion?: unknown } } | null)?.tool;
  if (tool?.tool !== 'brink') return;
  const made = tool.modelVersion ?? 1;
  if (made !== MODEL_VERSION) {
    fail(file, `made by model ${String(made)}, but this brink runs model ${MODEL_VERSION}: use the brink version that wrote it`);
  }
}

/**
 * The recorded parameters must match their hash (an edit that forgot to re-hash) and be ones a
 * scenario file could give (an edit that re-hashed: checked like a file, recordedParams.ts).
 */
export function checkParams(file: string, scenario: Manifest['scenario'], where: string): void {
  if (contentHash(scenario.params) !== scenario.paramsHash) {
    fail(file, 'the recorded parameters do not match their recorded hash: the manifest was edited');
  }
  checkRecordedParams(file, where, scenario.params, scenario);
}

/** Whether the folder's manifest records two scenarios (compare, diff) rather than one. */
export function isPairFolder(folder: string): boolean {
  const manifest = parsedManifest(folder) as { tool?: { tool?: string }; command?: string } | null;
  return manifest?.tool?.tool === 'brink' && PAIRED.has(manifest.command ?? '');
}

export function readManifest(folder: string): Manifest {
  const manifest = parsedManifest(folder) as Manifest;
  const file = join(folder, MANIFEST_FILE);
  if (manifest?.tool?.tool !== 'brink' || !READABLE.has(manifest.command)) {
    fail(file, 'expected a manifest written by brink run, ensemble, sweep, check or calibrate');
  }
  checkManifestShape(file, singleManifestSchema, manifest);
  checkParams(file, manifest.scenario, 'scenario.params');
  return manifest;
}

/**
 * A folder's manifest, and every data file it lists present with the bytes it records: what
 * `brink merge` joins, so a shard edited after brink wrote it cannot reach a merged result.
 */
export function readVerifiedFolder(folder: string): Manifest {
  const manifest = readManifest(folder);
  const problems = checkFilesOnDisk(folder, manifest.results);
  if (problems.length > 0) {
    throw new InputError(
      problems.map(({ file, problem }) => ({
        source: join(folder, file),
        path: '',
        message: problem === 'missing' ? 'missing: its manifest lists it' : messages.fileChanged(),
      })),
    );
  }
  return manifest;
}

/** A compare or diff manifest, each scenario's recorded parameters checked against their hash. */
export function readPairManifest(folder: string): PairManifest {
  const manifest = parsedManifest(folder) as PairManifest;
  const file = join(folder, MANIFEST_FILE);
  if (manifest?.tool?.tool !== 'brink' || !PAIRED.has(manifest.command)) fail(file, 'expected a manifest written by brink compare or diff');
  checkManifestShape(file, pairManifestSchema, manifest);
  checkParams(file, manifest.scenarios.a, 'scenarios.a.params');
  checkParams(file, manifest.scenarios.b, 'scenarios.b.params');
  return manifest;
}

/** A scenario as a manifest records it, loaded again: what `scenarioRecord` wrote, read back. */
export function scenarioFromRecord(s: Manifest['scenario'], seed: string, runs: number): LoadedScenario {
  return {
    info: { name: s.name, description: s.description ?? '', startDate: s.startDate ?? undefined, seed, runs },
    params: s.params,
    file: s.file,
    fileHash: s.fileHash,
    paramsHash: s.paramsHash,
    overrides: s.overrides,
    chain: s.chain ?? [{ file: s.file, sha256: s.fileHash }],
  };
}

export function scenarioFromManifest(manifest: Manifest): LoadedScenario {
  return scenarioFromRecord(manifest.scenario, manifest.seed, manifest.runs);
}
