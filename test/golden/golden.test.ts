/**
 * Golden run: durand-line-2025.yaml at seed "golden", run 0, through `brink run`. Stored as
 * values a reviewer reads (test/golden/durand-line-2025.golden.json): the outcome, the first
 * 60 days of days.csv, dyad.csv and events.ndjson row by row (each row an object keyed by its
 * column), and every day summarized (per-state column sums, counts of each dyad state and of each
 * event). A changed number shows as a changed row or sum in the diff. Each file's sha256 stays
 * as the last check: it catches what values alone cannot (a cell's formatting, two values
 * swapped between days after day 60), so output bytes are pinned too.
 *
 * To regenerate after a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/golden
 * and say in the commit message why the numbers changed.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { readableJson } from '../helpers/readableJson.js';
import { ROOT } from '../helpers/scenarios.js';

const GOLDEN_FILE = join(ROOT, 'test', 'golden', 'durand-line-2025.golden.json');
/** Days shown row by row; later days only through the summaries and the hash. */
const SHOWN_DAYS = 60;

type Row = Record<string, string | number | boolean>;

/** A CSV cell as the value it writes: numbers and booleans as such, the rest as text. */
function cellValue(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}

/** brink's CSVs quote no cell in these files (no commas in ids or names), so a split is exact. */
function csvRows(text: string): Row[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cellValue(cell)])));
}

/** Sums of every numeric column over all rows, per value of `by` (the state) or overall. */
function columnSums(rows: readonly Row[], by?: string): Record<string, Record<string, number>> {
  const sums: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    const group = (sums[by === undefined ? 'all days' : String(row[by])] ??= {});
    for (const [column, value] of Object.entries(row)) {
      if (typeof value === 'number' && column !== 'day') group[column] = (group[column] ?? 0) + value;
    }
  }
  // To the CSV's 6 decimals: a float sum's last bits would only make the numbers harder to read.
  for (const group of Object.values(sums)) for (const column of Object.keys(group)) group[column] = Math.round(group[column]! * 1e6) / 1e6;
  return sums;
}

/** How many rows have each value of the text columns (ceasefire kinds, border, talks host). */
function valueCounts(rows: readonly Row[], columns: readonly string[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const column of columns) {
    const tally: Record<string, number> = {};
    for (const row of rows) tally[String(row[column])] = (tally[String(row[column])] ?? 0) + 1;
    counts[column] = Object.fromEntries(Object.entries(tally).sort(([a], [b]) => a.localeCompare(b)));
  }
  return counts;
}

function eventCounts(events: readonly Row[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const e of events) tally[`${e.actor}: ${e.what}`] = (tally[`${e.actor}: ${e.what}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(tally).sort(([a], [b]) => a.localeCompare(b)));
}

function goldenOf(dir: string): unknown {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const days = csvRows(read('days.csv'));
  const dyad = csvRows(read('dyad.csv'));
  const events = read('events.ndjson').trimEnd().split('\n').map((line) => JSON.parse(line) as Row);
  const shown = (row: Row) => (row.day as number) < SHOWN_DAYS;
  return {
    outcome: JSON.parse(read('outcome.json')),
    'days.csv': {
      rows: days.length,
      [`days 0–${SHOWN_DAYS - 1}`]: days.filter(shown),
      'column sums over all days, per state': columnSums(days, 'state'),
      sha256: sha256(read('days.csv')),
    },
    'dyad.csv': {
      rows: dyad.length,
      [`days 0–${SHOWN_DAYS - 1}`]: dyad.filter(shown),
      'column sums over all days': columnSums(dyad),
      'days with each value': valueCounts(dyad, ['ceasefire', 'border', 'talks', 'monitoring']),
      sha256: sha256(read('dyad.csv')),
    },
    'events.ndjson': {
      lines: events.length,
      [`days 0–${SHOWN_DAYS - 1}`]: events.filter(shown),
      'events over all days, by actor and what': eventCounts(events),
      sha256: sha256(read('events.ndjson')),
    },
  };
}

describe('golden run of durand-line-2025.yaml at seed "golden"', () => {
  it('reproduces the checked-in outcome, rows, sums and file bytes exactly', async () => {
    const out = tempDir();
    const result = await brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'golden', '--out', out, '--quiet', '--no-charts']);
    expect(result.code).toBe(0);
    const [folder] = readdirSync(join(out, 'durand-line-2025'));
    const actual = readableJson(goldenOf(join(out, 'durand-line-2025', folder!)));
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN_FILE, actual);
      return;
    }
    expect(existsSync(GOLDEN_FILE), 'no golden file: generate it with UPDATE_GOLDEN=1').toBe(true);
    // Compared as text: a changed value is a changed line in the diff vitest prints.
    expect(actual).toBe(readFileSync(GOLDEN_FILE, 'utf8'));
  });
});
