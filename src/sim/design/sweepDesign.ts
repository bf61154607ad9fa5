/**
 * The points of a sweep: each a value per swept parameter, in design order.
 *   grid   every combination of the parameters' levels                  (gridDesign.ts)
 *   lhs    a Latin hypercube of K points, from the stream `<seed>/sweep/lhs` (latinHypercube.ts)
 *   sobol  Saltelli's A, B, A_B^(i) from a Sobol' sequence: N·(k+2) points (saltelliDesign.ts)
 */
import { Stream, sweepLhsKey } from '../../model/index.js';
import { gridDesign } from './gridDesign.js';
import { latinHypercube } from './latinHypercube.js';
import { saltelliDesign } from './saltelliDesign.js';
import { gridLevels } from './gridLevels.js';
import { sampledValue } from './sampledValue.js';
import type { SweepParameter } from './sweepParameter.js';

export const DESIGNS = ['grid', 'lhs', 'sobol'] as const;
export type DesignKind = (typeof DESIGNS)[number];

export interface DesignSpec {
  readonly kind: DesignKind;
  /** LHS: the number of points; Sobol': the base sample size N. Unused by grids. */
  readonly samples?: number;
}

/** The key of the LHS stream: one stream per sweep seed, never Math.random (model/streamKeys.ts). */
export { sweepLhsKey as lhsStreamKey } from '../../model/index.js';

/** How many points a design has, without building it (to refuse huge designs early). */
export function designSize(parameters: readonly SweepParameter[], design: DesignSpec): number {
  if (design.kind === 'grid') return parameters.reduce((n, p) => n * gridLevels(p).length, 1);
  if (design.kind === 'lhs') return design.samples ?? 0;
  return (design.samples ?? 0) * (parameters.length + 2);
}

/** The values of every point: `points[p][i]` is parameter i's value at point p. */
export function sweepDesign(parameters: readonly SweepParameter[], design: DesignSpec, seed: string): number[][] {
  if (design.kind === 'grid') return gridDesign(parameters.map(gridLevels));
  const unit =
    design.kind === 'lhs'
      ? latinHypercube(design.samples!, parameters.length, streamFunction(sweepLhsKey(seed)))
      : saltelliDesign(design.samples!, parameters.length);
  return unit.map((point) => point.map((u, i) => sampledValue(parameters[i]!, u)));
}

function streamFunction(key: string): () => number {
  const stream = new Stream(key);
  return () => stream.next();
}
