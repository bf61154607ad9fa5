/**
 * Total Sobol' index ST_i of parameter i: the share of the output variance that involves i,
 * alone or in interaction with others. Jansen's (1999) estimator (Saltelli et al. 2010, table
 * 2 (f)):  ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V.
 *
 * @example sobolTotal([0, 1], [1, 0], 0.25) // 2: (1 + 1) / (2·2) / 0.25
 */
export function sobolTotal(fA: ArrayLike<number>, fABi: ArrayLike<number>, variance: number, rows?: ArrayLike<number>): number {
  const n = rows === undefined ? fA.length : rows.length;
  let sum = 0;
  for (let j = 0; j < n; j += 1) {
    const r = rows === undefined ? j : rows[j]!;
    sum += (fA[r]! - fABi[r]!) ** 2;
  }
  return sum / (2 * n) / variance;
}
