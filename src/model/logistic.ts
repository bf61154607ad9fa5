/** σ(x) = 1 / (1 + e^−x): every choice probability of the model is a logit of its reasons. */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
