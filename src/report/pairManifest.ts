/**
 * `manifest.json` of the commands that put two things side by side (`brink compare`, `brink
 * diff`): like every manifest (tool, PRNG, result hashes, `execution` apart), but recording
 * both scenarios — file hash and fully resolved parameters of each, even when they are the same
 * file — under `scenarios.a` and `scenarios.b`.
 */
import { PRNG_NAME } from '../model/index.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { SeedSource } from './manifest.js';
import { executionRecord, scenarioRecord, type Manifest } from './manifest.js';
import type { Provenance } from './provenance.js';
import { provenance } from './provenance.js';

export interface PairManifestInput {
  readonly command: 'compare' | 'diff';
  readonly a: LoadedScenario;
  readonly b: LoadedScenario;
  readonly seedSource: SeedSource;
  /** What the command ran: seed, runs and methods (compare); the two runs (diff). */
  readonly identity: Readonly<Record<string, unknown>>;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly workers?: number;
}

/** The manifest without results and execution: also the head of summary.json. */
export function pairProvenance(input: PairManifestInput) {
  return {
    tool: provenance(),
    command: input.command,
    scenarios: { a: scenarioRecord(input.a), b: scenarioRecord(input.b) },
    seedSource: input.seedSource,
    ...input.identity,
    prng: PRNG_NAME,
  };
}

export function pairManifestJson(input: PairManifestInput, results: Record<string, string>): string {
  const manifest = {
    ...pairProvenance(input),
    results,
    execution: executionRecord(input.startedAt, input.wallMs, input.workers ?? 1),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A compare or diff manifest as written: the provenance, the command's identity fields, results and execution. */
export interface PairManifest extends Readonly<Record<string, unknown>> {
  readonly tool: Provenance;
  readonly command: 'compare' | 'diff';
  readonly scenarios: { readonly a: Manifest['scenario']; readonly b: Manifest['scenario'] };
  readonly seedSource: SeedSource;
  readonly prng: string;
  readonly results: Readonly<Record<string, string>>;
}
