/**
 * `brink compare`: two scenarios on common random numbers, paired differences B − A with
 * intervals, and the comparison's output folder.
 *
 * Phases:
 *   1. load both scenarios (every problem of both at once), check they pair: the same states
 *      and horizon; choose one seed for both                               (shared/loadPair.ts)
 *   2. run both ensembles over the same run indices on the worker pool      (sim/runComparison.ts)
 *   3. paired statistics: McNemar and Newcombe for probabilities, paired bootstrap for means
 *                                                                          (stats/summarizeComparison.ts)
 *   4. write the folder: paired.csv streamed, statistics, manifest with both scenarios, charts,
 *      page; atomically                                                    (report/outputFolder.ts)
 *   5. refresh the reports index
 */
import { defaultWorkers } from '../../sim/defaultWorkers.js';
import { join } from 'node:path';
import { comparisonDailyChart, comparisonFanChart, pairedDifferenceChart, type ChartMeta, type PairedDifference } from '../../charts/index.js';
import type { ReportChart } from '../../render/htmlReport.js';
import { pairChartMeta } from '../../report/chartFiles.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { pairManifestJson, pairProvenance, type PairManifestInput } from '../../report/pairManifest.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { RunRange } from '../../sim/plan.js';
import { runComparison, type ComparisonResult } from '../../sim/runComparison.js';
import { BOOTSTRAP_MAX_PAIRS, BOOTSTRAP_RESAMPLES, MCNEMAR_EXACT_BELOW, PROPORTION_METHOD, summarizeComparison, type ComparisonRow, type ComparisonSummary } from '../../stats/index.js';
import type { OutputOptions } from '../shared/hooks.js';
import { loadPair } from '../shared/loadPair.js';
import { asRunFailure } from '../shared/runFailure.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { compareDailyCsv, compareSummaryJson, differencesCsv, writePairedCsv } from './files.js';
import { compareTables } from './pages.js';

export const PAIRED_FILE = 'paired.csv';

export interface ComparePipelineInput extends OutputOptions {
  /** Scenario A (the baseline) and B (the change; may be A again with `setB`). */
  readonly a: string;
  readonly b: string;
  /** Overrides of both, then of B only. */
  readonly set?: readonly string[];
  readonly setB?: readonly string[];
  readonly days?: number;
  /** One seed for both: that is what pairs the runs. Default: A's. */
  readonly seed?: string;
  /** Runs per scenario (default: A's runs). */
  readonly runs?: number;
  readonly workers?: number;
}

export interface ComparePipelineResult extends WrittenFolder, ChosenSeed {
  readonly a: LoadedScenario;
  readonly b: LoadedScenario;
  readonly runs: number;
  readonly range: RunRange;
  readonly summary: ComparisonSummary;
}

/**
 * `<out>/<nameA>-vs-<nameB>/compare-<seed>-n<runs>-<paramsHashA8>-<paramsHashB8>/`: the run count
 * is in the name so a small rerun never replaces a large result.
 */
export function compareFolderPath(outRoot: string, a: LoadedScenario, b: LoadedScenario, seed: string, runs: number): string {
  return join(outRoot, `${a.info.name}-vs-${b.info.name}`, `compare-${seed}-n${runs}-${a.paramsHash.slice(0, 8)}-${b.paramsHash.slice(0, 8)}`);
}

/** The two series' names in charts and tables: "A: <name>", "B: <name>" (distinct even for one file). */
export function pairLabels(a: LoadedScenario, b: LoadedScenario): [string, string] {
  return [`A: ${a.info.name}`, `B: ${b.info.name}`];
}

/** What a comparison computed: both scenarios, the seed and runs that paired them, the paired statistics. */
export interface Compared {
  readonly a: LoadedScenario;
  readonly b: LoadedScenario;
  readonly seed: string;
  readonly runs: number;
  readonly summary: ComparisonSummary;
}

export function compareManifestInput(compared: Compared, seedSource: ChosenSeed['source'], range: RunRange, startedAt: Date, wallMs: number, workers: number): PairManifestInput {
  const { seed } = compared;
  return {
    command: 'compare',
    a: compared.a,
    b: compared.b,
    seedSource,
    identity: {
      seed,
      runs: compared.runs,
      runIndices: range,
      commonRandomNumbers: 'run k of A and run k of B both use seed and run index k',
      methods: {
        confidence: 0.95,
        difference: 'B − A',
        probabilities: `${PROPORTION_METHOD}; McNemar test, exact binomial below ${MCNEMAR_EXACT_BELOW} discordant pairs, else chi-square with continuity correction`,
        means: `paired percentile bootstrap, ${BOOTSTRAP_RESAMPLES} resamples, up to ${BOOTSTRAP_MAX_PAIRS} pairs; normal interval above`,
        bootstrapStreams: `${seed}/compare/bootstrap/<outcome>`,
      },
    },
    startedAt,
    wallMs,
    workers,
  };
}

/** Every data file of a comparison but paired.csv (streamed first): also what replay recomputes. */
export function compareDataFiles(compared: Compared, manifest: PairManifestInput): Map<string, string> {
  const { a, summary } = compared;
  return new Map([
    ['differences.csv', differencesCsv(summary.rows)],
    ['daily.csv', compareDailyCsv(a.params, summary.a, summary.b, a.info.startDate)],
    ['summary.json', compareSummaryJson(pairProvenance(manifest), summary)],
  ]);
}

/**
 * @example
 * const { summary } = await comparePipeline({ a: 'scenarios/durand-line-2025.yaml', b: 'scenarios/no-mediators.yaml', seed: 'golden', runs: 1000, out: 'reports' });
 * console.log(summary.rows.find((r) => r.outcome === 'ceasefire:by30'));
 */
export async function comparePipeline(input: ComparePipelineInput): Promise<ComparePipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const [a, b] = loadPair(input.a, input.b, { set: input.set ?? [], setB: input.setB ?? [], ...(input.days === undefined ? {} : { days: input.days }) });
  const runs = input.runs ?? a.info.runs;
  const workers = input.workers ?? defaultWorkers();
  const { hooks } = input;
  const { seed, source } = chooseSeed(input.seed, a);
  if (source === 'generated') hooks?.onSeedGenerated?.(seed);
  if (source === 'scenario' && b.info.seed !== undefined && b.info.seed !== seed) {
    hooks?.onNote?.(`using A's seed "${seed}" for both scenarios (B's file says "${b.info.seed}"): runs are paired by seed and run index`);
  }
  let result: ComparisonResult;
  try {
    result = await runComparison(a.params, b.params, { seed, runs, workers, onProgress: (done, total) => hooks?.onProgress?.(done, total, `${a.info.name} vs ${b.info.name}`) });
  } catch (error) {
    throw asRunFailure(error, seed);
  }
  const summary = summarizeComparison(a.params, b.params, result, seed);
  const compared: Compared = { a, b, seed, runs, summary };
  const manifest = compareManifestInput(compared, source, result.range, startedAt, performance.now() - started, workers);
  const [labelA, labelB] = pairLabels(a, b);
  const written = await writeOutputFolder(compareFolderPath(input.out, a, b, seed, runs), (staging) => {
    const paired = staging.stream(PAIRED_FILE);
    writePairedCsv(paired, result.a.outcomes, result.b.outcomes, result.range.from);
    paired.close();
    return {
      data: compareDataFiles(compared, manifest),
      manifest: (results) => pairManifestJson(manifest, results),
      charts: () => (input.charts === false ? [] : compareCharts(compared)),
      parquet: input.parquet === true,
      page: {
        title: `brink compare: ${labelA} vs ${labelB}, seed ${seed}, runs ${result.range.from}–${result.range.to - 1}`,
        subtitle: `Common random numbers: run k of A and run k of B share seed "${seed}" and run index k, so every difference is paired. Differences are B − A.`,
        tables: compareTables(a, b, summary),
      },
    };
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed, source, a, b, runs, range: result.range, summary };
}

/** Outcomes measured in the same unit share a difference chart; probabilities in percentage points. */
const DIFFERENCE_GROUPS = [
  { name: 'differences-probabilities', title: 'Outcome probabilities', unit: 'percentage points', take: (r: ComparisonRow) => r.kind === 'probability' },
  { name: 'differences-days', title: 'Days', unit: 'days', take: (r: ComparisonRow) => r.unit === 'days' },
  { name: 'differences-deaths', title: 'Deaths per run', unit: 'deaths', take: (r: ComparisonRow) => r.unit === 'deaths' },
  { name: 'differences-rungs-bouts', title: 'Peak rung and bouts', unit: 'rungs or bouts', take: (r: ComparisonRow) => r.unit === 'rungs' || r.unit === 'bouts' },
] as const;

function compareCharts(input: Compared): ReportChart[] {
  const { a, b, summary } = input;
  const labels = pairLabels(a, b);
  const meta: ChartMeta = pairChartMeta(a, b, input.seed, input.runs);
  const differences = DIFFERENCE_GROUPS.map((group): ReportChart => {
    const scale = group.unit === 'percentage points' ? 100 : 1;
    const rows = summary.rows
      .filter((r) => group.take(r) && r.difference !== null)
      .map((r): PairedDifference => ({ outcome: r.description, difference: r.difference! * scale, lower: r.lower! * scale, upper: r.upper! * scale }));
    const title = `${group.title}: ${labels[1]} minus ${labels[0]}, run by run`;
    return { name: group.name, spec: pairedDifferenceChart(rows, labels, meta, { unit: group.unit, title }) };
  });
  const [first, ...rest] = differences;
  return [
    first!,
    { name: 'daily', spec: comparisonDailyChart(a.params, { label: labels[0], value: summary.a }, { label: labels[1], value: summary.b }, meta) },
    { name: 'fan', spec: comparisonFanChart(a.params, { label: labels[0], value: summary.a }, { label: labels[1], value: summary.b }, meta, { centre: 'mean' }) },
    ...rest,
  ];
}
