/** Structural checks of Vega-Lite specs shared by the chart tests. */

/** Every object in a spec tree with an `encoding`, so per-mark checks reach nested views. */
export function encodings(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const item of node) encodings(item, found);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.encoding !== undefined && record.mark !== undefined) found.push(record);
    for (const [key, value] of Object.entries(record)) if (key !== 'data' && key !== 'datasets') encodings(value, found);
  }
  return found;
}

type Channel = { title?: unknown; field?: string; axis?: unknown } | undefined;

/**
 * Positional channels shown with an axis but no title. Layers share axes, so within a layer a
 * title on any one layer's channel names the axis for all of them.
 */
export function untitledAxes(node: unknown, where = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, n) => untitledAxes(item, `${where}[${n}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const missing: string[] = [];
  const units = Array.isArray(record.layer) ? (record.layer as Record<string, unknown>[]) : record.mark !== undefined ? [record] : [];
  for (const channel of ['x', 'y'] as const) {
    const defs = units.map((unit) => (unit.encoding as Record<string, Channel> | undefined)?.[channel]).filter((d) => d?.field !== undefined && d.axis !== null);
    if (defs.length > 0 && !defs.some((d) => d?.title !== undefined)) missing.push(`${where} ${channel}`);
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'data' || key === 'datasets' || key === 'layer') continue;
    missing.push(...untitledAxes(value, `${where}.${key}`));
  }
  if (Array.isArray(record.layer)) for (const [n, unit] of (record.layer as unknown[]).entries()) {
    const nested = unit as Record<string, unknown>;
    if (Array.isArray(nested.layer)) missing.push(...untitledAxes(nested, `${where}.layer[${n}]`));
  }
  return missing;
}
