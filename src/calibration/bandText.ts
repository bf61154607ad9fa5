/**
 * An acceptance band in words, as tables, printouts and chart tooltips show it.
 *
 * @example bandText({ min: 2, max: 8 }) // '2 – 8'
 * @example bandText({ min: 0.7 })       // '≥ 0.7'
 */
export function bandText(accept: { readonly min?: number; readonly max?: number }): string {
  if (accept.min !== undefined && accept.max !== undefined) return `${accept.min} – ${accept.max}`;
  return accept.min !== undefined ? `≥ ${accept.min}` : `≤ ${accept.max}`;
}
