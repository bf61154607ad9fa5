/**
 * Writes the output folder of `brink run`: data files, the manifest over them, then the views
 * (trajectory chart, index.html); renamed into place last.
 */
import { join } from 'node:path';
import { runTrajectoryChart } from '../charts/index.js';
import type { RunResult } from '../model/index.js';
import { htmlReport, type ReportChart } from '../render/htmlReport.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { FileContents } from './atomicFolder.js';
import { StagingFolder } from './atomicFolder.js';
import { chartMeta, writeCharts } from './chartFiles.js';
import { manifestJson, MANIFEST_FILE, type SeedSource } from './manifest.js';
import { runTables } from './reportPages.js';
import { daysCsv, dyadCsv, eventsNdjson, outcomeJson } from './runFiles.js';

export interface RunFolderInput {
  readonly outRoot: string;
  readonly scenario: LoadedScenario;
  readonly result: RunResult;
  readonly seedSource: SeedSource;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly charts: boolean;
}

export interface WrittenFolder {
  readonly folder: string;
  /** Milliseconds to render each chart, by name. */
  readonly chartTimings: Readonly<Record<string, number>>;
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

/** The manifest as a report shows it: without the part that differs between identical reruns. */
export function manifestForDisplay(manifestText: string): unknown {
  const { execution: _execution, ...rest } = JSON.parse(manifestText) as Record<string, unknown>;
  return rest;
}

export async function writeRunFolder(input: RunFolderInput): Promise<WrittenFolder> {
  const { scenario, result } = input;
  const staging = StagingFolder.open(runFolderPath(input.outRoot, scenario, result.seed, result.runIndex));
  try {
    const data = runDataFiles(scenario, result);
    for (const [name, contents] of data) staging.writeFile(name, contents);
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
    const meta = chartMeta(scenario, result.seed, 1, result.runIndex);
    const charts: ReportChart[] = input.charts ? [{ name: 'trajectory', spec: runTrajectoryChart(scenario.params, result, meta) }] : [];
    const chartTimings = await writeCharts(staging, charts);
    staging.writeView(
      'index.html',
      htmlReport({
        title: `brink run: ${scenario.info.name}, seed ${result.seed}, run ${result.runIndex}`,
        subtitle: scenario.info.description,
        charts,
        tables: runTables(scenario, result),
        manifest: manifestForDisplay(manifest),
        files: [...data.keys(), MANIFEST_FILE],
      }),
    );
    return { folder: staging.commit(), chartTimings };
  } finally {
    staging.abort();
  }
}
