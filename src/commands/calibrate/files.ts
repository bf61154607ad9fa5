/**
 * The data files of a `brink calibrate` folder besides the check's: candidates.csv (every
 * candidate and its score) and the best parameter set as a scenario file.
 */
import type { CalibrationResult } from '../../calibration/calibrate.js';
import type { JointCalibrationResult } from '../../calibration/calibrateJoint.js';
import { toCsv, type Cell } from '../../report/csv.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';

/** What a row of either candidates.csv holds, in this order; the joint one adds its bouts' columns before `best`. */
type Evaluation = CalibrationResult['evaluations'][number] | JointCalibrationResult['evaluations'][number];

function candidateRow(e: Evaluation, perBout: readonly Cell[], best: boolean): Cell[] {
  return [e.detail.index, e.generation, ...e.detail.values, e.score.passed, e.score.bandDistance, e.score.closeness, ...perBout, best];
}

function candidateHeader(parameters: readonly SweepParameter[], perBout: readonly string[]): string[] {
  return ['candidate', 'generation', ...parameters.map((p) => p.path), 'targetsMet', 'bandDistance', 'closeness', ...perBout, 'best'];
}

export function candidatesCsv(parameters: readonly SweepParameter[], search: CalibrationResult): string {
  const rows = search.evaluations.map((e) => candidateRow(e, [], e === search.best));
  return toCsv(candidateHeader(parameters, []), rows);
}

/** The best scenario's file name in the folder. */
export function calibratedFileName(scenarioName: string): string {
  return `${scenarioName}-calibrated.yaml`;
}

/**
 * candidates.csv of `brink calibrate --cases`: every candidate, its summed score, and the targets
 * each bout met (`<bout>.targetsMet`), so where a candidate wins and loses is visible.
 */
export function jointCandidatesCsv(parameters: readonly SweepParameter[], bouts: readonly string[], search: JointCalibrationResult): string {
  const rows = search.evaluations.map((e) => candidateRow(e, e.detail.scores.map((s) => s.passed), e === search.best));
  return toCsv(candidateHeader(parameters, bouts.map((b) => `${b}.targetsMet`)), rows);
}
