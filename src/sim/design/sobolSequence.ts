/**
 * The first `count` points of the unscrambled Sobol' sequence in `dimensions` dimensions
 * (Bratley & Fox's algorithm 659 in Gray-code order, Joe–Kuo direction numbers, 32 bits).
 * Deterministic: no seed. The first 2^m points of every dimension hit each of the 2^m
 * intervals [j/2^m, (j+1)/2^m) exactly once, which is why Sobol' designs converge faster than
 * random ones; counts that are powers of two keep that balance.
 *
 * @example sobolSequence(4, 2) // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]
 */
import { JOE_KUO_DIRECTIONS, SOBOL_MAX_DIMENSIONS } from './joeKuoDirections.js';

const BITS = 32;
const SCALE = 2 ** -BITS;

/** Direction numbers V_1…V_32 of one dimension, as unsigned 32-bit integers. */
function directions(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (dimension === 0) {
    for (let k = 1; k <= BITS; k += 1) v[k] = 2 ** (BITS - k);
    return v;
  }
  const [s, a, ...m] = JOE_KUO_DIRECTIONS[dimension - 1]!;
  for (let k = 1; k <= s!; k += 1) v[k] = m[k - 1]! * 2 ** (BITS - k);
  for (let k = s! + 1; k <= BITS; k += 1) {
    let value = v[k - s!]! ^ (v[k - s!]! >>> s!);
    for (let l = 1; l < s!; l += 1) if ((a! >>> (s! - 1 - l)) & 1) value ^= v[k - l]!;
    v[k] = value >>> 0;
  }
  return v;
}

export function sobolSequence(count: number, dimensions: number): number[][] {
  if (dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) throw new RangeError(`Sobol' sequence: 1 to ${SOBOL_MAX_DIMENSIONS} dimensions, not ${dimensions}`);
  if (count > 2 ** BITS) throw new RangeError(`Sobol' sequence: at most 2^${BITS} points`);
  const v = Array.from({ length: dimensions }, (_, d) => directions(d));
  const x = new Uint32Array(dimensions);
  const points: number[][] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0) {
      // Gray code: point i differs from point i−1 by the direction of the lowest zero bit of i−1.
      let c = 1;
      for (let value = i - 1; value & 1; value = Math.floor(value / 2)) c += 1;
      for (let d = 0; d < dimensions; d += 1) x[d] = (x[d]! ^ v[d]![c]!) >>> 0;
    }
    points.push(Array.from(x, (value) => value * SCALE));
  }
  return points;
}
