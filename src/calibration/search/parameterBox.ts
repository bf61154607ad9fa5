/**
 * The box a calibration searches: one interval per scenario parameter (a `--set` path), whole
 * numbers where the schema says so. Points are kept in unit coordinates [0, 1]^d and mapped to
 * values here, so the search itself never sees units.
 */
export interface ParameterRange {
  /** A `--set` path: `states.pakistan.proportionality`. */
  readonly path: string;
  readonly low: number;
  readonly high: number;
  readonly integer: boolean;
}

export function valueAt(range: ParameterRange, unit: number): number {
  const value = range.low + unit * (range.high - range.low);
  return range.integer ? Math.round(value) : Number(value.toPrecision(6));
}

/** The unit coordinate of a value (for the scenario's own starting point). */
export function unitOf(range: ParameterRange, value: number): number {
  if (range.high === range.low) return 0.5;
  return Math.min(1, Math.max(0, (value - range.low) / (range.high - range.low)));
}

/** `--set` flags for a point of the box. */
export function setFlags(ranges: readonly ParameterRange[], unitPoint: readonly number[]): string[] {
  return ranges.map((range, d) => `${range.path}=${valueAt(range, unitPoint[d]!)}`);
}
