/**
 * Daily rates derived from a run's parameters once (not every day): the fades of the rivalry
 * stock, of a ceasefire's strain and of each spoiler's capacity, the decay of a ceasefire's
 * leverage by elapsed days, and each state's chance of a zero response lag. Cached per
 * parameter object, so an ensemble computes them once; results are bit-identical to computing
 * them on the spot.
 */
import type { ModelParams } from './types.js';

export interface Rates {
  /** 2^(−1/rivalryHalfLife) */
  readonly rivalryFade: number;
  /** 2^(−1/strainHalfLife) */
  readonly strainFade: number;
  /** 2^(−1/recoveryHalfLife) per spoiler */
  readonly spoilerFade: Float64Array;
  /** 2^(−k/leverageHalfLife) for k = 0 … days (beyond: computed on demand) */
  readonly leverageDecay: Float64Array;
  /** P(L = 0) of each state's negative-binomial response lag: (φ/(φ+μ))^φ, 1 when μ = 0 */
  readonly lagZeroProbability: readonly [number, number];
}

const cache = new WeakMap<ModelParams, Rates>();
/** The last parameters asked about: an ensemble asks about the same ones every day of every run. */
let lastParams: ModelParams | null = null;
let lastRates: Rates | null = null;

export function ratesOf(params: ModelParams): Rates {
  if (params === lastParams) return lastRates!;
  let rates = cache.get(params);
  if (rates === undefined) {
    rates = computeRates(params);
    cache.set(params, rates);
  }
  lastParams = params;
  lastRates = rates;
  return rates;
}

function computeRates(params: ModelParams): Rates {
  const c = params.constants;
  const leverageDecay = new Float64Array(params.days + 1);
  for (let k = 0; k <= params.days; k += 1) leverageDecay[k] = Math.pow(2, -k / c.leverageHalfLife);
  const zeroLag = (i: 0 | 1): number => {
    const { responseLag: mean, lagDispersion: phi } = params.states[i];
    return mean <= 0 ? 1 : Math.pow(phi / (phi + mean), phi);
  };
  return {
    rivalryFade: Math.pow(2, -1 / c.rivalryHalfLife),
    strainFade: Math.pow(2, -1 / c.strainHalfLife),
    spoilerFade: Float64Array.from(params.spoilers, (s) => Math.pow(2, -1 / s.recoveryHalfLife)),
    leverageDecay,
    lagZeroProbability: [zeroLag(0), zeroLag(1)],
  };
}

/** 2^(−elapsed/leverageHalfLife), from the table when it reaches that far. */
export function leverageDecay(params: ModelParams, elapsed: number): number {
  const table = ratesOf(params).leverageDecay;
  return elapsed >= 0 && elapsed < table.length && Number.isInteger(elapsed)
    ? table[elapsed]!
    : Math.pow(2, -elapsed / params.constants.leverageHalfLife);
}
