/**
 * docs/outputs.md lists the columns of days.csv and dyad.csv in the order the run's CSV tables
 * (commands/run/files.ts, over model/records.ts) write them; and every per-state column the model
 * records is in days.csv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAYS_CSV_COLUMNS, DYAD_CSV_COLUMNS } from '../../src/commands/run/files.js';
import { STATE_RECORD_COLUMNS } from '../../src/model/records.js';
import { ROOT } from '../helpers/scenarios.js';

const OUTPUTS = readFileSync(join(ROOT, 'docs', 'outputs.md'), 'utf8');

/** The `code` names in the first cell of each row of the table under a heading, in order. */
function documentedColumns(heading: string): string[] {
  const at = OUTPUTS.indexOf(heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const section = OUTPUTS.slice(at).split('\n').slice(1);
  const table = section.slice(section.findIndex((line) => line.startsWith('|'))).filter((line, n, lines) => lines.slice(0, n + 1).every((l) => l.startsWith('|')));
  return table.slice(2).flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('the run CSVs and docs/outputs.md', () => {
  it('days.csv: the documented columns are the written ones, in order', () => {
    expect(documentedColumns('### `days.csv`')).toEqual(DAYS_CSV_COLUMNS.map((c) => c.name));
  });

  it('dyad.csv: the documented columns are the written ones, in order', () => {
    expect(documentedColumns('### `dyad.csv`')).toEqual(DYAD_CSV_COLUMNS.map((c) => c.name));
  });

  it('days.csv writes every recorded per-state column, with its unit and meaning', () => {
    for (const recorded of STATE_RECORD_COLUMNS) {
      const written = DAYS_CSV_COLUMNS.find((c) => c.name === recorded.name);
      expect(written, recorded.name).toMatchObject({ unit: recorded.unit, doc: recorded.doc });
    }
  });
});
