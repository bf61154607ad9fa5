import { round6, type SweepParameter } from './sweepParameter.js';

/**
 * The levels of a grid: `steps` evenly spaced values from `from` to `to` inclusive; for
 * whole-number parameters rounded, repeats dropped.
 *
 * @example gridLevels({ from: 0.02, to: 0.3, steps: 3, integer: false, … }) // [0.02, 0.16, 0.3]
 * @example gridLevels({ from: 4, to: 8, steps: 10, integer: true, … })     // [4, 5, 6, 7, 8]
 */
export function gridLevels(parameter: SweepParameter): number[] {
  const steps = parameter.steps ?? 1;
  const levels: number[] = [];
  for (let n = 0; n < steps; n += 1) {
    const t = steps === 1 ? 0 : n / (steps - 1);
    // The last level is `to` exactly, not from + (to − from)·1 with its rounding error.
    const raw = n === steps - 1 ? parameter.to : parameter.from + t * (parameter.to - parameter.from);
    const value = parameter.integer ? Math.round(raw) : round6(raw);
    if (!levels.includes(value)) levels.push(value);
  }
  return levels;
}
