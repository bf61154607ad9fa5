/**
 * Writes the output folder of `brink check`: check.csv and check.json (data, hashed in the
 * manifest), the manifest with the targets file inside it, then the chart and index.html.
 */
import { join } from 'node:path';
import { bandText } from '../calibration/bandText.js';
import type { CheckResult } from '../calibration/checkTargets.js';
import { targetsChart } from '../charts/targetsChart.js';
import { htmlReport, type ReportChart, type ReportTable } from '../render/htmlReport.js';
import { contentHash, type LoadedScenario, type LoadedTargets } from '../scenarios/index.js';
import { StagingFolder } from './atomicFolder.js';
import { chartMeta, writeCharts } from './chartFiles.js';
import { checkCsv, checkJson } from './checkFiles.js';
import { manifestJson, MANIFEST_FILE, provenanceRecord, type ManifestInput, type SeedSource } from './manifest.js';
import { manifestForDisplay } from './runFolder.js';

export interface CheckFolderInput {
  readonly outRoot: string;
  readonly scenario: LoadedScenario;
  readonly targets: LoadedTargets;
  readonly result: CheckResult;
  readonly seed: string;
  readonly seedSource: SeedSource;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly charts: boolean;
}

/** `<out>/<scenario>/check-<seed>-<hash8 of params and targets>/`. */
export function checkFolderPath(outRoot: string, scenario: LoadedScenario, targets: LoadedTargets, seed: string, runs: number): string {
  const hash = contentHash({ params: scenario.paramsHash, targets: targets.fileHash, runs });
  return join(outRoot, scenario.info.name, `check-${seed}-${hash.slice(0, 8)}`);
}

export async function writeCheckFolder(input: CheckFolderInput): Promise<string> {
  const { scenario, targets, result } = input;
  const staging = StagingFolder.open(checkFolderPath(input.outRoot, scenario, targets, input.seed, result.runs));
  try {
    const manifestInput: ManifestInput = {
      command: 'check',
      scenario,
      seed: input.seed,
      seedSource: input.seedSource,
      runs: result.runs,
      runIndices: { from: 0, to: result.runs },
      startedAt: input.startedAt,
      wallMs: input.wallMs,
      targets: { file: targets.file, fileHash: targets.fileHash, document: withoutFileFields(targets) },
    };
    for (const [name, contents] of checkDataFiles(manifestInput, result)) staging.writeFile(name, contents);
    const manifest = manifestJson(manifestInput, staging.resultHashes());
    staging.writeFile(MANIFEST_FILE, manifest);
    const charts: ReportChart[] = input.charts
      ? [{ name: 'targets', spec: targetsChart(result, chartMeta(scenario, input.seed, result.runs), targets.name) }]
      : [];
    await writeCharts(staging, charts);
    staging.writeView(
      'index.html',
      htmlReport({
        title: `brink check: ${scenario.info.name} against ${targets.name}, seed ${input.seed}, ${result.runs} runs`,
        subtitle: `${result.passed} of ${result.total} targets met. ${targets.description}`,
        charts,
        tables: [checkTable(result)],
        manifest: manifestForDisplay(manifest),
        files: ['check.csv', 'check.json', MANIFEST_FILE],
      }),
    );
    return staging.commit();
  } finally {
    staging.abort();
  }
}

/** The data files of a check folder (also what replay recomputes). */
export function checkDataFiles(manifest: ManifestInput, result: CheckResult): Map<string, string> {
  return new Map([
    ['check.csv', checkCsv(result)],
    ['check.json', checkJson(provenanceRecord(manifest), result)],
  ]);
}

export function withoutFileFields(targets: LoadedTargets) {
  const { file: _file, fileHash: _fileHash, ...document } = targets;
  return document;
}

export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Math.abs(value) >= 100 || Number.isInteger(value) ? String(Math.round(value * 10) / 10) : String(Number(value.toPrecision(3)));
}


export function checkTable(result: CheckResult): ReportTable {
  return {
    heading: 'Targets',
    columns: ['target', 'measure', 'observed', 'simulated', '95% interval', 'accepted', 'unit', 'result'],
    rows: result.targets.flatMap((target) =>
      target.criteria.map((c) => [
        `${target.fact ?? ''} ${target.title}`.trim(),
        c.measure,
        formatValue(c.observed),
        formatValue(c.estimate),
        `${formatValue(c.lower)} – ${formatValue(c.upper)}`,
        bandText(c.accept),
        c.unit,
        c.pass ? 'pass' : 'FAIL',
      ]),
    ),
  };
}
