/**
 * JSON for golden files a reviewer reads in a diff: objects and arrays spread over lines, but
 * anything flat (a data row, a list of numbers, an encoding's `scale`) kept on one line, so a
 * changed value shows as one changed row rather than a changed hash. Numbers are written as
 * `JSON.stringify` writes them (shortest round-trip form) and keys in their own order, so the
 * text is exact: comparing it byte for byte catches any change, key order included.
 *
 * @example readableJson({ data: { values: [{ day: 0, p: 0.5 }] } })
 * // {\n  "data": {\n    "values": [\n      {"day":0,"p":0.5}\n    ]\n  }\n}\n
 */
export function readableJson(value: unknown): string {
  return `${format(JSON.parse(JSON.stringify(value)) as unknown, '')}\n`;
}

function format(value: unknown, indent: string): string {
  if (flat(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** A primitive, or an array or object with no array or object inside. */
function flat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every((item) => item === null || typeof item !== 'object');
}
