/**
 * `manifest.json`: everything needed to trace and replay an output folder — tool version,
 * scenario file hash and fully resolved parameters, seed, run indices, PRNG, hashes of every
 * data file. Timing lives under `timing` only, the one part allowed to differ between reruns.
 */
import { PRNG_NAME } from '../model/index.js';
import type { LoadedScenario } from '../scenarios/index.js';
import { sha256 } from '../scenarios/index.js';
import type { FileContents } from './atomicFolder.js';
import { provenance } from './provenance.js';

export type SeedSource = 'flag' | 'scenario' | 'generated';

export interface ManifestInput {
  readonly command: string;
  readonly scenario: LoadedScenario;
  readonly seed: string;
  readonly seedSource: SeedSource;
  /** Run indices covered: from (inclusive) to (exclusive). */
  readonly runIndices: { readonly from: number; readonly to: number };
  readonly startedAt: Date;
  readonly wallMs: number;
}

export const MANIFEST_FILE = 'manifest.json';

export function resultHashes(files: FileContents): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of [...files.keys()].sort()) hashes[name] = sha256(files.get(name)!);
  return hashes;
}

export function manifestJson(input: ManifestInput, files: FileContents): string {
  const { scenario } = input;
  const manifest = {
    tool: provenance(),
    command: input.command,
    scenario: {
      file: scenario.file,
      name: scenario.info.name,
      fileHash: scenario.fileHash,
      paramsHash: scenario.paramsHash,
      overrides: scenario.overrides,
      startDate: scenario.info.startDate ?? null,
      params: scenario.params,
    },
    seed: input.seed,
    seedSource: input.seedSource,
    runIndices: input.runIndices,
    runs: input.runIndices.to - input.runIndices.from,
    prng: PRNG_NAME,
    results: resultHashes(files),
    timing: { startedAt: input.startedAt.toISOString(), wallMs: Math.round(input.wallMs) },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
