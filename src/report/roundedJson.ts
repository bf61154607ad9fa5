/** JSON data files with every number rounded to 6 decimals, like the CSV files: stable bytes across machines. */

/** Rounds every number in a JSON value to 6 decimals, like the CSV files, for stable bytes. */
export function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  }
  return value;
}

/** A JSON document with every number rounded like the CSV files: stable bytes across machines. */
export function roundedJson(body: unknown): string {
  return `${JSON.stringify(rounded(body), null, 2)}\n`;
}
