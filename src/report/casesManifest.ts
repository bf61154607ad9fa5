/**
 * The manifest of a case check (`brink check --cases`, and the final check of `brink calibrate
 * --cases`) read back for `brink replay`: one record per bout — its resolved parameters (with the
 * chain of files they came from), its targets file whole, seed and runs — each checked as a
 * single check's manifest is, so a replay needs nothing the folder does not hold.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_RUNS } from '../scenarios/index.js';
import { MANIFEST_FILE, type Manifest, type TargetsRecord } from './manifest.js';
import { resultsSchema, scenarioRecordSchema, seedSchema, seedSourceSchema, checkManifestShape } from './manifestSchema.js';
import { checkParams, parsedManifest } from './readManifest.js';
import type { Provenance } from './provenance.js';

/** The commands whose folders replay re-runs as a case check (calibrate --cases folders, like calibrate's, are not replayed). */
export const CASES_COMMANDS = new Set(['check-cases']);

export interface CasesBoutRecord {
  readonly dyad: string;
  readonly bout: string;
  readonly seed: string;
  readonly seedSource: Manifest['seedSource'];
  readonly runs: number;
  readonly scenario: Manifest['scenario'];
  readonly targets: TargetsRecord;
}

export interface CasesManifest {
  readonly tool: Provenance;
  readonly command: string;
  /** The `--cases` folder as given. */
  readonly cases: string;
  readonly prng: string;
  readonly bouts: readonly CasesBoutRecord[];
  readonly results: Readonly<Record<string, string>>;
}

const casesManifestSchema = z.object({
  command: z.enum([...CASES_COMMANDS] as [string, ...string[]]),
  cases: z.string(),
  bouts: z
    .array(
      z.object({
        dyad: z.string(),
        bout: z.string(),
        seed: seedSchema,
        seedSource: seedSourceSchema,
        runs: z.number().int().gte(1).lte(MAX_RUNS),
        scenario: scenarioRecordSchema,
        targets: z.object({ file: z.string(), fileHash: z.string(), document: z.record(z.string(), z.unknown()) }),
      }),
    )
    .min(1),
  results: resultsSchema,
});

/** Whether a folder's manifest is a case check's. */
export function isCasesFolder(folder: string): boolean {
  const manifest = parsedManifest(folder) as { tool?: { tool?: string }; command?: string } | null;
  return manifest?.tool?.tool === 'brink' && CASES_COMMANDS.has(manifest.command ?? '');
}

export function readCasesManifest(folder: string): CasesManifest {
  const manifest = parsedManifest(folder) as CasesManifest;
  const file = join(folder, MANIFEST_FILE);
  checkManifestShape(file, casesManifestSchema, manifest);
  manifest.bouts.forEach((bout, n) => checkParams(file, bout.scenario, `bouts.${n}.scenario.params`));
  return manifest;
}
