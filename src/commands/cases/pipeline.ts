/**
 * `brink check --cases <dir>`: every bout of a case library against its own targets, in one
 * command and one output folder — one set of mechanisms judged on several dyads and bouts.
 *
 * Phases:
 *   1. find the bouts: `<dyad>/<bout>.yaml` with `<bout>.targets.yaml` beside it  (discover.ts)
 *   2. load every bout (extending its dyad file) and its targets, every problem at once; the
 *      seed (`--seed`, else each bout's) and runs (`--runs`, else each targets file's)  (bouts.ts)
 *   3. check each bout as `brink check` does                       (calibration/checkTargets.ts)
 *   4. tally targets met per bout, per dyad (with its worst bout) and overall
 *   5. write the folder: check.csv, check.json, the manifest (every bout's parameters, chain of
 *      files and targets), one chart of every bout, the page; atomically  (report/outputFolder.ts)
 *   6. refresh the reports index
 */
import { join } from 'node:path';
import { casesChart } from '../../charts/casesChart.js';
import { provenance } from '../../report/provenance.js';
import { writeOutputFolder, type WrittenFolder } from '../../report/outputFolder.js';
import { checkReportsIndex, refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { contentHash } from '../../scenarios/index.js';
import type { OutputOptions } from '../shared/hooks.js';
import { checkBouts, loadBouts, tallyCases, type CasesTally, type CheckedBout, type LoadedBout } from './bouts.js';
import { discoverBouts } from './discover.js';
import { CASES_COMMAND, casesDataFiles, casesManifestJson } from './files.js';
import { casesTables } from './pages.js';

export interface CheckCasesInput extends OutputOptions {
  /** The case library's root (`scenarios/cases`: every dyad) or one dyad's folder. */
  readonly cases: string;
  /** The seed of every bout (default: each bout's own). */
  readonly seed?: string;
  /** Runs of every bout's check (default: each targets file's). */
  readonly runs?: number;
  /** `--set path=value`, applied to every bout after its merge with the dyad file. */
  readonly set?: readonly string[];
  readonly days?: number;
}

export interface CheckCasesResult extends WrittenFolder {
  readonly bouts: readonly CheckedBout[];
  readonly tally: CasesTally;
}

/** `<out>/cases/check-<seed or "own">-n<runs or "targets">-<hash8 of every bout's inputs>/`. */
export function casesFolderPath(outRoot: string, command: string, bouts: readonly LoadedBout[], seed: string | undefined, runs: number | undefined, key: unknown = null): string {
  const hash = contentHash({ key, bouts: bouts.map((b) => [b.files.dyad, b.files.bout, b.scenario.paramsHash, b.targets.fileHash, b.seed, b.runs]) });
  return join(outRoot, 'cases', `${command}-${seed ?? 'own'}-n${runs ?? 'targets'}-${hash.slice(0, 8)}`);
}

/** The chart of every bout on one page, as check and calibrate --cases write it. */
export function casesCharts(bouts: readonly CheckedBout[], tally: CasesTally, seed: string | undefined) {
  const meta = {
    toolVersion: provenance().version,
    scenario: [...new Set(bouts.map((b) => b.files.dyad))].join(', '),
    scenarioHash: bouts.map((b) => b.scenario.paramsHash).join(','),
    seed: seed ?? [...new Set(bouts.map((b) => b.seed))].join(', '),
    runs: Math.max(...bouts.map((b) => b.result.runs)),
  };
  return [{ name: 'cases', spec: casesChart(bouts.map((b) => ({ label: `${b.files.dyad} / ${b.files.bout}`, result: b.result })), meta, tally) }];
}

/**
 * @example
 * const { tally } = await checkCasesPipeline({ cases: 'scenarios/cases', runs: 200, seed: 'golden', out: 'reports' });
 * for (const dyad of tally.dyads) console.log(dyad.dyad, `${dyad.passed} of ${dyad.total}`, 'worst:', dyad.worst.bout);
 */
export async function checkCasesPipeline(input: CheckCasesInput): Promise<CheckCasesResult> {
  // Before anything runs: a foreign <out>/index.html would otherwise be found only at the end.
  checkReportsIndex(input.out, input.overwriteIndex);
  const startedAt = new Date();
  const started = performance.now();
  const found = discoverBouts(input.cases);
  const loaded = loadBouts(found, input, input.hooks?.onSeedGenerated);
  const bouts = await checkBouts(loaded, input.hooks?.onProgress);
  const tally = tallyCases(bouts);
  const written = await writeOutputFolder(casesFolderPath(input.out, 'check', loaded, input.seed, input.runs), {
    data: casesDataFiles(CASES_COMMAND, input.cases, bouts),
    manifest: (results) => casesManifestJson(CASES_COMMAND, input.cases, bouts, results, { startedAt, wallMs: performance.now() - started }),
    charts: () => (input.charts === false ? [] : casesCharts(bouts, tally, input.seed)),
    page: {
      title: `brink check --cases ${input.cases}: ${bouts.length} bouts of ${tally.dyads.length} dyads`,
      subtitle: `${tally.passed} of ${tally.total} targets met. ${tally.dyads.map((d) => `${d.dyad}: ${d.passed} of ${d.total}`).join('; ')}.`,
      tables: casesTables(bouts, tally),
    },
  });
  refreshReportsIndex(input.out, input.overwriteIndex);
  return { ...written, bouts, tally };
}
