/**
 * Reading an output folder's manifest back (for `brink merge` and `brink replay`), and the
 * scenario it records: the resolved parameters themselves, so a replay does not depend on the
 * scenario file still existing or being unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, InputError, type LoadedScenario } from '../scenarios/index.js';
import { MANIFEST_FILE, type Manifest } from './manifest.js';

/** Commands whose folders merge and replay read back (replay refuses sweeps with a note). */
const READABLE = new Set(['run', 'ensemble', 'sweep', 'check']);

function fail(folder: string, message: string): never {
  throw new InputError([{ source: folder, path: '', message }]);
}

export function readManifest(folder: string): Manifest {
  const file = join(folder, MANIFEST_FILE);
  if (!existsSync(file)) fail(folder, `expected a brink output folder with ${MANIFEST_FILE}, found none`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return fail(file, 'expected a JSON manifest, found text that does not parse');
  }
  if (manifest?.tool?.tool !== 'brink' || !READABLE.has(manifest.command)) {
    fail(file, 'expected a manifest written by brink run, ensemble, sweep or check');
  }
  if (contentHash(manifest.scenario.params) !== manifest.scenario.paramsHash) {
    fail(file, 'the recorded parameters do not match their recorded hash: the manifest was edited');
  }
  return manifest;
}

export function scenarioFromManifest(manifest: Manifest): LoadedScenario {
  const s = manifest.scenario;
  return {
    info: { name: s.name, description: s.description ?? '', startDate: s.startDate ?? undefined, seed: manifest.seed, runs: manifest.runs },
    params: s.params,
    file: s.file,
    fileHash: s.fileHash,
    paramsHash: s.paramsHash,
    overrides: s.overrides,
  };
}
