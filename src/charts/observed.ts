/**
 * Observed values of the October 2025 bout that charts mark for comparison
 * (shared/calibration/oct-2025.md, §2.4 "Claims vs admissions"). Used only when a scenario's
 * states have these ids.
 */

export interface ObservedRatio {
  /** The state whose deaths are claimed (by the other side) and admitted (by itself). */
  readonly state: string;
  readonly ratio: number;
  readonly label: string;
}

/** Oct 11–12, 2025: claims of enemy dead divided by what the enemy admitted. */
export const OCT_2025_CLAIM_RATIOS: readonly ObservedRatio[] = [
  { state: 'afghanistan', ratio: 200 / 9, label: 'Oct 11–12: Pakistan claimed >200, Taliban admitted 9 (≈22)' },
  { state: 'pakistan', ratio: 58 / 23, label: 'Oct 11–12: Taliban claimed 58, Pakistan admitted 23 (≈2.5)' },
];
