/**
 * Writes the output folder of `brink calibrate`: candidates.csv (every candidate and its score),
 * the best parameter set as a scenario file (comments kept, changes noted), that scenario's
 * check at full size (check.csv, check.json), the manifest, then the charts and index.html.
 */
import { join } from 'node:path';
import type { CalibrationResult } from '../calibration/calibrate.js';
import type { CheckResult } from '../calibration/checkTargets.js';
import type { SweepParameter } from '../sim/design/sweepParameter.js';
import { calibrationChart } from '../charts/calibrationChart.js';
import { targetsChart } from '../charts/targetsChart.js';
import { htmlReport, type ReportChart } from '../render/htmlReport.js';
import { contentHash, type LoadedScenario, type LoadedTargets } from '../scenarios/index.js';
import { StagingFolder } from './atomicFolder.js';
import { chartMeta, writeCharts } from './chartFiles.js';
import { checkDataFiles, checkTable, withoutFileFields } from './checkFolder.js';
import { toCsv, type Cell } from './csv.js';
import { manifestJson, MANIFEST_FILE, type ManifestInput, type SeedSource } from './manifest.js';
import { manifestForDisplay } from './runFolder.js';

export interface CalibrateFolderInput {
  readonly outRoot: string;
  /** The scenario as given, and with the best values applied. */
  readonly scenario: LoadedScenario;
  readonly best: LoadedScenario;
  readonly bestText: string;
  readonly targets: LoadedTargets;
  readonly parameters: readonly SweepParameter[];
  readonly search: CalibrationResult;
  readonly searchRuns: number;
  readonly populationSize: number;
  readonly budget: number;
  readonly check: CheckResult;
  readonly seed: string;
  readonly seedSource: SeedSource;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly charts: boolean;
}

/** `<out>/<scenario>/calibrate-<seed>-<hash8 of scenario, targets and search>/`. */
export function calibrateFolderPath(outRoot: string, scenario: LoadedScenario, key: unknown, seed: string): string {
  return join(outRoot, scenario.info.name, `calibrate-${seed}-${contentHash({ params: scenario.paramsHash, key }).slice(0, 8)}`);
}

export function candidatesCsv(parameters: readonly SweepParameter[], search: CalibrationResult): string {
  const rows = search.evaluations.map((e): Cell[] => [
    e.detail.index,
    e.generation,
    ...e.detail.values,
    e.score.passed,
    e.score.bandDistance,
    e.score.closeness,
    e === search.best,
  ]);
  return toCsv(['candidate', 'generation', ...parameters.map((p) => p.path), 'targetsMet', 'bandDistance', 'closeness', 'best'], rows);
}

export async function writeCalibrateFolder(input: CalibrateFolderInput, folderKey: unknown): Promise<string> {
  const { scenario, targets } = input;
  const staging = StagingFolder.open(calibrateFolderPath(input.outRoot, scenario, folderKey, input.seed));
  try {
    const manifestInput: ManifestInput = {
      command: 'calibrate',
      // The manifest's parameters are the best ones: what check.csv and check.json were computed from.
      scenario: input.best,
      seed: input.seed,
      seedSource: input.seedSource,
      runs: input.check.runs,
      runIndices: { from: 0, to: input.check.runs },
      startedAt: input.startedAt,
      wallMs: input.wallMs,
      targets: { file: targets.file, fileHash: targets.fileHash, document: withoutFileFields(targets) },
      calibration: {
        parameters: input.parameters.map((p) => ({ path: p.path, from: p.from, to: p.to, integer: p.integer })),
        budget: input.budget,
        searchRuns: input.searchRuns,
        populationSize: input.populationSize,
        best: input.search.best.detail.set,
      },
    };
    const bestFile = `${scenario.info.name}-calibrated.yaml`;
    staging.writeFile('candidates.csv', candidatesCsv(input.parameters, input.search));
    staging.writeFile(bestFile, input.bestText);
    for (const [name, contents] of checkDataFiles(manifestInput, input.check)) staging.writeFile(name, contents);
    const manifest = manifestJson(manifestInput, staging.resultHashes());
    staging.writeFile(MANIFEST_FILE, manifest);
    const meta = chartMeta(input.best, input.seed, input.check.runs);
    const points = input.search.evaluations.map((e) => ({
      evaluation: e.detail.index,
      generation: e.generation,
      passed: e.score.passed,
      bandDistance: e.score.bandDistance,
      values: e.detail.set.join(' '),
    }));
    const charts: ReportChart[] = input.charts
      ? [
          { name: 'targets', spec: targetsChart(input.check, meta, targets.name) },
          { name: 'search', spec: calibrationChart(points, input.check.total, { ...meta, runs: input.searchRuns }) },
        ]
      : [];
    await writeCharts(staging, charts);
    staging.writeView(
      'index.html',
      htmlReport({
        title: `brink calibrate: ${scenario.info.name} against ${targets.name}, seed ${input.seed}`,
        subtitle: `Best of ${input.search.evaluations.length} candidates (${input.searchRuns} runs each): ${input.search.best.detail.set.join(', ')}. Checked on ${input.check.runs} runs: ${input.check.passed} of ${input.check.total} targets met.`,
        charts,
        tables: [checkTable(input.check)],
        manifest: manifestForDisplay(manifest),
        files: ['candidates.csv', bestFile, 'check.csv', 'check.json', MANIFEST_FILE],
      }),
    );
    return staging.commit();
  } finally {
    staging.abort();
  }
}
