/**
 * Bins for mergeable histograms. Counts are kept exactly where values are small and in
 * geometric bins above, so a histogram has a fixed size whatever the number of runs, and
 * merging two is adding their counts (exact, in any order).
 */

/** How values map to bins. `exactBelow` values get one bin each; above, `perOctave` bins per doubling. */
export interface Binning {
  readonly kind: 'count' | 'positive';
  readonly exactBelow: number;
  readonly perOctave: number;
  readonly octaves: number;
  readonly size: number;
}

/** Whole numbers ≥ 0: exact below `exactBelow` (a power of two), geometric above up to 2^(log2(exactBelow)+octaves). */
export function countBinning(exactBelow: number, perOctave: number, octaves: number): Binning {
  return { kind: 'count', exactBelow, perOctave, octaves, size: exactBelow + perOctave * octaves };
}

/**
 * Positive reals in geometric bins from 2^−(octaves/2) to 2^(octaves/2) (e.g. claimed/true
 * ratios); bin 0 holds zeros and anything below the range.
 */
export function positiveBinning(perOctave: number, octaves: number): Binning {
  return { kind: 'positive', exactBelow: 0, perOctave, octaves, size: 1 + perOctave * octaves };
}

export function binOf(binning: Binning, value: number): number {
  if (binning.kind === 'count') {
    if (value < binning.exactBelow) return value;
    const octave = Math.floor(Math.log2(value / binning.exactBelow));
    const within = Math.floor((value / (binning.exactBelow * 2 ** octave) - 1) * binning.perOctave);
    return Math.min(binning.size - 1, binning.exactBelow + octave * binning.perOctave + within);
  }
  if (!(value > 0)) return 0;
  const position = Math.floor((Math.log2(value) + binning.octaves / 2) * binning.perOctave);
  return Math.max(0, Math.min(binning.size - 1, 1 + position));
}

/**
 * The value a bin stands for. Exact bins: the value itself. Geometric bins: the geometric
 * midpoint, within half a bin width (about 0.5% at 64 bins per octave) of any value in it.
 */
export function binValue(binning: Binning, bin: number): number {
  if (binning.kind === 'count') {
    if (bin < binning.exactBelow) return bin;
    const offset = bin - binning.exactBelow;
    const octave = Math.floor(offset / binning.perOctave);
    const within = offset - octave * binning.perOctave;
    const low = binning.exactBelow * 2 ** octave * (1 + within / binning.perOctave);
    const high = binning.exactBelow * 2 ** octave * (1 + (within + 1) / binning.perOctave);
    return Math.sqrt(low * high);
  }
  if (bin === 0) return 0;
  const low = 2 ** ((bin - 1) / binning.perOctave - binning.octaves / 2);
  return low * 2 ** (0.5 / binning.perOctave);
}

/** Values of a histogram's bins in increasing order (bins are monotone in value): what statistics read. */
export function binValues(binning: Binning): Float64Array {
  const values = new Float64Array(binning.size);
  for (let b = 0; b < binning.size; b += 1) values[b] = binValue(binning, b);
  return values;
}

/** Rungs 0…8: one bin each. */
export const RUNG_BINNING = countBinning(16, 1, 0);
/** Deaths per day per state: exact to 63, then 16 bins per octave up to 2^36. */
export const DAILY_DEATHS_BINNING = countBinning(64, 16, 30);
/** Days (T0→peak, T0→ceasefire, bout lengths, closed days): exact over any horizon (≤ 3650). */
export const DAYS_BINNING = countBinning(4096, 1, 0);
/** Run totals of deaths: exact to 4095, then 64 bins per octave (±0.5%) up to 2^42. */
export const TOTAL_DEATHS_BINNING = countBinning(4096, 64, 30);
/** Claimed/true ratios: 64 bins per octave from 2^−20 to 2^20. */
export const RATIO_BINNING = positiveBinning(64, 40);
