/**
 * Writes an ensemble's output folder: outcome rows stream into outcomes.csv while runs finish;
 * statistics, tallies and the manifest follow; the folder is renamed into place last.
 */
import { join } from 'node:path';
import type { LoadedScenario } from '../scenarios/index.js';
import type { Shard } from '../sim/plan.js';
import { outcomesHeader } from '../sim/outcomeRows.js';
import type { EnsembleTallies } from '../sim/tallies.js';
import { encodeTallies } from '../sim/talliesCodec.js';
import { summarizeEnsemble, type EnsembleSummary } from '../stats/index.js';
import { boutsChart, ensembleFanChart, FAN_SAMPLES, fogOfWarChart, peakRungChart, probabilityChart, survivalChart } from '../charts/index.js';
import { simulateRun } from '../model/index.js';
import { htmlReport, type ReportChart } from '../render/htmlReport.js';
import { StagingFolder, type StreamedFile } from './atomicFolder.js';
import { chartMeta, writeCharts } from './chartFiles.js';
import { ensembleTables } from './reportPages.js';
import { manifestForDisplay } from './runFolder.js';
import { bandsCsv, dailyCsv, probabilitiesCsv, summaryJson, survivalCsv } from './ensembleFiles.js';
import { manifestJson, MANIFEST_FILE, provenanceRecord, type ManifestInput } from './manifest.js';

export const OUTCOMES_FILE = 'outcomes.csv';
export const TALLIES_FILE = 'tallies.json';

/** `<out>/<scenario>/ensemble-<seed>-<paramsHash8>[-shard-<i>of<N>]/`. */
export function ensembleFolderPath(outRoot: string, scenario: LoadedScenario, seed: string, shard: Shard | undefined): string {
  const base = `ensemble-${seed}-${scenario.paramsHash.slice(0, 8)}`;
  return join(outRoot, scenario.info.name, shard === undefined ? base : `${base}-shard-${shard.index}of${shard.count}`);
}

/** An ensemble folder being written: open it, stream rows, then finish or abort. */
export class EnsembleFolderWriter {
  private readonly outcomes: StreamedFile;

  constructor(
    readonly staging: StagingFolder,
    readonly scenario: LoadedScenario,
  ) {
    this.outcomes = staging.stream(OUTCOMES_FILE);
    this.outcomes.write(outcomesHeader(scenario.params));
  }

  static open(target: string, scenario: LoadedScenario): EnsembleFolderWriter {
    return new EnsembleFolderWriter(StagingFolder.open(target), scenario);
  }

  /** Outcome rows, in run-index order. */
  writeRows(rows: string): void {
    this.outcomes.write(rows);
  }

  /** Writes statistics, tallies, manifest and views (charts, index.html), and moves the folder into place. */
  async finish(
    tallies: EnsembleTallies,
    manifest: Omit<ManifestInput, 'scenario'>,
    options: { readonly charts: boolean },
  ): Promise<{ folder: string; summary: EnsembleSummary; chartTimings: Record<string, number> }> {
    this.outcomes.close();
    const input = { ...manifest, scenario: this.scenario };
    const summary = summarizeEnsemble(this.scenario.params, tallies);
    const files = ensembleStatisticsFiles(this.scenario, tallies, summary, input);
    for (const [name, contents] of files) this.staging.writeFile(name, contents);
    const manifestText = manifestJson(input, this.staging.resultHashes());
    this.staging.writeFile(MANIFEST_FILE, manifestText);
    const charts = options.charts ? ensembleCharts(this.scenario, tallies, summary, manifest) : [];
    const chartTimings = await writeCharts(this.staging, charts);
    const range = manifest.runIndices;
    this.staging.writeView(
      'index.html',
      htmlReport({
        title: `brink ensemble: ${this.scenario.info.name}, seed ${manifest.seed}, runs ${range.from}–${range.to - 1}`,
        subtitle: this.scenario.info.description,
        charts,
        tables: ensembleTables(summary),
        manifest: manifestForDisplay(manifestText),
        files: [OUTCOMES_FILE, ...files.keys(), MANIFEST_FILE],
      }),
    );
    return { folder: this.staging.commit(), summary, chartTimings };
  }

  abort(): void {
    this.staging.abort();
  }
}

/** The charts of an ensemble folder; the fan chart draws the first few runs as samples. */
export function ensembleCharts(
  scenario: LoadedScenario,
  tallies: EnsembleTallies,
  summary: EnsembleSummary,
  manifest: Omit<ManifestInput, 'scenario'>,
): ReportChart[] {
  const { params } = scenario;
  const range = manifest.runIndices;
  const meta = chartMeta(scenario, manifest.seed, range.to - range.from);
  const samples = [];
  for (let k = range.from; k < Math.min(range.to, range.from + FAN_SAMPLES); k += 1) samples.push(simulateRun(params, manifest.seed, k, { recordEvents: false }));
  return [
    { name: 'fan', spec: ensembleFanChart(params, summary, meta, samples) },
    { name: 'time-to-ceasefire', spec: survivalChart(summary, meta) },
    { name: 'outcomes', spec: probabilityChart(summary, meta, params.ladder) },
    { name: 'peak-rung', spec: peakRungChart(params, tallies, meta) },
    { name: 'bouts', spec: boutsChart(tallies, meta) },
    { name: 'fog-of-war', spec: fogOfWarChart(params, tallies, meta) },
  ];
}

/** Every file of an ensemble folder but outcomes.csv and the manifest (also what replay recomputes). */
export function ensembleStatisticsFiles(
  scenario: LoadedScenario,
  tallies: EnsembleTallies,
  summary: EnsembleSummary,
  manifest: ManifestInput,
): Map<string, string> {
  const start = scenario.info.startDate;
  return new Map([
    [TALLIES_FILE, encodeTallies(tallies)],
    ['bands.csv', bandsCsv(summary, start)],
    ['daily.csv', dailyCsv(scenario.params, summary, start)],
    ['probabilities.csv', probabilitiesCsv(summary)],
    ['survival.csv', survivalCsv(summary)],
    ['summary.json', summaryJson(provenanceRecord(manifest), summary)],
  ]);
}

