/**
 * Tallies as a file (`tallies.json` in every ensemble folder), so shards run on different
 * machines can be merged later. Sparse: most per-day death bins are empty. Deterministic: the
 * same tallies always give the same bytes.
 */
import type { Ladder } from '../model/types.js';
import { CHUNK, EnsembleTallies, tallyLayout } from './tallies.js';

/** Files of the default nine-rung ladder carry no `rungs` field (their bytes predate other ladders). */
const DEFAULT_RUNG_COUNT = 9;

export const TALLIES_FORMAT = 'brink-tallies/1';

export function encodeTallies(tallies: EnsembleTallies): string {
  const arrays: Record<string, number[]> = {};
  for (const name of Object.keys(tallyLayout(tallies.days, tallies.rungCount))) {
    const counts = tallies.arrays[name]!;
    const sparse: number[] = [];
    for (let from = 0; from < counts.length; from += CHUNK) pushNonZero(counts, from, Math.min(counts.length, from + CHUNK), sparse);
    arrays[name] = sparse;
  }
  const rungs = tallies.rungCount === DEFAULT_RUNG_COUNT ? {} : { rungs: tallies.rungCount };
  return `${JSON.stringify({ format: TALLIES_FORMAT, days: tallies.days, ...rungs, arrays })}\n`;
}

/** Appends (index, count) for each non-zero count of counts[from…to−1], in order (chunked: see CHUNK). */
function pushNonZero(counts: Float64Array, from: number, to: number, sparse: number[]): void {
  for (let n = from; n < to; n += 1) if (counts[n] !== 0) sparse.push(n, counts[n]!);
}

/** Reads a tallies file of runs on `ladder` (the scenario's); `source` names it in errors. */
export function decodeTallies(text: string, source: string, ladder: Ladder): EnsembleTallies {
  const parsed = JSON.parse(text) as { format?: string; days?: number; rungs?: number; arrays?: Record<string, number[]> };
  if (parsed.format !== TALLIES_FORMAT || typeof parsed.days !== 'number' || parsed.arrays === undefined) {
    throw new Error(`${source}: not a ${TALLIES_FORMAT} file`);
  }
  const rungs = parsed.rungs ?? DEFAULT_RUNG_COUNT;
  if (rungs !== ladder.top + 1) throw new Error(`${source}: tallies of a ladder of ${rungs} rungs, expected ${ladder.top + 1}`);
  const tallies = new EnsembleTallies(parsed.days, ladder);
  for (const [name, sparse] of Object.entries(parsed.arrays)) {
    const counts = tallies.arrays[name];
    if (counts === undefined) throw new Error(`${source}: unknown tally "${name}"`);
    for (let n = 0; n < sparse.length; n += 2) counts[sparse[n]!] = sparse[n + 1]!;
  }
  return tallies;
}
