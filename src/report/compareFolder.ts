/**
 * Writes the output folder of `brink compare`: paired.csv streamed from the run columns, the
 * statistics files, the manifest over them (both scenarios), then the views (charts,
 * index.html); renamed into place last.
 */
import { join } from 'node:path';
import { comparisonDailyChart, comparisonFanChart, pairedDifferenceChart, type ChartMeta, type PairedDifference } from '../charts/index.js';
import { htmlReport, type ReportChart } from '../render/htmlReport.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { RunRange } from '../sim/plan.js';
import type { ComparisonResult } from '../sim/runComparison.js';
import { BOOTSTRAP_MAX_PAIRS, BOOTSTRAP_RESAMPLES, MCNEMAR_EXACT_BELOW, PROPORTION_METHOD, type ComparisonRow, type ComparisonSummary } from '../stats/index.js';
import { StagingFolder } from './atomicFolder.js';
import { pairChartMeta, writeCharts } from './chartFiles.js';
import { compareDailyCsv, compareSummaryJson, differencesCsv, writePairedCsv } from './compareFiles.js';
import { compareTables } from './comparePages.js';
import { MANIFEST_FILE, type SeedSource } from './manifest.js';
import { pairManifestJson, pairProvenance, type PairManifestInput } from './pairManifest.js';
import { manifestForDisplay } from './runFolder.js';

export const PAIRED_FILE = 'paired.csv';

export interface CompareFolderInput {
  readonly outRoot: string;
  readonly a: LoadedScenario;
  readonly b: LoadedScenario;
  readonly seed: string;
  readonly seedSource: SeedSource;
  readonly runs: number;
  readonly range: RunRange;
  readonly result: ComparisonResult;
  readonly summary: ComparisonSummary;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly workers: number;
  readonly charts: boolean;
}

/** `<out>/<nameA>-vs-<nameB>/compare-<seed>-<paramsHashA8>-<paramsHashB8>/`. */
export function compareFolderPath(outRoot: string, a: LoadedScenario, b: LoadedScenario, seed: string): string {
  return join(outRoot, `${a.info.name}-vs-${b.info.name}`, `compare-${seed}-${a.paramsHash.slice(0, 8)}-${b.paramsHash.slice(0, 8)}`);
}

/** The two series' names in charts and tables: "A: <name>", "B: <name>" (distinct even for one file). */
export function pairLabels(a: LoadedScenario, b: LoadedScenario): [string, string] {
  return [`A: ${a.info.name}`, `B: ${b.info.name}`];
}

function manifestInput(input: CompareFolderInput): PairManifestInput {
  return {
    command: 'compare',
    a: input.a,
    b: input.b,
    seedSource: input.seedSource,
    identity: {
      seed: input.seed,
      runs: input.runs,
      runIndices: input.range,
      commonRandomNumbers: 'run k of A and run k of B both use seed and run index k',
      methods: {
        confidence: 0.95,
        difference: 'B − A',
        probabilities: `${PROPORTION_METHOD}; McNemar test, exact binomial below ${MCNEMAR_EXACT_BELOW} discordant pairs, else chi-square with continuity correction`,
        means: `paired percentile bootstrap, ${BOOTSTRAP_RESAMPLES} resamples, up to ${BOOTSTRAP_MAX_PAIRS} pairs; normal interval above`,
        bootstrapStreams: `${input.seed}/compare/bootstrap/<outcome>`,
      },
    },
    startedAt: input.startedAt,
    wallMs: input.wallMs,
    workers: input.workers,
  };
}

export async function writeCompareFolder(input: CompareFolderInput): Promise<{ folder: string }> {
  const { a, b, summary, result } = input;
  const staging = StagingFolder.open(compareFolderPath(input.outRoot, a, b, input.seed));
  try {
    const paired = staging.stream(PAIRED_FILE);
    writePairedCsv(paired, result.a.outcomes, result.b.outcomes, input.range.from);
    paired.close();
    const manifest = manifestInput(input);
    const data = new Map([
      ['differences.csv', differencesCsv(summary.rows)],
      ['daily.csv', compareDailyCsv(a.params, summary.a, summary.b, a.info.startDate)],
      ['summary.json', compareSummaryJson(pairProvenance(manifest), summary)],
    ]);
    for (const [name, contents] of data) staging.writeFile(name, contents);
    const manifestText = pairManifestJson(manifest, staging.resultHashes());
    staging.writeFile(MANIFEST_FILE, manifestText);
    const charts = input.charts ? compareCharts(input) : [];
    await writeCharts(staging, charts);
    const [labelA, labelB] = pairLabels(a, b);
    staging.writeView(
      'index.html',
      htmlReport({
        title: `brink compare: ${labelA} vs ${labelB}, seed ${input.seed}, runs ${input.range.from}–${input.range.to - 1}`,
        subtitle: `Common random numbers: run k of A and run k of B share seed "${input.seed}" and run index k, so every difference is paired. Differences are B − A.`,
        charts,
        tables: compareTables(a, b, summary),
        manifest: manifestForDisplay(manifestText),
        files: [PAIRED_FILE, ...data.keys(), MANIFEST_FILE],
      }),
    );
    return { folder: staging.commit() };
  } finally {
    staging.abort();
  }
}

/** Outcomes measured in the same unit share a difference chart; probabilities in percentage points. */
const DIFFERENCE_GROUPS = [
  { name: 'differences-probabilities', title: 'Outcome probabilities', unit: 'percentage points', take: (r: ComparisonRow) => r.kind === 'probability' },
  { name: 'differences-days', title: 'Days', unit: 'days', take: (r: ComparisonRow) => r.unit === 'days' },
  { name: 'differences-deaths', title: 'Deaths per run', unit: 'deaths', take: (r: ComparisonRow) => r.unit === 'deaths' },
  { name: 'differences-rungs-bouts', title: 'Peak rung and bouts', unit: 'rungs or bouts', take: (r: ComparisonRow) => r.unit === 'rungs' || r.unit === 'bouts' },
] as const;

function compareCharts(input: CompareFolderInput): ReportChart[] {
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
