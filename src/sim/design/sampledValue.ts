import { round6, type SweepParameter } from './sweepParameter.js';

/**
 * The value at unit coordinate u ∈ [0, 1) of a sampled design (LHS, Sobol').
 *
 * @example sampledValue({ from: 0, to: 2, integer: false, … }, 0.25) // 0.5
 * @example sampledValue({ from: 4, to: 8, integer: true, … }, 0.25)  // 5: five whole numbers, u in [0.2, 0.4) → 5
 */
export function sampledValue(parameter: SweepParameter, u: number): number {
  const low = Math.min(parameter.from, parameter.to);
  const high = Math.max(parameter.from, parameter.to);
  if (parameter.integer) return Math.min(high, low + Math.floor(u * (high - low + 1)));
  return Math.min(high, Math.max(low, round6(parameter.from + u * (parameter.to - parameter.from))));
}

