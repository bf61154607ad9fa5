/**
 * First-order Sobol' index S_i of parameter i: the share of the output variance explained by
 * i alone. Estimator of Saltelli et al. (2010), table 2 (b):
 *   S_i = (1/N) Σ_j f(B)_j · (f(A_B^(i))_j − f(A)_j) / V.
 * `rows` (optional) picks the base rows to use, with repeats: how the bootstrap resamples.
 *
 * @example sobolFirstOrder([0, 1], [0, 1], [0, 1], 0.25) // 0: A_B^(i) = A, so i explains nothing here
 */
export function sobolFirstOrder(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fABi: ArrayLike<number>,
  variance: number,
  rows?: ArrayLike<number>,
): number {
  const n = rows === undefined ? fA.length : rows.length;
  let sum = 0;
  for (let j = 0; j < n; j += 1) {
    const r = rows === undefined ? j : rows[j]!;
    sum += fB[r]! * (fABi[r]! - fA[r]!);
  }
  return sum / n / variance;
}
