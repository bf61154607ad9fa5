/**
 * Writes the output folder of `brink diff <scenario>`: two single runs side by side — diff.csv,
 * summary.json, the manifest (both scenarios, both seeds and run indices), the overlaid
 * trajectory chart and index.html; renamed into place last.
 */
import { join } from 'node:path';
import { comparisonTrajectoryChart, type ComparisonTrajectoryOptions } from '../charts/index.js';
import type { RunResult } from '../model/index.js';
import { htmlReport, type ReportChart } from '../render/htmlReport.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { RunDivergence } from '../stats/index.js';
import { StagingFolder } from './atomicFolder.js';
import { onlyInB, pairChartMeta, writeCharts } from './chartFiles.js';
import { diffTables, runLabel } from './diffPages.js';
import { diffCsv, diffSummaryJson } from './diffFiles.js';
import { MANIFEST_FILE, type SeedSource } from './manifest.js';
import { pairManifestJson, pairProvenance, type PairManifestInput } from './pairManifest.js';
import { manifestForDisplay } from './runFolder.js';

export interface DiffFolderInput {
  readonly outRoot: string;
  readonly a: LoadedScenario;
  readonly b: LoadedScenario;
  readonly runA: RunResult;
  readonly runB: RunResult;
  readonly divergence: RunDivergence;
  readonly seedSource: SeedSource;
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly charts: boolean;
}

/**
 * `<out>/<nameA>/diff-<seedA>-r<kA>-vs-<seedB>-r<kB>-<paramsHashA8>[-<paramsHashB8>]/`: the second
 * hash only when B's parameters differ (--set-b).
 */
export function diffFolderPath(outRoot: string, a: LoadedScenario, b: LoadedScenario, runA: RunResult, runB: RunResult): string {
  const hashes = a.paramsHash === b.paramsHash ? a.paramsHash.slice(0, 8) : `${a.paramsHash.slice(0, 8)}-${b.paramsHash.slice(0, 8)}`;
  return join(outRoot, a.info.name, `diff-${runA.seed}-r${runA.runIndex}-vs-${runB.seed}-r${runB.runIndex}-${hashes}`);
}

export async function writeDiffFolder(input: DiffFolderInput): Promise<{ folder: string }> {
  const { a, b, runA, runB, divergence } = input;
  const staging = StagingFolder.open(diffFolderPath(input.outRoot, a, b, runA, runB));
  try {
    const manifest: PairManifestInput = {
      command: 'diff',
      a,
      b,
      seedSource: input.seedSource,
      identity: { runs: { a: { seed: runA.seed, runIndex: runA.runIndex }, b: { seed: runB.seed, runIndex: runB.runIndex } } },
      startedAt: input.startedAt,
      wallMs: input.wallMs,
    };
    const data = new Map([
      ['diff.csv', diffCsv(a.params, runA, runB, divergence, a.info.startDate)],
      ['summary.json', diffSummaryJson(pairProvenance(manifest), a.params, runA, runB, divergence)],
    ]);
    for (const [name, contents] of data) staging.writeFile(name, contents);
    const manifestText = pairManifestJson(manifest, staging.resultHashes());
    staging.writeFile(MANIFEST_FILE, manifestText);
    const sameRun = runA.runIndex === runB.runIndex;
    const meta = pairChartMeta(a, b, runA.seed === runB.seed ? runA.seed : `${runA.seed} vs ${runB.seed}`, sameRun ? 1 : 2, sameRun ? runA.runIndex : undefined);
    const charts: ReportChart[] = input.charts
      ? [{ name: 'trajectory', spec: comparisonTrajectoryChart(a.params, { label: runLabel('A', runA), value: runA }, { label: runLabel('B', runB), value: runB }, meta, trajectoryOptions(divergence)) }]
      : [];
    await writeCharts(staging, charts);
    staging.writeView(
      'index.html',
      htmlReport({
        title: `brink diff: ${runLabel('A', runA)} vs ${runLabel('B', runB)}${a.paramsHash === b.paramsHash ? '' : ` (B with ${onlyInB(a, b)})`}`,
        subtitle: `${a.info.name}: two single runs side by side, and where they part.`,
        charts,
        tables: diffTables(a, b, runA, runB, divergence),
        manifest: manifestForDisplay(manifestText),
        files: [...data.keys(), MANIFEST_FILE],
      }),
    );
    return { folder: staging.commit() };
  } finally {
    staging.abort();
  }
}

/** The legend always; a rule at the first differing day unless that is day 0 (the axis itself). */
function trajectoryOptions(divergence: RunDivergence): ComparisonTrajectoryOptions {
  const day = divergence.first?.day;
  return day === undefined || day === 0 ? { legend: true } : { legend: true, firstDifferenceDay: day };
}
