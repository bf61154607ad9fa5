/**
 * A swept parameter (`--param path=from:to[:steps]`) and how design coordinates become its
 * values. Values are rounded to 6 decimals, as points.csv writes them, so any point can be
 * re-run exactly with `--set path=value`. Whole-number parameters (maxRung, days, appealEvery…)
 * take whole values: grids round their levels and drop repeats; sampled designs cut [0, 1)
 * into one equal part per whole number in the range, so each is equally likely.
 */

export interface SweepParameter {
  /** Dotted path, as in `--set`. */
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly from: number;
  readonly to: number;
  /** Grid levels from `from` to `to` (grid designs); undefined for sampled designs. */
  readonly steps: number | undefined;
  /** Whether the parameter takes whole numbers only. */
  readonly integer: boolean;
}

/** Rounds to the 6 decimals points.csv keeps, never giving -0. */
export function round6(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}
