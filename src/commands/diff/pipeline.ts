/**
 * `brink diff <scenario>`: two single runs of a scenario side by side — the first day they part
 * and which process parted first — and their output folder.
 *
 * Phases:
 *   1. load the scenario twice (B with `setB`); check the seeds and that there is something to
 *      compare                                                             (shared/loadPair.ts)
 *   2. simulate run A and run B                                            (model/run.ts)
 *   3. find where they diverge, day by day and process by process         (stats/runDivergence.ts)
 *   4. write the folder: diff.csv, summary.json, manifest with both runs, the overlaid trajectory
 *      chart, page; atomically                                            (report/outputFolder.ts)
 *   5. refresh the reports index
 *
 * Two output folders compared file by file are `diffFolders` (folderDiff.ts): nothing is run.
 */
import { join } from 'node:path';
import { comparisonTrajectoryChart, type ComparisonTrajectoryOptions } from '../../charts/index.js';
import { simulateRun, type RunResult } from '../../model/index.js';
import type { ReportChart } from '../../render/htmlReport.js';
import { onlyInB, pairChartMeta } from '../../report/chartFiles.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { pairManifestJson, pairProvenance, type PairManifestInput } from '../../report/pairManifest.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { runDivergence, type RunDivergence } from '../../stats/index.js';
import { flagError } from '../shared/flagError.js';
import type { OutputOptions } from '../shared/hooks.js';
import { loadPair } from '../shared/loadPair.js';
import { RunFailure } from '../shared/runFailure.js';
import { checkedSeed, chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { diffCsv, diffSummaryJson } from './files.js';
import { diffTables, runLabel } from './pages.js';

export interface DiffPipelineInput extends OutputOptions {
  readonly scenario: string;
  readonly set?: readonly string[];
  /** Overrides of run B's scenario only, after `set`. */
  readonly setB?: readonly string[];
  readonly days?: number;
  /** One seed for both runs, or one per run (default: the scenario's). */
  readonly seeds?: readonly string[];
  /** One run index for both runs, or one per run (default 0). */
  readonly runIndices?: readonly number[];
}

export interface DiffPipelineResult extends WrittenFolder, ChosenSeed {
  readonly a: LoadedScenario;
  readonly b: LoadedScenario;
  readonly runA: RunResult;
  readonly runB: RunResult;
  readonly divergence: RunDivergence;
}

/**
 * `<out>/<nameA>/diff-<seedA>-r<kA>-vs-<seedB>-r<kB>-<paramsHashA8>[-<paramsHashB8>]/`: the second
 * hash only when B's parameters differ (--set-b).
 */
export function diffFolderPath(outRoot: string, a: LoadedScenario, b: LoadedScenario, runA: RunResult, runB: RunResult): string {
  const hashes = a.paramsHash === b.paramsHash ? a.paramsHash.slice(0, 8) : `${a.paramsHash.slice(0, 8)}-${b.paramsHash.slice(0, 8)}`;
  return join(outRoot, a.info.name, `diff-${runA.seed}-r${runA.runIndex}-vs-${runB.seed}-r${runB.runIndex}-${hashes}`);
}

function simulated(params: LoadedScenario['params'], seed: string, runIndex: number): RunResult {
  try {
    return simulateRun(params, seed, runIndex);
  } catch (error) {
    throw new RunFailure(seed, runIndex, error);
  }
}

/** The manifest of two runs side by side: both scenarios, both seeds and run indices. */
export function diffManifestInput(
  a: LoadedScenario,
  b: LoadedScenario,
  runA: RunResult,
  runB: RunResult,
  seedSource: ChosenSeed['source'],
  timing: { readonly startedAt: Date; readonly wallMs: number },
): PairManifestInput {
  const runs = { a: { seed: runA.seed, runIndex: runA.runIndex }, b: { seed: runB.seed, runIndex: runB.runIndex } };
  return { command: 'diff', a, b, seedSource, identity: { runs }, ...timing };
}

/** The data files of two runs side by side: diff.csv and summary.json (also what replay recomputes). */
export function diffDataFiles(a: LoadedScenario, runA: RunResult, runB: RunResult, divergence: RunDivergence, manifest: PairManifestInput): Map<string, string> {
  return new Map([
    ['diff.csv', diffCsv(a.params, runA, runB, divergence, a.info.startDate)],
    ['summary.json', diffSummaryJson(pairProvenance(manifest), a.params, runA, runB, divergence)],
  ]);
}

/**
 * @example
 * const { divergence } = await diffPipeline({ scenario: 'scenarios/durand-line-2025.yaml', seeds: ['a', 'b'], out: 'reports' });
 * console.log(divergence.first);
 */
export async function diffPipeline(input: DiffPipelineInput): Promise<DiffPipelineResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const seeds = input.seeds ?? [];
  const indices = input.runIndices ?? [];
  if (seeds.length > 2) throw flagError('--seed', messages.diffRunCount('--seed', seeds.length));
  if (indices.length > 2) throw flagError('--run-index', messages.diffRunCount('--run-index', indices.length));
  const setB = input.setB ?? [];
  const [a, b] = loadPair(input.scenario, input.scenario, { set: input.set ?? [], setB, ...(input.days === undefined ? {} : { days: input.days }) });
  seeds.forEach(checkedSeed);
  const { seed: seedA, source } = seeds.length > 0 ? { seed: seeds[0]!, source: 'flag' as const } : chooseSeed(undefined, a);
  if (source === 'generated') input.hooks?.onSeedGenerated?.(seedA);
  const seedB = seeds[1] ?? seedA;
  const [indexA, indexB] = [indices[0] ?? 0, indices[1] ?? indices[0] ?? 0];
  if (seedA === seedB && indexA === indexB && setB.length === 0) throw flagError('brink diff', messages.diffNothingToCompare());
  const runA = simulated(a.params, seedA, indexA);
  const runB = simulated(b.params, seedB, indexB);
  const divergence = runDivergence(a.params, runA, runB);
  const manifest = diffManifestInput(a, b, runA, runB, source, { startedAt, wallMs: performance.now() - started });
  const sameRun = runA.runIndex === runB.runIndex;
  const meta = pairChartMeta(a, b, runA.seed === runB.seed ? runA.seed : `${runA.seed} vs ${runB.seed}`, sameRun ? 1 : 2, sameRun ? runA.runIndex : undefined);
  const trajectory = (): ReportChart => ({
    name: 'trajectory',
    spec: comparisonTrajectoryChart(a.params, { label: runLabel('A', runA), value: runA }, { label: runLabel('B', runB), value: runB }, meta, trajectoryOptions(divergence)),
  });
  const written = await writeOutputFolder(diffFolderPath(input.out, a, b, runA, runB), {
    data: diffDataFiles(a, runA, runB, divergence, manifest),
    manifest: (results) => pairManifestJson(manifest, results),
    charts: () => (input.charts === false ? [] : [trajectory()]),
    page: {
      title: `brink diff: ${runLabel('A', runA)} vs ${runLabel('B', runB)}${a.paramsHash === b.paramsHash ? '' : ` (B with ${onlyInB(a, b)})`}`,
      subtitle: `${a.info.name}: two single runs side by side, and where they part.`,
      tables: diffTables(a, b, runA, runB, divergence),
    },
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, seed: seedA, source, a, b, runA, runB, divergence };
}

/** The legend always; a rule at the first differing day unless that is day 0 (the axis itself). */
function trajectoryOptions(divergence: RunDivergence): ComparisonTrajectoryOptions {
  const day = divergence.first?.day;
  return day === undefined || day === 0 ? { legend: true } : { legend: true, firstDifferenceDay: day };
}
