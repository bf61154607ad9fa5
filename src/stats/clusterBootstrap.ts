/**
 * A percentile bootstrap interval that resamples whole clusters (runs), not observations: the
 * bouts, truces and days of one run are not independent, and resampling them one by one would
 * make intervals too narrow. The random source is passed in (seeded by the caller), never
 * an unseeded generator, so intervals are reproducible.
 *
 * @example
 * // clusters = runs; statistic reads the chosen run indices
 * clusterBootstrap(3, (runs) => runs.length, { replicates: 100, random: seededUniforms })
 * // → { lower: 3, upper: 3, replicates: 100 }
 */
import { quantileSorted } from 'simple-statistics';

export interface ClusterBootstrapOptions {
  readonly replicates: number;
  /** Uniforms in [0, 1). */
  readonly random: () => number;
  /** Two-sided level (default 0.95). */
  readonly confidence?: number;
}

export interface BootstrapInterval {
  readonly lower: number | null;
  readonly upper: number | null;
  /** Replicates whose statistic was defined (not null). */
  readonly replicates: number;
}

export function clusterBootstrap(
  clusters: number,
  statistic: (chosen: Uint32Array) => number | null,
  options: ClusterBootstrapOptions,
): BootstrapInterval {
  if (clusters === 0) return { lower: null, upper: null, replicates: 0 };
  const alpha = 1 - (options.confidence ?? 0.95);
  const estimates: number[] = [];
  const chosen = new Uint32Array(clusters);
  for (let b = 0; b < options.replicates; b += 1) {
    for (let i = 0; i < clusters; i += 1) chosen[i] = Math.floor(options.random() * clusters);
    const value = statistic(chosen);
    if (value !== null && Number.isFinite(value)) estimates.push(value);
  }
  if (estimates.length === 0) return { lower: null, upper: null, replicates: 0 };
  estimates.sort((a, b) => a - b);
  return { lower: quantileSorted(estimates, alpha / 2), upper: quantileSorted(estimates, 1 - alpha / 2), replicates: estimates.length };
}
