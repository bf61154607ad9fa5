/**
 * The data files of a `brink calibrate` folder besides the check's: candidates.csv (every
 * candidate and its score) and the best parameter set as a scenario file.
 */
import type { CalibrationResult } from '../../calibration/calibrate.js';
import type { JointCalibrationResult } from '../../calibration/calibrateJoint.js';
import { toCsv, type Cell } from '../../report/csv.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';

export function candidatesCsv(parameters: readonly SweepParameter[], search: CalibrationResult): string {
  const rows = search.evaluations.map((e): Cell[] => [
    e.detail.index,
    e.generation,
    ...e.detail.values,
    e.score.passed,
    e.score.bandDistance,
    e.score.closeness,
    e === search.best,
  ]);
  return toCsv(['candidate', 'generation', ...parameters.map((p) => p.path), 'targetsMet', 'bandDistance', 'closeness', 'best'], rows);
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
  const rows = search.evaluations.map((e): Cell[] => [
    e.detail.index,
    e.generation,
    ...e.detail.values,
    e.score.passed,
    e.score.bandDistance,
    e.score.closeness,
    ...e.detail.scores.map((s) => s.passed),
    e === search.best,
  ]);
  return toCsv(['candidate', 'generation', ...parameters.map((p) => p.path), 'targetsMet', 'bandDistance', 'closeness', ...bouts.map((b) => `${b}.targetsMet`), 'best'], rows);
}
