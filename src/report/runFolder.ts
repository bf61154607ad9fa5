/** Writes the output folder of `brink run`: data files, then the manifest over them. */
import { join } from 'node:path';
import type { RunResult } from '../model/index.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { FileContents } from './atomicFolder.js';
import { StagingFolder } from './atomicFolder.js';
import { manifestJson, MANIFEST_FILE, type SeedSource } from './manifest.js';
import { daysCsv, dyadCsv, eventsNdjson, outcomeJson } from './runFiles.js';

export interface RunFolderInput {
  readonly outRoot: string;
  readonly scenario: LoadedScenario;
  readonly result: RunResult;
  readonly seedSource: SeedSource;
  readonly startedAt: Date;
  readonly wallMs: number;
}

/** `<out>/<scenario>/run-<seed>-r<k>-<paramsHash8>/`: one folder per (scenario, seed, run). */
export function runFolderPath(outRoot: string, scenario: LoadedScenario, seed: string, runIndex: number): string {
  return join(outRoot, scenario.info.name, `run-${seed}-r${runIndex}-${scenario.paramsHash.slice(0, 8)}`);
}

/** The data files of a run, by name (also what `brink replay` recomputes). */
export function runDataFiles(scenario: LoadedScenario, result: RunResult): FileContents {
  const { params, info } = scenario;
  return new Map([
    ['days.csv', daysCsv(params, result, info.startDate)],
    ['dyad.csv', dyadCsv(params, result, info.startDate)],
    ['events.ndjson', eventsNdjson(result, info.startDate)],
    ['outcome.json', outcomeJson(params, result)],
  ]);
}

export function writeRunFolder(input: RunFolderInput): string {
  const { scenario, result } = input;
  const staging = StagingFolder.open(runFolderPath(input.outRoot, scenario, result.seed, result.runIndex));
  try {
    for (const [name, contents] of runDataFiles(scenario, result)) staging.writeFile(name, contents);
    const manifest = manifestJson(
      {
        command: 'run',
        scenario,
        seed: result.seed,
        seedSource: input.seedSource,
        runs: 1,
        runIndices: { from: result.runIndex, to: result.runIndex + 1 },
        startedAt: input.startedAt,
        wallMs: input.wallMs,
      },
      staging.resultHashes(),
    );
    staging.writeFile(MANIFEST_FILE, manifest);
    return staging.commit();
  } finally {
    staging.abort();
  }
}
