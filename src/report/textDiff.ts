/**
 * The first difference between two versions of a brink data file, said the way a person looks
 * for it: for CSV, the line, its day (or run index) and state, and the column; for NDJSON, the
 * line, its day and the field; for JSON, the path of the first differing value.
 */

export interface TextDifference {
  /** 1-based line in both files (the header is line 1); absent for JSON. */
  readonly line?: number;
  /** Day of that line, when the file has a `day` column or field. */
  readonly day?: number;
  /** Run index of that line (outcomes.csv, paired.csv). */
  readonly runIndex?: number;
  readonly state?: string;
  /** The differing column (CSV), field (NDJSON) or dotted path (JSON). */
  readonly field?: string;
  /** The values in A and in B; absent when a line exists on one side only. */
  readonly a?: string;
  readonly b?: string;
  readonly note?: string;
}

/** Cells of one CSV line as brink writes them (text with commas or quotes is quoted). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let n = 0; n < line.length; n += 1) {
    const c = line[n]!;
    if (quoted) {
      if (c === '"' && line[n + 1] === '"') {
        cell += '"';
        n += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function firstDifferingLine(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

export function csvDifference(textA: string, textB: string): TextDifference | null {
  if (textA === textB) return null;
  const [a, b] = [textA.split('\n'), textB.split('\n')];
  const n = firstDifferingLine(a, b);
  if (n === 0) return { line: 1, field: 'header', a: a[0] ?? '', b: b[0] ?? '', note: 'the columns differ' };
  const header = csvCells(a[0]!);
  if (n >= a.length || n >= b.length || a[n] === '' || b[n] === '') {
    return { line: n + 1, note: n >= a.length || a[n] === '' ? 'B has more lines' : 'A has more lines' };
  }
  const [ca, cb] = [csvCells(a[n]!), csvCells(b[n]!)];
  const column = ca.findIndex((cell, i) => cell !== cb[i]);
  const at = column < 0 ? ca.length : column;
  const valueOf = (name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? undefined : ca[i];
  };
  const day = valueOf('day');
  const runIndex = valueOf('runIndex');
  const state = valueOf('state');
  return {
    line: n + 1,
    ...(day === undefined || day === '' ? {} : { day: Number(day) }),
    ...(runIndex === undefined ? {} : { runIndex: Number(runIndex) }),
    ...(state === undefined ? {} : { state }),
    field: header[at] ?? `column ${at + 1}`,
    a: ca[at] ?? '',
    b: cb[at] ?? '',
  };
}

export function ndjsonDifference(textA: string, textB: string): TextDifference | null {
  if (textA === textB) return null;
  const [a, b] = [textA.split('\n'), textB.split('\n')];
  const n = firstDifferingLine(a, b);
  if (n >= a.length || n >= b.length || a[n] === '' || b[n] === '') {
    return { line: n + 1, note: n >= a.length || a[n] === '' ? 'B has more lines' : 'A has more lines' };
  }
  try {
    const [ra, rb] = [JSON.parse(a[n]!) as Record<string, unknown>, JSON.parse(b[n]!) as Record<string, unknown>];
    const path = firstJsonDifference(ra, rb);
    return { line: n + 1, ...(typeof ra.day === 'number' ? { day: ra.day } : {}), ...(path ?? {}) };
  } catch {
    return { line: n + 1, a: a[n]!, b: b[n]!, note: 'a line is not JSON' };
  }
}

/** The first path (depth first, A's key order, then keys only in B) where two JSON values differ. */
export function firstJsonDifference(a: unknown, b: unknown, path = ''): { field: string; a: string; b: string } | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  const show = (x: unknown) => (x === undefined ? '(absent)' : JSON.stringify(x));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const sub = Array.isArray(a) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
      const found = firstJsonDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], sub);
      if (found !== null) return found;
    }
  }
  return { field: path === '' ? '(whole file)' : path, a: show(a), b: show(b) };
}
