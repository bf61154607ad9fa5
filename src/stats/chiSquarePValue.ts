/**
 * Upper-tail p-value of a chi-square statistic with one degree of freedom: P(χ²₁ ≥ x) =
 * erfc(√(x/2)). erfc is the Chebyshev fit of Press et al. (Numerical Recipes, `erfcc`), whose
 * relative error is below 1.2·10⁻⁷ everywhere: ample for a p-value, and no dependency.
 *
 * @example chiSquarePValue(3.841459) // 0.05000 (the 5% critical value)
 */
export function chiSquarePValue(statistic: number): number {
  if (!(statistic > 0)) return 1;
  return complementaryErrorFunction(Math.sqrt(statistic / 2));
}

function complementaryErrorFunction(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(-z * z + poly);
  return x >= 0 ? value : 2 - value;
}
