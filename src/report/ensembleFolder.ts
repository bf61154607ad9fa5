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
import { StagingFolder, type StreamedFile } from './atomicFolder.js';
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

  /** Writes statistics, tallies and manifest, and moves the folder into place. */
  finish(tallies: EnsembleTallies, manifest: Omit<ManifestInput, 'scenario'>): { folder: string; summary: EnsembleSummary } {
    this.outcomes.close();
    const input = { ...manifest, scenario: this.scenario };
    const summary = summarizeEnsemble(this.scenario.params, tallies);
    for (const [name, contents] of ensembleStatisticsFiles(this.scenario, tallies, summary, input)) this.staging.writeFile(name, contents);
    this.staging.writeFile(MANIFEST_FILE, manifestJson(input, this.staging.resultHashes()));
    return { folder: this.staging.commit(), summary };
  }

  abort(): void {
    this.staging.abort();
  }
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

