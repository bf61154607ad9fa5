/**
 * Calibration search (`brink calibrate`): every candidate's count of targets met, in the order
 * they were evaluated, with the best count so far as a step line, so one sees whether the
 * search was still improving when its budget ran out.
 */
import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, type ChartMeta } from './frame.js';

export interface CalibrationPoint {
  readonly evaluation: number;
  readonly generation: number;
  readonly passed: number;
  readonly bandDistance: number;
  /** The candidate's parameter values, `path=value` joined for the tooltip. */
  readonly values: string;
}

export function calibrationChart(points: readonly CalibrationPoint[], total: number, meta: ChartMeta): TopLevelSpec {
  let best = -1;
  const rows = points.map((p) => {
    best = Math.max(best, p.passed);
    return { ...p, bestSoFar: best };
  });
  const x = { field: 'evaluation', type: 'quantitative', title: 'candidate (in the order evaluated)', axis: { tickMinStep: 1 } };
  const y = { type: 'quantitative', title: `targets met (of ${total})`, scale: { domain: [0, total] }, axis: { tickMinStep: 1 } };
  return asSpec({
    ...frame(meta, 'Calibration search: targets met by each candidate', 'dots: candidates, coloured by generation · line: best so far'),
    width: 560,
    height: 260,
    data: { values: rows },
    layer: [
      { mark: { type: 'line', interpolate: 'step-after', color: '#1b7837', strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'bestSoFar' } } },
      {
        mark: { type: 'point', filled: true, size: 40, opacity: 0.8 },
        encoding: {
          x,
          y: { ...y, field: 'passed' },
          color: { field: 'generation', type: 'ordinal', title: 'generation', scale: { scheme: 'viridis' } },
          tooltip: [
            { field: 'evaluation', type: 'quantitative', title: 'candidate' },
            { field: 'generation', type: 'quantitative', title: 'generation' },
            { field: 'passed', type: 'quantitative', title: 'targets met' },
            { field: 'bandDistance', type: 'quantitative', title: 'distance to bands', format: '.3f' },
            { field: 'values', type: 'nominal', title: 'parameters' },
          ],
        },
      },
    ],
  });
}
