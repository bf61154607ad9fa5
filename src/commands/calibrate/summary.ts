/** What `brink calibrate` prints: the search in a line, the best set, then the best candidate's check. */
import type { CalibrationResult } from '../../calibration/calibrate.js';
import type { CheckResult } from '../../calibration/checkTargets.js';
import type { LoadedScenario, LoadedTargets } from '../../scenarios/index.js';
import { casesSummaryText } from '../cases/summary.js';
import { checkSummaryText } from '../check/summary.js';
import type { CalibrateCasesResult } from './casesPipeline.js';

interface Calibrated {
  readonly folder: string;
  readonly seed: string;
  readonly scenario: LoadedScenario;
  readonly targets: LoadedTargets;
  readonly search: CalibrationResult;
  readonly searchRuns: number;
  readonly check: CheckResult;
}

export function calibrateSummaryText(c: Calibrated): string {
  const { search } = c;
  return (
    `brink calibrate ${c.scenario.info.name} · seed ${c.seed} · ${search.evaluations.length} candidates of ${c.searchRuns} runs` +
    `${search.reused > 0 ? ` (${search.reused} reused from an earlier run)` : ''}\n` +
    `  best: ${search.best.detail.set.join(' ')} (${search.best.score.passed} of ${c.check.total} targets met in the search)\n\n` +
    checkSummaryText(c.scenario.info.name, c.targets.name, c.seed, c.check, c.folder)
  );
}

/** `brink calibrate --json`: the folder, the best set, how many candidates, and the check. */
export function calibrateJson(c: Calibrated) {
  return { folder: c.folder, seed: c.seed, best: c.search.best.detail.set, candidates: c.search.evaluations.length, reused: c.search.reused, check: c.check };
}

/** What `brink calibrate --cases` prints: the search in a line, the best set, then every bout's check. */
export function calibrateCasesSummaryText(cases: string, c: CalibrateCasesResult): string {
  const { search } = c;
  return (
    `brink calibrate --cases ${cases} · seed ${c.seed} · ${search.evaluations.length} candidates of ${c.searchRuns} runs per bout` +
    `${search.reused > 0 ? ` (${search.reused} bout checks reused from an earlier run)` : ''}\n` +
    `  best: ${search.best.detail.set.join(' ')} (${search.best.score.passed} targets met in the search, summed over ${c.bouts.length} bouts)\n` +
    `  calibrated dyad file: ${c.calibratedFile} (from ${c.dyadFile})\n\n` +
    casesSummaryText(c.bouts, c.tally, c.folder)
  );
}

/** `brink calibrate --cases --json`. */
export function calibrateCasesJson(c: CalibrateCasesResult) {
  return { folder: c.folder, seed: c.seed, best: c.search.best.detail.set, candidates: c.search.evaluations.length, reused: c.search.reused, dyadFile: c.dyadFile, tally: c.tally };
}
