/**
 * An ensemble folder being written, shared by `brink ensemble` and `brink merge`: outcome rows
 * stream into outcomes.csv first (runs finishing, or shards copied); statistics, manifest,
 * charts and page follow through the one output-folder writer.
 */
import { join } from 'node:path';
import { manifestJson, type ManifestInput } from '../../report/manifest.js';
import { StagingFolder, type StreamedFile } from '../../report/atomicFolder.js';
import { exploreLink } from '../../report/exploreLink.js';
import { finishOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import { outcomesHeader } from '../../sim/outcomeRows.js';
import type { Shard } from '../../sim/plan.js';
import type { EnsembleTallies } from '../../sim/tallies.js';
import { summarizeEnsemble, type EnsembleSummary } from '../../stats/index.js';
import { ensembleStatisticsFiles, OUTCOMES_FILE } from './files.js';
import { ensembleTables } from './pages.js';

/**
 * `<out>/<scenario>/ensemble-<seed>-n<runs>-<paramsHash8>[-shard-<i>of<N>]/`: the ensemble size is
 * in the name, so a 10-run rerun lands beside a 1,500-run result instead of replacing it.
 */
export function ensembleFolderPath(outRoot: string, scenario: LoadedScenario, seed: string, runs: number, shard: Shard | undefined): string {
  const base = `ensemble-${seed}-n${runs}-${scenario.paramsHash.slice(0, 8)}`;
  return join(outRoot, scenario.info.name, shard === undefined ? base : `${base}-shard-${shard.index}of${shard.count}`);
}

export class EnsembleFolderWriter {
  private readonly outcomes: StreamedFile;

  private constructor(
    private readonly staging: StagingFolder,
    private readonly scenario: LoadedScenario,
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

  /** Statistics, tallies, manifest, charts and page; then the folder moves into place. */
  async finish(tallies: EnsembleTallies, manifest: Omit<ManifestInput, 'scenario'>, charts: boolean, parquet = false): Promise<WrittenFolder & { summary: EnsembleSummary }> {
    this.outcomes.close();
    const { scenario } = this;
    const input = { ...manifest, scenario };
    const summary = summarizeEnsemble(scenario.params, tallies);
    const range = manifest.runIndices;
    // The chart builders (and Vega-Lite's types behind them) load only when charts are drawn.
    const chartsModule = charts ? await import('./charts.js') : undefined;
    const written = await finishOutputFolder(this.staging, {
      data: ensembleStatisticsFiles(scenario, tallies, summary, input),
      manifest: (results) => manifestJson(input, results),
      charts: () => (chartsModule ? chartsModule.ensembleCharts(scenario, tallies, summary, manifest.seed, range) : []),
      parquet,
      page: {
        title: `brink ensemble: ${scenario.info.name}, seed ${manifest.seed}, runs ${range.from}–${range.to - 1}`,
        subtitle: scenario.info.description,
        tables: ensembleTables(summary),
        // The page's ensemble is runs 0…N−1: a shard's link gives the same count, not the same runs.
        explore: exploreLink(scenario, { seed: manifest.seed, runIndex: range.from, runs: range.to - range.from }),
      },
    });
    return { ...written, summary };
  }

  /** Removes the folder in progress (after a failure); harmless once finished. */
  abort(): void {
    this.staging.abort();
  }
}
