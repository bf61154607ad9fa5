/**
 * CSV writing for tidy outputs. Numbers are written the same way everywhere so files are
 * byte-stable: whole numbers as they are, others rounded to 6 decimals, never "-0".
 */

export type Cell = string | number | boolean | null | undefined;

/** Decimals kept for real-valued columns: far below any meaningful difference in the model. */
const DECIMALS = 1e6;

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value === 0 ? '0' : String(value);
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * DECIMALS) / DECIMALS;
  return rounded === 0 ? '0' : String(rounded);
}

export function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A CSV document: header line, one line per row, trailing newline. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.map(formatCell).join(','));
  return `${lines.join('\n')}\n`;
}
