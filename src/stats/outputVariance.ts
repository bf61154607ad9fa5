/**
 * The variance of a model output over the base samples of a Saltelli design: the population
 * variance of f(A) and f(B) pooled (2N values), the denominator of every Sobol' index
 * (Saltelli et al. 2010, as in SALib).
 *
 * @example outputVariance([1, 2], [3, 4]) // 1.25
 */
export function outputVariance(fA: ArrayLike<number>, fB: ArrayLike<number>, rows?: ArrayLike<number>): number {
  const n = rows === undefined ? fA.length : rows.length;
  let sum = 0;
  for (let j = 0; j < n; j += 1) {
    const r = rows === undefined ? j : rows[j]!;
    sum += fA[r]! + fB[r]!;
  }
  const mean = sum / (2 * n);
  let squares = 0;
  for (let j = 0; j < n; j += 1) {
    const r = rows === undefined ? j : rows[j]!;
    squares += (fA[r]! - mean) ** 2 + (fB[r]! - mean) ** 2;
  }
  return squares / (2 * n);
}
