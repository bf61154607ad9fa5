/**
 * Observed values that charts mark for comparison. They are data, not code: a targets file's
 * `chartObservations` section holds them (scenarios/targets/oct-2025.yaml holds the October 2025
 * bout's), the command that draws a chart passes them in, and a chart shows those whose states a
 * scenario has.
 */
import type { ChartObservations } from '../scenarios/index.js';

export interface ObservedRatio {
  /** The state whose deaths are claimed (by the other side) and admitted (by itself). */
  readonly state: string;
  readonly ratio: number;
  readonly label: string;
}

/** Observed claims ÷ admissions, and when they were observed (the chart's subtitle says it). */
export interface ObservedClaimRatios {
  readonly when: string;
  readonly ratios: readonly ObservedRatio[];
}

/** A targets file's claims ÷ admissions as the fog-of-war chart draws them; undefined if it has none. */
export function observedClaimRatios(observations: ChartObservations | undefined): ObservedClaimRatios | undefined {
  const claims = observations?.claimRatios;
  if (claims === undefined) return undefined;
  return { when: claims.when, ratios: claims.ratios.map(({ state, claimed, admitted, label }) => ({ state, ratio: claimed / admitted, label })) };
}
